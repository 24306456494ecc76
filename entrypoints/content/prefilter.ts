/**
 * A quick test that a passage may name one of the six: true for every alias the finder knows (a test
 * holds it to data/aliases.ts), and rarely for anything else. Pages where it never fires load neither the
 * finder nor the card; a false alarm costs only that load, never a wrong mark (the finder decides).
 */
const KEYS = new RegExp(
  [
    // Latin (any case; the finder's hashtags, handles, possessives and compounds contain these)
    // (not the words that merely start like one: musket, muskrat, Muskoka, open air, open aid)
    'musk(?!et|rat|ok)', 'altman', 'open[\\s\\-‐]*ai(?![rdm])', 'stargate', 'deep\\s*seek', 'qwen', 'qianwen', '@sama',
    // Cyrillic and Greek (inflected forms start with these stems)
    'маск', 'мъск', 'альтман', 'алтман', 'олтмен', 'олтман', 'опен', 'старгейт', 'дипсик', 'діпсік', 'дипсік', 'квен',
    'μασκ', 'άλτμαν', 'αλτμαν', 'ντίπσικ',
    // Arabic, Persian, Hebrew
    'ماسك', 'ماسک', 'مسك', 'ألتمان', 'التمان', 'آلتمن', 'أوبن', 'اوپن', 'ستارغيت', 'ستارجيت', 'ديب\\s*سيك', 'ديبسيك', 'دیپ\\u200c?سیک',
    'מאסק', 'אלטמן', 'אופן', 'סטארגייט', 'דיפ\\s*סיק',
    // Devanagari, Tamil, Thai
    'मस्क', 'ल्टमैन', 'ओपन', 'स्टारगेट', 'डीपसीक', 'क्वेन',
    'மஸ்க்', 'ஆல்ட்ம', 'ஓபன்', 'ஓப்பன்', 'ஸ்டார்கேட்', 'டீப்சீக்', 'குவென்',
    'มัสก์', 'อัลต์แมน', 'อัลท์แมน', 'โอเพนเอไอ', 'สตาร์เกต', 'ดีปซีก',
    // Chinese, Japanese, Korean
    '马斯克', '馬斯克', 'マスク', '머스크', '特曼', 'トマン', '올트먼', '알트만', 'オープン', '오픈',
    '星际之门', '星门', '星際之門', '星門', 'スターゲ', '스타게이트', '深度求索', 'ディープシーク', '딥시크',
    '千问', '千問', '큐웬', '큐원', 'クウェン', '통이치엔원',
  ].join('|'),
  'iu',
);

/** Full-width Latin letters (ＯｐｅｎＡＩ): folded before the test, only when the passage has any. */
const FULL_WIDTH = /[\uFF21-\uFF3A\uFF41-\uFF5A]/;

export function mayMention(text: string): boolean {
  return KEYS.test(text) || (FULL_WIDTH.test(text) && KEYS.test(text.normalize('NFKC')));
}
