import { browser } from 'wxt/browser';
import en from '../public/_locales/en/messages.json';
import de from '../public/_locales/de/messages.json';
import type { UiLang } from '../data/types';

/**
 * One catalogue for every UI string: `public/_locales/{en,de}/messages.json`. `browser.i18n` follows
 * the browser's language only, while cards may be set to another language, so strings are looked up
 * here at run time from the same files the browser reads.
 */
export type MessageKey = keyof typeof en;
type Catalogue = Record<string, { message: string } | undefined>;

const catalogues: Record<UiLang, Catalogue> = { en, de };

export type LanguageSetting = 'browser' | UiLang;

export function browserLang(): UiLang {
  let ui = 'en';
  try {
    ui = browser.i18n.getUILanguage();
  } catch {
    // Outside an extension context (unit tests): English.
  }
  return ui.toLowerCase().startsWith('de') ? 'de' : 'en';
}

export function resolveLang(setting: LanguageSetting): UiLang {
  return setting === 'browser' ? browserLang() : setting;
}

/** The string for `key` in `lang`, with `$1`, `$2`, ... replaced by `subs` (Chrome's own substitution syntax). */
export function t(lang: UiLang, key: MessageKey, ...subs: (string | number)[]): string {
  const entry = catalogues[lang][key] ?? catalogues.en[key];
  if (!entry) throw new Error(`Missing UI string: ${key}`);
  return entry.message.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}

/** Keys that come as a `_one`/`_other` pair, named without the suffix (`popupTotal`). */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_one` ? (`${Base}_other` extends MessageKey ? Base : never) : never;
}[MessageKey];

/** The string for `count` in `lang`: `$1` is the count, `$2`, ... are `subs`. English and German need only two forms. */
export function tn(lang: UiLang, key: PluralKey, count: number, ...subs: (string | number)[]): string {
  const form = new Intl.PluralRules(lang).select(count) === 'one' ? 'one' : 'other';
  return t(lang, `${key}_${form}` as MessageKey, count, ...subs);
}
