import type { Figure, UiLang } from './types';

const LOCALE: Readonly<Record<UiLang, string>> = { en: 'en-GB', de: 'de-DE' };

/** Scales in descending order; German uses the long scale, so 10^12 is "Billion" and 10^9 "Milliarde". */
const MONEY_SCALES: readonly { readonly factor: number; readonly en: string; readonly de: string }[] = [
  { factor: 1e12, en: 'trillion', de: 'Bio.' },
  { factor: 1e9, en: 'billion', de: 'Mrd.' },
  { factor: 1e6, en: 'million', de: 'Mio.' },
];

const INFERRED_LABEL: Readonly<Record<UiLang, string>> = { en: 'inferred', de: 'erschlossen' };
const YEAR_INFERRED_LABEL: Readonly<Record<UiLang, string>> = { en: 'year inferred', de: 'Jahr erschlossen' };

function formatNumber(value: number, lang: UiLang): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 2 }).format(value);
}

function formatMoney(amount: number, approximate: boolean, lang: UiLang): string {
  const scale = MONEY_SCALES.find(({ factor }) => Math.abs(amount) >= factor);
  const number = formatNumber(scale ? amount / scale.factor : amount, lang);
  if (lang === 'en') {
    const text = scale ? `$${number} ${scale.en}` : `$${number}`;
    return approximate ? `about ${text}` : text;
  }
  const text = scale ? `${number} ${scale.de} US-Dollar` : `${number} US-Dollar`;
  return approximate ? `etwa ${text}` : text;
}

function formatDate(iso: string, lang: UiLang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`));
}

function withNote(text: string, note: string | undefined): string {
  return note ? `${text} (${note})` : text;
}

/** A figure as a card shows it, e.g. "$97.4 billion" / "97,4 Mrd. US-Dollar" or "10 February 2025 (year inferred)". */
export function formatFigure(figure: Figure, lang: UiLang): string {
  switch (figure.kind) {
    case 'money':
      return withNote(formatMoney(figure.amount, figure.approximate ?? false, lang), figure.inferred && INFERRED_LABEL[lang]);
    case 'money-magnitude':
      return lang === 'en' ? 'trillions of dollars' : 'Billionen Dollar';
    case 'date':
      // Dates in the article lack only the year (e.g. "Montag (10. Februar)"), so that is what an inferred date means.
      return withNote(formatDate(figure.iso, lang), figure.inferred && YEAR_INFERRED_LABEL[lang]);
    case 'year':
      return withNote(String(figure.year), figure.inferred && INFERRED_LABEL[lang]);
    case 'duration':
      if (lang === 'en') return `${figure.years} ${figure.years === 1 ? 'year' : 'years'}`;
      return `${figure.years} ${figure.years === 1 ? 'Jahr' : 'Jahre'}`;
  }
}
