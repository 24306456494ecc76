import { describe, it, expect } from 'vitest';
import { formatFigure } from './figures';
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
