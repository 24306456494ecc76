import { execFileSync } from 'node:child_process';
import { extensionDir } from './paths';

/** Builds both extensions once before the browser tests, unless CC_SKIP_BUILD=1 (a build that just ran). */
export default function setup(): void {
  if (process.env.CC_SKIP_BUILD === '1') return;
  for (const target of [[], ['-b', 'firefox']]) {
    execFileSync('npx', ['wxt', 'build', ...target], { stdio: 'inherit', env: process.env });
  }
  console.log(`e2e: extension built in ${extensionDir('chrome')}`);
}
