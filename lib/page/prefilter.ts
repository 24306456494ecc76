/**
 * A quick test that a text may name one of the six: true for every alias the finder knows (a test
 * holds it to data/aliases.ts), and rarely for anything else. Pages where it never fires load neither the
 * finder nor the card; a false alarm costs only that load, never a wrong mark (the finder decides).
 *
 * It runs over all the text of every page, so it is kept cheap: no `u` flag (ten times slower in V8 over
 * a long text; every key is in the Basic Multilingual Plane, where `i` alone folds case in every script),
 * the Latin keys in one regex, and the keys of each other script only when the text has a letter of it.
 */
const LATIN = new RegExp(
  [
    // Any case; the finder's hashtags, handles, possessives and compounds contain these
    // (not the words that merely start like one: musket, muskrat, Muskoka, open air, open aid)
    'musk(?!et|rat|ok)', 'altman', 'open[\\s\\-‐]*ai(?![rdm])', 'stargate', 'deep\\s*seek', 'qwen', 'qianwen', '@sama',
  ].join('|'),
  'gi',
);

let builtScripts: ReadonlyArray<readonly [letters: RegExp, keys: RegExp]> | undefined;
/**
 * Per script: a test for any letter of it, and its keys (inflected forms start with these stems). Built
 * the first time a text has a letter of one of these scripts (most pages have none).
 */
const scripts = (): ReadonlyArray<readonly [letters: RegExp, keys: RegExp]> => (builtScripts ??= [
  // Cyrillic and Greek
  [/[\u0370-\u04ff]/, keys(['маск', 'мъск', 'альтман', 'алтман', 'олтмен', 'олтман', 'опен', 'старгейт', 'дипсик', 'діпсік', 'дипсік', 'квен',
    'μασκ', 'άλτμαν', 'αλτμαν', 'ντίπσικ'])],
  // Hebrew, Arabic, Persian
  [/[\u0590-\u06ff]/, keys(['ماسك', 'ماسک', 'مسك', 'ألتمان', 'التمان', 'آلتمن', 'أوبن', 'اوپن', 'ستارغيت', 'ستارجيت', 'ديب\\s*سيك', 'ديبسيك', 'دیپ\\u200c?سیک',
    'מאסק', 'אלטמן', 'אופן', 'סטארגייט', 'דיפ\\s*סיק'])],
  // Devanagari, Tamil, Thai
  [/[\u0900-\u0bff\u0e00-\u0e7f]/, keys(['मस्क', 'ल्टमैन', 'ओपन', 'स्टारगेट', 'डीपसीक', 'क्वेन',
    'மஸ்க்', 'ஆல்ட்ம', 'ஓபன்', 'ஓப்பன்', 'ஸ்டார்கேட்', 'டீப்சீக்', 'குவென்',
    'มัสก์', 'อัลต์แมน', 'อัลท์แมน', 'โอเพนเอไอ', 'สตาร์เกต', 'ดีปซีก'])],
  // Chinese, Japanese, Korean
  [/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]/, keys(['马斯克', '馬斯克', 'マスク', '머스크', '特曼', 'トマン', '올트먼', '알트만', 'オープン', '오픈',
    '星际之门', '星门', '星際之門', '星門', 'スターゲ', '스타게이트', '深度求索', 'ディープシーク', '딥시크',
    '千问', '千問', '큐웬', '큐원', 'クウェン', '통이치엔원'])],
]);

function keys(list: readonly string[]): RegExp {
  return new RegExp(list.join('|'), 'gi');
}

/** Any letter of the scripts above, or a full-width form: most texts have none and need only the Latin test. */
const NOT_LATIN = /[\u0370-\u06ff\u0900-\u0bff\u0e00-\u0e7f\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uff01-\uff5e]/;

/** Full-width forms of ASCII (ＯｐｅｎＡＩ): folded one to one before the test, only when the text has any. */
const FULL_WIDTH = /[\uff01-\uff5e]/;
const FULL_WIDTH_ALL = /[\uff01-\uff5e]/g;

function firstMatch(pattern: RegExp, text: string, from: number): number {
  pattern.lastIndex = from;
  const match = pattern.exec(text);
  return match ? match.index : -1;
}

function firstHintIn(text: string, from: number): number {
  let first = firstMatch(LATIN, text, from);
  for (const [letters, pattern] of scripts()) {
    if (!letters.test(text)) continue;
    const at = firstMatch(pattern, text, from);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  return first;
}

/** Where the first hint of a name at or after `from` starts in `text`, or -1. */
export function firstHint(text: string, from = 0): number {
  if (!NOT_LATIN.test(text)) return firstMatch(LATIN, text, from);
  if (!FULL_WIDTH.test(text)) return firstHintIn(text, from);
  return firstHintIn(text.replace(FULL_WIDTH_ALL, (char) => String.fromCharCode(char.charCodeAt(0) - 0xfee0)), from);
}

export function mayMention(text: string): boolean {
  return firstHint(text) >= 0;
}
