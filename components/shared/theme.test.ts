import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The colour variables of theme.css, per scheme, read from the file itself so the test follows edits. */
function schemes(): Record<'light' | 'dark', Record<string, string>> {
  const css = fs.readFileSync(path.join(import.meta.dirname, 'theme.css'), 'utf8');
  const block = (start: number) => css.slice(css.indexOf('{', start) + 1, css.indexOf('}', start));
  const vars = (text: string) => Object.fromEntries([...text.matchAll(/--([\w-]+):\s*(#[0-9a-f]{6})/gi)].map((m) => [m[1]!, m[2]!]));
  const dark = css.indexOf('@media (prefers-color-scheme: dark)');
  return { light: vars(block(css.indexOf(':root'))), dark: vars(block(css.indexOf(':root', dark))) };
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** Text colour on background colour, as popup and options use them. */
const TEXT_PAIRS = [
  ['fg', 'bg'],
  ['fg', 'surface'],
  ['muted', 'bg'],
  ['muted', 'surface'],
  ['accent', 'bg'],
  ['accent', 'surface'],
  ['on-accent', 'accent'],
  ['mark-fg', 'mark-bg'],
  ['danger', 'bg'],
  ['danger', 'danger-bg'],
  ['ok', 'bg'],
] as const;

describe.each(['light', 'dark'] as const)('%s scheme', (scheme) => {
  const colours = schemes()[scheme];
  it.each(TEXT_PAIRS)('%s on %s reaches 4.5:1', (fg, bg) => {
    expect(colours[fg], fg).toBeDefined();
    expect(colours[bg], bg).toBeDefined();
    expect(contrast(colours[fg]!, colours[bg]!)).toBeGreaterThanOrEqual(4.5);
  });

  it('the focus ring and control borders stand out from the background (3:1)', () => {
    expect(contrast(colours.focus!, colours.bg!)).toBeGreaterThanOrEqual(3);
    expect(contrast(colours.border!, colours.bg!)).toBeGreaterThanOrEqual(3);
  });
});
