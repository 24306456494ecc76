// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { entities, formatFigure, sentenceById } from '../data';
import { Card, type CardProps } from './Card';

function show(props: Partial<CardProps> = {}): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  render(
    <Card entity="musk" lang="en" mentionCount={3} pinned={false} onPin={() => {}} onClose={() => {}} onSwitch={() => {}} {...props} />,
    root,
  );
  return root;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('Card', () => {
  test('is a dialog named after the entity, with kind, summary, figures, source sentence and count', () => {
    const root = show();
    const dialog = root.querySelector('[role="dialog"]')!;
    const title = root.querySelector(`#${dialog.getAttribute('aria-labelledby')}`)!;
    expect(title.textContent).toBe('Elon Musk');
    expect(root.textContent).toContain('Person');
    expect(root.textContent).toContain(entities.musk.summary.en);
    const firstFigure = entities.musk.facts[0]!.figures[0]!;
    expect(root.textContent).toContain(formatFigure(firstFigure, 'en'));
    expect(root.querySelectorAll('.facts li').length).toBeGreaterThanOrEqual(2);
    expect(root.querySelectorAll('.facts li').length).toBeLessThanOrEqual(4);
    const source = sentenceById(entities.musk.summarySources[0]!)!;
    expect(root.querySelector('blockquote')!.textContent).toBe(source.de);
    expect(root.querySelector('figcaption')!.textContent).toContain(source.en);
    expect(root.textContent).toContain('3 mentions on this page');
  });

  test('speaks German when asked, with German facts and figures', () => {
    const root = show({ lang: 'de', mentionCount: 1 });
    expect(root.textContent).toContain(entities.musk.summary.de);
    expect(root.textContent).toContain(formatFigure(entities.musk.facts[0]!.figures[0]!, 'de'));
    expect(root.textContent).toContain('1 Erwähnung auf dieser Seite');
    expect(root.querySelector('[role="dialog"]')!.getAttribute('lang')).toBe('de');
  });

  test('shows an inferred figure as inferred', () => {
    const root = show();
    expect(root.textContent).toMatch(/year inferred/);
  });

  test('a related name that is one of the six switches the card; the pin and close buttons call back', () => {
    const onSwitch = vi.fn();
    const onPin = vi.fn();
    const onClose = vi.fn();
    const root = show({ onSwitch, onPin, onClose });
    const openai = [...root.querySelectorAll<HTMLButtonElement>('.related button')].find((b) => b.textContent === 'OpenAI')!;
    openai.click();
    expect(onSwitch).toHaveBeenCalledWith('openai');
    root.querySelector<HTMLButtonElement>('button[aria-pressed]')!.click();
    expect(onPin).toHaveBeenCalled();
    root.querySelector<HTMLButtonElement>('button[aria-label="Close the card"]')!.click();
    expect(onClose).toHaveBeenCalled();
    expect([...root.querySelectorAll('.related span')].map((s) => s.textContent)).toContain('xAI');
  });

  test('takes focus only when asked', () => {
    show();
    expect(document.activeElement?.getAttribute('role')).not.toBe('dialog');
    document.body.innerHTML = '';
    show({ focusOnOpen: true });
    expect(document.activeElement?.getAttribute('role')).toBe('dialog');
  });

  test('every entity renders in both languages', () => {
    for (const id of Object.keys(entities) as (keyof typeof entities)[]) {
      for (const lang of ['en', 'de'] as const) {
        const root = show({ entity: id, lang });
        expect(root.querySelector('h2')!.textContent).toBe(entities[id].name);
        root.remove();
      }
    }
  });
});
