import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { findMentions } from './mentions';

/*
 * The shared development set, scored as ../shared/eval/score.mjs scores it: a found span is right when it
 * has the gold entity and overlaps a gold span; optional gold spans count neither way.
 */
const corpus = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../shared/eval/dev-mentions.jsonl');

interface Gold {
  entity: string;
  start: number;
  end: number;
  optional: boolean;
}

it('scores P >= 0.97 and R >= 0.95 on the development set', async () => {
  if (!fs.existsSync(corpus)) {
    console.log(`eval: ${corpus} is missing; the development-set check was left out.`);
    expect(process.env.CI).not.toBe('true');
    return;
  }
  let ok = 0;
  let fp = 0;
  let tp = 0;
  let fn = 0;
  const overlap = (a: { start: number; end: number }, b: { start: number; end: number }): boolean =>
    a.start < b.end && b.start < a.end;
  for (const line of fs.readFileSync(corpus, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const item = JSON.parse(line) as { text: string; gold: Gold[] };
    const used = new Set<Gold>();
    for (const m of await findMentions(item.text)) {
      const g = item.gold.find((x) => x.entity === m.entity && overlap(x, m));
      if (!g) fp++;
      else if (!g.optional) {
        ok++;
        if (!used.has(g)) {
          used.add(g);
          tp++;
        }
      }
    }
    fn += item.gold.filter((g) => !g.optional && !used.has(g)).length;
  }
  const precision = ok / (ok + fp);
  const recall = tp / (tp + fn);
  expect(precision).toBeGreaterThanOrEqual(0.97);
  expect(recall).toBeGreaterThanOrEqual(0.95);
});
