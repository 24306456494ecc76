import { describe, it, expect } from 'vitest';
import { formatDate, formatFigure, formatNumber } from './figures';
import { entities } from './entities';
import type { Figure, Inferred } from './types';

const inferred: Inferred = { inferred: true, reason: { en: 'test reason', de: 'Testgrund' } };

describe('formatFigure', () => {
  it.each<[Figure, string, string]>([
    [{ kind: 'money', amount: 97.4e9, currency: 'USD' }, '$97.4 billion', '97,4 Mrd. US-Dollar'],
    [{ kind: 'money', amount: 9.74e9, currency: 'USD' }, '$9.74 billion', '9,74 Mrd. US-Dollar'],
    [{ kind: 'money', amount: 500e9, currency: 'USD' }, '$500 billion', '500 Mrd. US-Dollar'],
    [{ kind: 'money', amount: 8e9, currency: 'USD', approximate: true }, 'about $8 billion', 'etwa 8 Mrd. US-Dollar'],
    [{ kind: 'money', amount: 1.5e12, currency: 'USD' }, '$1.5 trillion', '1,5 Bio. US-Dollar'],
    [{ kind: 'money', amount: 250e6, currency: 'USD', inferred }, '$250 million (inferred)', '250 Mio. US-Dollar (erschlossen)'],
    [{ kind: 'money', amount: 1200, currency: 'USD' }, '$1,200', '1.200 US-Dollar'],
    [{ kind: 'money-magnitude', magnitude: 'trillions', currency: 'USD' }, 'trillions of dollars', 'Billionen Dollar'],
    [{ kind: 'date', iso: '2025-02-10', inferred }, '10 February 2025 (year inferred)', '10. Februar 2025 (Jahr erschlossen)'],
    [{ kind: 'date', iso: '2024-08-01' }, '1 August 2024', '1. August 2024'],
    [{ kind: 'year', year: 1985 }, '1985', '1985'],
    [{ kind: 'year', year: 2025, inferred }, '2025 (inferred)', '2025 (erschlossen)'],
    [{ kind: 'duration', years: 4 }, '4 years', '4 Jahre'],
    [{ kind: 'duration', years: 1 }, '1 year', '1 Jahr'],
  ])('formats %j', (figure, en, de) => {
    expect(formatFigure(figure, 'en')).toBe(en);
    expect(formatFigure(figure, 'de')).toBe(de);
  });
});

describe('number and date formatting, held to Intl', () => {
  const LOCALES = { en: 'en-GB', de: 'de-DE' } as const;
  const numbers = [0, 1, 8, 9.74, 97.4, 97.45, 97.456, 0.5, 1.005, 12.3, 500, 999.999, 1000, 1200, 12345.6, 1234567.89, 25, 100.1];

  it.each(['en', 'de'] as const)('formats numbers as Intl.NumberFormat does (%s)', (lang) => {
    const intl = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
    for (const value of numbers) expect(formatNumber(value, lang), String(value)).toBe(intl.format(value));
  });

  it.each(['en', 'de'] as const)('formats dates as Intl.DateTimeFormat does, every month (%s)', (lang) => {
    const intl = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
    for (let month = 1; month <= 12; month += 1) {
      for (const day of [1, 9, 10, 28]) {
        const iso = `2025-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
        expect(formatDate(iso, lang), iso).toBe(intl.format(new Date(`${iso}T00:00:00Z`)));
      }
    }
  });

  it('formats every figure of the data as Intl would', () => {
    for (const entity of Object.values(entities)) {
      for (const fact of entity.facts) {
        for (const figure of fact.figures) for (const lang of ['en', 'de'] as const) {
          if (figure.kind === 'date') {
            const intl = new Intl.DateTimeFormat(LOCALES[lang], { dateStyle: 'long', timeZone: 'UTC' });
            expect(formatFigure(figure, lang)).toContain(intl.format(new Date(`${figure.iso}T00:00:00Z`)));
          }
          if (figure.kind === 'money') {
            const intl = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 });
            const scaled = [1e12, 1e9, 1e6].map((factor) => figure.amount / factor).find((value) => value >= 1) ?? figure.amount;
            expect(formatFigure(figure, lang)).toContain(intl.format(scaled));
          }
        }
      }
    }
  });
});
