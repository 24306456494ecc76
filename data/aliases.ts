import type { AliasTable, EntityId } from './types';

/*
 * Alias notation, shared by every list in this file:
 * - A space between words of a Latin, Cyrillic or Greek name matches any run of white space, a line break or
 *   a no-break space included ("Elon Musk" finds "Elon\nMusk").
 * - A middle dot "·" (or a space) in a CJK, Hangul or Thai name is optional and matches any of the dots
 *   writers use there (· ・ ‧ •) or a space: "埃隆·马斯克" also finds "埃隆・马斯克" and "埃隆马斯克".
 * - Matching ignores case; ASCII letters also match their full-width forms (ＯｐｅｎＡＩ).
 * - Handles start with "@".
 */

/** Names a reader of each language meets for the six entities; cards show these. */
export const aliases: AliasTable = {
  musk: {
    en: ['Elon Musk', 'Elon Reeve Musk', 'Musk', '@elonmusk'],
    de: ['Elon Musk', 'Musk'],
    fr: ['Elon Musk', 'Musk'],
    es: ['Elon Musk', 'Musk'],
    ru: ['Илон Маск', 'Маск'],
    uk: ['Ілон Маск', 'Маск'],
    'zh-Hans': ['埃隆·马斯克', '伊隆·马斯克', '马斯克'],
    'zh-Hant': ['伊隆·馬斯克', '埃隆·馬斯克', '馬斯克'],
    ja: ['イーロン・マスク', 'マスク'],
    ko: ['일론 머스크', '머스크'],
  },
  altman: {
    en: ['Sam Altman', 'Samuel Altman', 'Samuel Harris Altman', 'Altman', '@sama'],
    de: ['Sam Altman', 'Altman'],
    fr: ['Sam Altman', 'Altman'],
    es: ['Sam Altman', 'Altman'],
    ru: ['Сэм Альтман', 'Сэм Алтман', 'Альтман', 'Алтман'],
    uk: ['Сем Альтман', 'Сем Олтмен', 'Альтман', 'Олтмен'],
    'zh-Hans': ['萨姆·奥尔特曼', '山姆·奥特曼', '山姆·阿尔特曼', '奥尔特曼', '阿尔特曼', '奥特曼'],
    'zh-Hant': ['山姆·奧特曼', '薩姆·奧爾特曼', '山姆·阿特曼', '奧爾特曼', '阿爾特曼', '奧特曼'],
    ja: ['サム・アルトマン', 'サム・オルトマン', 'アルトマン'],
    ko: ['샘 올트먼', '샘 알트만', '올트먼', '알트만'],
  },
  openai: {
    en: ['OpenAI', 'Open AI', '@OpenAI'],
    de: ['OpenAI', 'Open AI'],
    fr: ['OpenAI', 'Open AI'],
    es: ['OpenAI', 'Open AI'],
    ru: ['OpenAI', 'Опен Эй Ай'],
    uk: ['OpenAI', 'Опен Ей Ай'],
    'zh-Hans': ['OpenAI'],
    'zh-Hant': ['OpenAI'],
    ja: ['OpenAI', 'オープンAI', 'オープンエーアイ'],
    ko: ['OpenAI', '오픈AI', '오픈 AI', '오픈에이아이'],
  },
  stargate: {
    en: ['Stargate', 'Stargate Project', 'Project Stargate', 'Stargate LLC', 'Stargate UAE', 'Stargate Norway'],
    de: ['Stargate'],
    fr: ['Stargate'],
    es: ['Stargate'],
    ru: ['Stargate', 'Старгейт'],
    uk: ['Stargate', 'Старгейт'],
    'zh-Hans': ['星际之门', '星门'],
    'zh-Hant': ['星際之門', '星門'],
    ja: ['スターゲート', 'スターゲイト'],
    ko: ['스타게이트'],
  },
  deepseek: {
    en: ['DeepSeek', 'Deep Seek', '@deepseek_ai'],
    de: ['DeepSeek'],
    fr: ['DeepSeek'],
    es: ['DeepSeek'],
    ru: ['DeepSeek', 'ДипСик'],
    uk: ['DeepSeek', 'ДіпСік'],
    'zh-Hans': ['DeepSeek', '深度求索'],
    'zh-Hant': ['DeepSeek', '深度求索'],
    ja: ['DeepSeek', 'ディープシーク'],
    ko: ['DeepSeek', '딥시크'],
  },
  qwen: {
    en: ['Qwen', 'Tongyi Qianwen', '@Alibaba_Qwen'],
    de: ['Qwen'],
    fr: ['Qwen'],
    es: ['Qwen'],
    ru: ['Qwen', 'Квен'],
    uk: ['Qwen', 'Квен'],
    'zh-Hans': ['通义千问', '千问'],
    'zh-Hant': ['通義千問', '千問'],
    ja: ['Qwen', '通義千問'],
    ko: ['Qwen', '큐웬', '통이치엔원'],
  },
};

/**
 * Forms the matcher also finds, beyond the card languages: other scripts that real pages use, spellings
 * and fused forms the table above leaves out. Never shown on cards.
 */
export const extraAliases: Readonly<Record<EntityId, readonly string[]>> = {
  musk: [
    'Илон Рив Маск', 'Елон Мъск', 'Илон Мъск', 'Мъск', 'Елон Маск', 'Ілан Маск',
    'Έλον Μασκ', 'Ελον Μασκ', 'Ίλον Μασκ', 'Μασκ',
    'إيلون ماسك', 'ايلون ماسك', 'إيلون مسك', 'ماسك', 'ایلان ماسک', 'ماسک',
    'אילון מאסק', 'אלון מאסק', 'מאסק',
    'एलन मस्क', 'एलॉन मस्क', 'इलॉन मस्क', 'मस्क',
    'எலான் மஸ்க்', 'ஈலோன் மஸ்க்', 'மஸ்க்',
    'อีลอน มัสก์', 'มัสก์',
    'ElonMusk',
  ],
  altman: [
    'Сэм Олтмен', 'Сэм Олтман', 'Сам Алтман', 'Сем Алтман', 'Олтман',
    'Σαμ Άλτμαν', 'Σαμ Αλτμαν', 'Άλτμαν', 'Αλτμαν',
    'سام ألتمان', 'سام التمان', 'ألتمان', 'سم آلتمن', 'آلتمن',
    'סם אלטמן', 'אלטמן',
    'सैम ऑल्टमैन', 'सैम आल्टमैन', 'ऑल्टमैन', 'आल्टमैन',
    'சாம் ஆல்ட்மேன்', 'சாம் ஆல்ட்மன்', 'ஆல்ட்மேன்', 'ஆல்ட்மன்',
    'แซม อัลต์แมน', 'อัลต์แมน', 'แซม อัลท์แมน', 'อัลท์แมน',
    'SamAltman', '萨姆·阿尔特曼', '薩姆·阿爾特曼', '山姆·奥尔特曼',
  ],
  openai: [
    'Open-AI', 'オープンＡＩ', 'Опен-Эй-Ай', 'ОпенЭйАй',
    'أوبن إيه آي', 'أوبن أي آي', 'اوپن‌ای‌آی', 'اوپن ای آی',
    'אופן איי איי', 'אופן AI',
    'ओपनएआई', 'ओपन एआई',
    'ஓபன்ஏஐ', 'ஓப்பன்ஏஐ', 'ஓபன் ஏஐ',
    'โอเพนเอไอ',
  ],
  stargate: [
    'Stargate India', 'Stargate Argentina', 'ستارغيت', 'ستارجيت', 'סטארגייט', 'स्टारगेट', 'ஸ்டார்கேட்', 'สตาร์เกต',
  ],
  deepseek: [
    'Дипсик', 'ДипСик', 'Дипсік', 'ديب سيك', 'ديبسيك', 'دیپ‌سیک', 'دیپسیک', 'דיפסיק', 'דיפ סיק',
    'डीपसीक', 'டீப்சீக்', 'ดีปซีก', 'Ντίπσικ',
  ],
  qwen: ['Tongyi Qwen', 'குவென்', 'क्वेन', 'クウェン', '큐원'],
};

/**
 * Aliases that alone may name something else (a relative, a scent, a face mask, a film, Ultraman, open-weight
 * AI); the finder decides them by context. Every other alias always names its entity.
 */
export const contextualAliases: Readonly<Record<EntityId, readonly string[]>> = {
  musk: ['Musk', 'Маск', 'Мъск', 'Μασκ', 'ماسك', 'ماسک', 'מאסק', 'मस्क', 'மஸ்க்', 'มัสก์', '马斯克', '馬斯克', 'マスク', '머스크'],
  altman: [
    'Altman', 'Альтман', 'Алтман', 'Олтмен', 'Олтман', 'Άλτμαν', 'Αλτμαν', 'ألتمان', 'آلتمن', 'אלטמן',
    'ऑल्टमैन', 'आल्टमैन', 'ஆல்ட்மேன்', 'ஆல்ட்மன்', 'อัลต์แมน', 'อัลท์แมน',
    '奥尔特曼', '阿尔特曼', '奥特曼', '奧爾特曼', '阿爾特曼', '奧特曼', 'アルトマン', '올트먼', '알트만',
  ],
  openai: ['Open AI', 'Open-AI', 'オープンAI', 'オープンＡＩ', '오픈 AI'],
  stargate: [
    'Stargate', 'Stargate Project', 'Project Stargate', 'Старгейт', '星际之门', '星门', '星際之門', '星門',
    'スターゲート', 'スターゲイト', '스타게이트', 'ستارغيت', 'ستارجيت', 'סטארגייט', 'स्टारगेट', 'ஸ்டார்கேட்', 'สตาร์เกต',
  ],
  deepseek: ['Deep Seek'],
  qwen: [],
};

/**
 * Given names. A given name followed by the surname is the full name, in any inflection ("Илона Маска",
 * "Elona Muska"); alone, only "Elon" may be the entity, and only where the text also names him in full.
 */
export const givenNames: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  musk: ['Elon', 'Илон', 'Ілон', 'Елон', 'Έλον'],
  altman: ['Sam', 'Samuel', 'Сэм', 'Сем', 'Сам', 'Σαμ'],
};

/**
 * Names that contain an alias but mean someone or something else. The matcher finds them as one unit so
 * the alias inside is not marked, and a later bare surname can be tied to the last person named.
 */
export const lookalikes: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  musk: [
    'Kimbal Musk', 'Maye Musk', 'Errol Musk', 'Justine Musk', 'Tosca Musk', 'Griffin Musk', 'Vivian Musk',
    'Kai Musk', 'Damian Musk', 'Saxon Musk', 'Talulah Musk',
    'Кимбал Маск', 'Кимбэл Маск', 'Мэй Маск', 'Мэйе Маск', 'Эррол Маск', 'Тоска Маск', 'Джастин Маск',
    '金博尔·马斯克', '金博爾·馬斯克', '梅耶·马斯克', '梅耶·馬斯克', '埃罗尔·马斯克', '埃羅爾·馬斯克', '托斯卡·马斯克',
    'キンバル・マスク', 'メイ・マスク', 'エロール・マスク', '킴벌 머스크', '메이 머스크', '에롤 머스크',
    'musk ox', 'musk oxen', 'musk deer', 'white musk', 'musk oil', 'musk melon', 'musk rose', 'musk turtle',
    'musk thistle', 'musk stick', 'musk sticks', 'Muskox',
    'black musk', 'red musk', 'pink musk', 'egyptian musk', 'pure musk', 'clean musk', 'skin musk', 'vanilla musk', 'amber musk', 'マスクメロン', '머스크멜론', '화이트 머스크',
  ],
  altman: [
    'Robert Altman', 'Edward Altman', 'Edward I. Altman', 'Jack Altman', 'Max Altman', 'Annie Altman', 'Ann Altman',
    'Роберт Олтмен', 'Роберт Альтман', '罗伯特·奥特曼', '罗伯特·奥尔特曼', '羅伯特·阿特曼', '罗伯特·阿尔特曼',
    'ロバート・アルトマン', '로버트 올트먼', '로버트 알트만',
  ],
  stargate: [
    'Stargate SG-1', 'Stargate SG1', 'Stargate Atlantis', 'Stargate Universe', 'Stargate Infinity', 'Stargate Origins',
    'Stargate Command', 'Stargate Continuum', 'Stargate: Continuum', 'Stargate: The Ark of Truth',
    'Stargate Worlds', 'Stargate Resistance',
  ],
};

/** Accounts on X and other networks that belong to the entities (the "@" is part of the mention). */
export const handles: Readonly<Partial<Record<EntityId, readonly string[]>>> = {
  musk: ['@elonmusk'],
  altman: ['@sama'],
  openai: ['@OpenAI'],
  deepseek: ['@deepseek_ai'],
  qwen: ['@Alibaba_Qwen'],
};
