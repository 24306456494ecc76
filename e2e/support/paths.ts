import path from 'node:path';
import fs from 'node:fs';

export const repoRoot = path.resolve(import.meta.dirname, '../..');
export const sharedDir = path.resolve(repoRoot, '../shared');
export const hasShared = fs.existsSync(path.join(sharedDir, 'corpus'));

export function extensionDir(browser: 'chrome' | 'firefox'): string {
  const out = process.env.CC_OUT_DIR ?? '.output';
  return path.resolve(repoRoot, out, `${browser}-mv3`);
}
