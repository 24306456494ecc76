import type { Figure, UiLang } from './types';

/** Scales in descending order; German uses the long scale, so 10^12 is "Billion" and 10^9 "Milliarde". */
const MONEY_SCALES: readonly { readonly factor: number; readonly en: string; readonly de: string }[] = [
  { factor: 1e12, en: 'trillion', de: 'Bio.' },
  { factor: 1e9, en: 'billion', de: 'Mrd.' },
  { factor: 1e6, en: 'million', de: 'Mio.' },
];

const INFERRED_LABEL: Readonly<Record<UiLang, string>> = { en: 'inferred', de: 'erschlossen' };
const YEAR_INFERRED_LABEL: Readonly<Record<UiLang, string>> = { en: 'year inferred', de: 'Jahr erschlossen' };

/**
 * Numbers and dates are formatted here rather than with Intl: the first Intl formatter made in a page
 * loads the locale's data, 13 ms of the page's main thread in one piece on the machine we measure on,
 * for a handful of known figures. The output is held to Intl's en-GB and de-DE output by
 * data/figures.test.ts (every figure of the data, and a range of numbers and dates).
 */
const SEPARATORS: Readonly<Record<UiLang, { readonly group: string; readonly decimal: string }>> = {
  en: { group: ',', decimal: '.' },
  de: { group: '.', decimal: ',' },
};

const MONTHS: Readonly<Record<UiLang, readonly string[]>> = {
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
  de: ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'],
};

/** Like Intl.NumberFormat(locale, { maximumFractionDigits: 2 }): grouped thousands, at most two decimals, no trailing zeros. */
export function formatNumber(value: number, lang: UiLang): string {
  const { group, decimal } = SEPARATORS[lang];
  // Rounded half away from zero on the number's decimal form (as Intl does: 1.005 -> 1.01, where toFixed gives 1.00).
  const cents = Math.round(Number(`${Math.abs(value)}e2`));
  const whole = String(Math.floor(cents / 100));
  const fraction = String(cents % 100).padStart(2, '0');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = fraction.replace(/0+$/, '');
  const sign = value < 0 && (Number(whole) > 0 || decimals) ? '-' : '';
  return `${sign}${grouped}${decimals ? decimal + decimals : ''}`;
}

/** Like Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }) for an ISO date (yyyy-mm-dd). */
export function formatDate(iso: string, lang: UiLang): string {
  const date = new Date(`${iso}T00:00:00Z`);
  const day = date.getUTCDate();
  const month = MONTHS[lang][date.getUTCMonth()];
  const year = date.getUTCFullYear();
  return lang === 'en' ? `${day} ${month} ${year}` : `${day}. ${month} ${year}`;
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
