/**
 * The corpus pages with the six names put in, as ../shared/corpus/named-pages.mjs makes them (four paragraphs
 * a page, three of the seed article's German sentences and one English one, put between the page's own
 * paragraphs), generated into an ignored folder of the repository and made again when missing or older than
 * that script; and what was put in each, for checking that an extension found it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** Each entity and the text that names it in the inserted paragraphs (German declensions included: "Musks"). */
export const ENTITY_PATTERNS = /** @type {const} */ ({
  musk: /Musk/g,
  altman: /Altman/g,
  openai: /OpenAI/g,
  stargate: /Stargate/g,
  deepseek: /DeepSeek/g,
  qwen: /Qwen/g,
});

/**
 * @param {{ pagesDir: string, outDir: string, log: (line: string) => void }} options
 * @returns {string | undefined} the folder of named pages, or undefined when the generator is missing
 */
export function ensureNamedPages({ pagesDir, outDir, log }) {
  const script = path.resolve(pagesDir, '../named-pages.mjs');
  if (!fs.existsSync(script)) return undefined;
  const wanted = fs.readdirSync(pagesDir).filter((name) => name.endsWith('.html'));
  const made = fs.existsSync(outDir) ? fs.readdirSync(outDir).filter((name) => name.endsWith('.html')) : [];
  const scriptTime = fs.statSync(script).mtimeMs;
  const stale =
    made.length !== wanted.length ||
    wanted.some((name) => !fs.existsSync(path.join(outDir, name)) || fs.statSync(path.join(outDir, name)).mtimeMs < scriptTime);
  if (stale) {
    fs.rmSync(outDir, { recursive: true, force: true });
    const said = execFileSync(process.execPath, [script, outDir, pagesDir], { encoding: 'utf8' }).trim();
    log(`named pages made into ${outDir}: ${said}`);
  }
  return outDir;
}

/**
 * The paragraphs named-pages.mjs put into one page: the `<p>` elements of the named page that name one of the
 * six and are not in the page as saved, with the entities they name (occurrences per entity).
 * @param {string} pagesDir @param {string} namedDir @param {string} name
 * @returns {{ paragraphs: number, entities: Record<string, number> }}
 */
export function insertedNames(pagesDir, namedDir, name) {
  const original = fs.readFileSync(path.join(pagesDir, name), 'latin1');
  const named = fs.readFileSync(path.join(namedDir, name), 'latin1');
  const inserted = [...named.matchAll(/<p>([^<]*)<\/p>/g)]
    .map((match) => match[0])
    .filter((paragraph) => !original.includes(paragraph) && /Musk|Altman|OpenAI|Stargate|DeepSeek|Qwen/.test(paragraph));
  const text = inserted.join('\n');
  /** @type {Record<string, number>} */
  const entities = {};
  for (const [id, pattern] of Object.entries(ENTITY_PATTERNS)) {
    const count = text.match(pattern)?.length ?? 0;
    if (count > 0) entities[id] = count;
  }
  return { paragraphs: inserted.length, entities };
}
