import { describe, expect, test } from 'vitest';
import { markCss, TINT_FROM_CHARS } from './marks';

const SELECTOR = 'p::highlight(context-cards-musk)';

describe('markCss', () => {
  test('the default underline is dotted and follows the text colour', () => {
    const css = markCss({ highlightStyle: 'underline', highlightColor: 'auto' }, SELECTOR);
    expect(css).toContain(`${SELECTOR}{text-decoration-line:underline;text-decoration-style:dotted;text-decoration-color:currentColor;`);
    expect(css).toContain('@media (forced-colors: active)');
    expect(css).not.toContain('background-color');
  });

  test('on a page of a million characters or more, the underline is a quiet tint in the chosen colour', () => {
    expect(TINT_FROM_CHARS).toBe(1_000_000);
    const auto = markCss({ highlightStyle: 'underline', highlightColor: 'auto' }, SELECTOR, true);
    expect(auto).not.toContain('text-decoration');
    expect(auto).toContain(`${SELECTOR}{background-color:rgb(128 128 128 / 0.2)}`);
    expect(auto).toContain(`@media (forced-colors: active){${SELECTOR}{background-color:Mark;color:MarkText}}`);
    expect(markCss({ highlightStyle: 'underline', highlightColor: '#1a73e8' }, SELECTOR, true)).toContain('background-color:#1a73e833');
  });

  test('the page size changes neither the background style nor none', () => {
    for (const large of [false, true]) {
      expect(markCss({ highlightStyle: 'background', highlightColor: 'auto' }, SELECTOR, large)).toContain('background-color:rgb(255 196 0 / 0.38)');
      expect(markCss({ highlightStyle: 'none', highlightColor: 'auto' }, SELECTOR, large)).toBe('');
    }
  });
});
