import { lazyRegExp } from './lazy-regexp';

/** Words after which a full stop does not end a sentence. Lower case, without the stop. */
const ABBREVIATIONS = new Set([
  'dr', 'mr', 'mrs', 'ms', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'inc', 'co', 'corp', 'ltd', 'no', 'nr', 'fig',
  'approx', 'ca', 'bzw', 'engl', 'vgl', 'mio', 'mrd', 'ggf', 'usw', 'mme', 'mlle', 'sra', 'sr', 'dña', 'gen', 'sen',
  'rep', 'gov', 'feb', 'jan', 'aug', 'sept', 'oct', 'nov', 'dec', 'd', 'u', 'z', 'e', 'i', 'vol', 'pp', 'al', 'т', 'г',
]);

/** Built on first use (see lib/lazy-regexp.ts). */
const LOWER = lazyRegExp(String.raw`\p{Ll}`, 'u');
const ONE_UPPER = lazyRegExp(String.raw`^\p{Lu}$`, 'u');
const TRAILING_WORD = lazyRegExp(String.raw`([\p{L}.]+)$`, 'u');
const LIST_ITEM = /^[ \t]*(?:[•·*▪►‣◦–—-]|\d{1,3}[.)])\s/;
const TARGET_LENGTH = 200;

/** . ! ? and the full-width 。！？: the only characters that can end a sentence, tested by code before anything else. */
function isStop(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0xff01 || code === 0xff1f;
}

function endsSentenceAt(text: string, i: number): boolean {
  const code = text.charCodeAt(i);
  if (!isStop(code)) return false;
  // 。！？ end a sentence wherever they stand.
  if (code > 0x7f) return true;
  const ch = text.charAt(i);
  let j = i + 1;
  while (j < text.length && /["'”’»)\]]/.test(text.charAt(j))) j++;
  if (j < text.length && !/\s/.test(text.charAt(j))) return false;
  if (ch !== '.') return true;
  let k = j;
  while (k < text.length && /\s/.test(text.charAt(k))) k++;
  if (k < text.length && LOWER.test(text.charAt(k))) return false;
  const word = TRAILING_WORD.exec(text.slice(Math.max(0, i - 12), i))?.[1] ?? '';
  const last = word.split('.').pop() ?? '';
  if (ABBREVIATIONS.has(last.toLowerCase())) return false;
  // Initials and dotted abbreviations: "Edward I. Altman", "U.S. officials".
  if (ONE_UPPER.test(last) || word.includes('.')) return false;
  return true;
}

/** Whether a line break at `i` separates two sentences: a blank line, a list item, a heading-like line. */
function lineBreakEnds(text: string, i: number): boolean {
  const next = text.indexOf('\n', i + 1);
  const following = text.slice(i + 1, next === -1 ? text.length : next);
  if (following.trim() === '' || LIST_ITEM.test(following)) return true;
  const before = text.slice(Math.max(0, i - 2), i).trimEnd();
  return before.endsWith(':') || text.slice(text.lastIndexOf('\n', i - 1) + 1, i).trim() === '';
}

/** Offsets of the sentence that holds `mention`, its end punctuation included. */
export function sentenceBounds(text: string, mention: { start: number; end: number }): { start: number; end: number } {
  let start = 0;
  for (let i = mention.start - 1; i >= 0; i--) {
    if ((text.charCodeAt(i) === 10 && lineBreakEnds(text, i)) || endsSentenceAt(text, i)) {
      start = i + 1;
      break;
    }
  }
  let end = text.length;
  for (let i = Math.max(mention.end, start); i < text.length; i++) {
    if (text.charCodeAt(i) === 10 && lineBreakEnds(text, i)) {
      end = i;
      break;
    }
    if (endsSentenceAt(text, i)) {
      end = i + 1;
      while (end < text.length && /["'”’»)\]」』]/.test(text.charAt(end))) end++;
      break;
    }
  }
  while (start < end && /\s/.test(text.charAt(start))) start++;
  while (end > start && /\s/.test(text.charAt(end - 1))) end--;
  return { start, end };
}

const collapse = (s: string): string => s.replace(/\s+/g, ' ');

/**
 * The sentence around a mention with white space collapsed, cut to about 200 characters around the
 * mention with "…" where it was cut. Cards quote it; the background judges ambiguous names on it.
 */
export function sentenceAround(text: string, mention: { start: number; end: number }): string {
  const bounds = sentenceBounds(text, mention);
  const before = collapse(text.slice(bounds.start, mention.start));
  const name = collapse(text.slice(mention.start, mention.end));
  const after = collapse(text.slice(mention.end, bounds.end));
  if (before.length + name.length + after.length <= TARGET_LENGTH) return (before + name + after).trim();
  const room = Math.max(0, TARGET_LENGTH - name.length);
  let keepBefore = Math.min(before.length, Math.floor(room / 2));
  const keepAfter = Math.min(after.length, room - keepBefore);
  keepBefore = Math.min(before.length, room - keepAfter);
  let head = before.slice(before.length - keepBefore);
  let tail = after.slice(0, keepAfter);
  if (keepBefore < before.length) head = '…' + head.replace(/^\S*\s/, '');
  if (keepAfter < after.length) tail = tail.replace(/\s\S*$/, '') + '…';
  return (head + name + tail).trim();
}
