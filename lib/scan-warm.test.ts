import { expect, test } from 'vitest';
import { scanText, warmSteps } from './scan';

test('the finder is made ready in several steps, and finds names after them', () => {
  let steps = 0;
  for (const _ of warmSteps()) steps += 1;
  expect(steps).toBeGreaterThanOrEqual(2);
  const text = 'Elon Musk and Sam Altman argue over OpenAI.';
  expect(scanText(text).mentions.map((m) => text.slice(m.start, m.end))).toEqual(['Elon Musk', 'Sam Altman', 'OpenAI']);
});
