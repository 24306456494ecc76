import type { EntityId } from '../data/types';
import { keyOf } from './alias-key';
import type { AliasInfo, Kind } from './matcher-source';
import type { CompiledCueSet } from './cue-source';
import { ALIAS_TABLE, CUE_SETS, MATCHER_SOURCE } from './matcher.generated';
import { sentenceBounds } from './sentence';
import type { Candidate, FindContext, Mention, ScanResult } from './types';
import { lazyRegExp } from './lazy-regexp';

/** Script and letter tests with Unicode property escapes, built on first use (see lib/lazy-regexp.ts). */
const ARABIC_HEBREW = lazyRegExp(String.raw`[\p{sc=Arabic}\p{sc=Hebrew}]`, 'u');
const ARABIC_HEBREW_DEVANAGARI = lazyRegExp(String.raw`[\p{sc=Arabic}\p{sc=Hebrew}\p{sc=Devanagari}]`, 'u');
const ARTICLE_BEFORE = lazyRegExp(String.raw`(?:^|[^\p{L}])(?:the|die|les|los)\s+$`, 'iu');
const CAPITALISED = lazyRegExp(String.raw`^\p{Lu}\p{Ll}`, 'u');
const COLON_WORD = lazyRegExp(String.raw`:[\p{L}\p{N}]`, 'u');
const CYRILLIC = lazyRegExp(String.raw`\p{sc=Cyrillic}`, 'u');
const LATIN = lazyRegExp(String.raw`\p{sc=Latin}`, 'u');
const LETTER_OR_DIGIT = lazyRegExp(String.raw`[\p{L}\p{N}]`, 'u');
const LETTER_SLASH_LETTER = lazyRegExp(String.raw`\p{L}\/\p{L}`, 'u');
const STARTS_LOWER = lazyRegExp(String.raw`^\p{Ll}`, 'u');
const STARTS_UPPER = lazyRegExp(String.raw`^\p{Lu}`, 'u');
const TAMIL = lazyRegExp(String.raw`[\p{sc=Tamil}]`, 'u');
const TAMIL_OR_MARK = lazyRegExp(String.raw`[\p{sc=Tamil}\p{M}]`, 'u');
const UPPER_FIRST = lazyRegExp(String.raw`^[\s\u00a0]*\p{Lu}`, 'u');

/*
 * The synchronous finder the content script runs on every block of text. One combined regular expression,
 * built from a trie of every alias, passes over the text once; only its hits are looked at further:
 * word boundaries, fused endings and model versions, code and addresses, then the sense of the names that
 * can mean something else. What the rules cannot decide is returned as `ambiguous`.
 */

interface Hit {
  readonly entity: EntityId;
  kind: Kind | 'full';
  start: number;
  end: number;
}

type Verdict = 'yes' | 'no' | 'ask';

const SPACED_WORD = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}_]`, 'u');
const UNSPACED = lazyRegExp(String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]`, 'u');
const KATAKANA = /[\u30a1-\u30fa\u30fc-\u30ff\uff66-\uff9f]/;
const HANGUL = lazyRegExp(String.raw`\p{sc=Hangul}`, 'u');
const LATIN_OR_CYRILLIC_END = lazyRegExp(String.raw`[\p{sc=Latin}\p{sc=Cyrillic}\p{sc=Greek}\p{N}]$`, 'u');

/** A letter or digit of a script that separates words with spaces: it glues onto a Latin or Cyrillic name. */
const isWordChar = (c: string | undefined): boolean => c !== undefined && SPACED_WORD.test(c) && !UNSPACED.test(c);

/** The compiled alias pattern and table (lib/matcher.generated.ts, made at build time), built into objects on first use. */
let built: { readonly matcher: RegExp; readonly table: ReadonlyMap<string, AliasInfo> } | undefined;
const aliasMatcher = () =>
  (built ??= {
    matcher: new RegExp(MATCHER_SOURCE, 'gi'),
    table: new Map(ALIAS_TABLE.map(([key, entity, kind]) => [key, { entity, kind }])),
  });

/**
 * Makes the finder ready a step at a time, for a caller that runs each step in a task of its own: the
 * pattern compiled (V8 compiles a pattern when it first runs), the cue words of the senses gathered, then
 * a first scan of names (the code of the rules compiled).
 */
export function* warmSteps(): Generator<void, void, undefined> {
  aliasMatcher().matcher.test('');
  yield;
  sensesOf('musk');
  yield;
  scanText('Elon Musk, Sam Altman and OpenAI; Stargate, DeepSeek and Qwen.');
}

/** Versions and tiers that belong to a model name: DeepSeek-R1, DeepSeek V3.2, Qwen2.5-Max, Qwen 3. */
const DEEPSEEK_VERSION = /[-\u00a0 ]?[rv]\d{1,2}(?:\.\d{1,2})?/iy;
const QWEN_VERSION = /(?:[-\u00a0 ]?\d{1,2}(?:\.\d{1,2})?(?!\d))?(?:-?(?:max|plus|turbo|flash|long))?/iy;
/** Fused endings of Latin-script names: German genitive, Slavic, Finnish and Hungarian cases. */
const LATIN_ENDING = lazyRegExp(String.raw`^(?:s|a|u|e|em|om|owi|ovi|ova|ovo|ovu|ové|ův|iem|in|ot|nak|hoz|kal|ról)(?![\p{L}\p{N}_])`, 'iu');
const CYRILLIC_ENDING = lazyRegExp(String.raw`^(?:а|у|ом|е|ові|ове|ым|ов|і|ю|ем|ой|ою|и|ого|ому)(?![\p{L}\p{N}_])`, 'iu');
/** Longer than any ending and the character after it. */
const ENDING_WINDOW = 8;
/** Forms of Russian/Ukrainian "маска" (mask) that a case of "Маск" never takes. */
const MASK_ONLY = /^маск(?:ой|ою|и|ам|ами|ах)$/i;
const MASK_SHARED = /^маск[аеу]$/i;
const ARABIC_HEBREW_PREFIX = lazyRegExp(String.raw`(?:^|[^\p{L}\p{M}])[وفبلكהובלמשכ]{1,2}$`, 'u');

/** Span end after the alias matched at [start, end): ending or version added, or -1 when glued to a word. */
function extendEnd(text: string, info: AliasInfo, start: number, end: number): number {
  const last = text.charAt(end - 1);
  const next = text.charAt(end);
  if (info.kind === 'handle') return /[\w]/.test(next ?? '') ? -1 : end;
  if (TAMIL.test(last)) {
    while (end < text.length && TAMIL_OR_MARK.test(text.charAt(end))) end++;
    return end;
  }
  if (KATAKANA.test(last)) return KATAKANA.test(next ?? '') ? -1 : end;
  if (!LATIN_OR_CYRILLIC_END.test(last) && !ARABIC_HEBREW_DEVANAGARI.test(last)) return end;
  const version = info.entity === 'deepseek' ? DEEPSEEK_VERSION : info.entity === 'qwen' ? QWEN_VERSION : null;
  if (version) {
    version.lastIndex = end;
    const m = version.exec(text);
    if (m?.[0] && !isWordChar(text.charAt(end + m[0].length))) end += m[0].length;
  }
  if (!isWordChar(text.charAt(end))) return end;
  if (info.kind === 'lookalike') return -1;
  const ending = CYRILLIC.test(last) ? CYRILLIC_ENDING : LATIN.test(last) ? LATIN_ENDING : null;
  if (!ending) return -1;
  const m = ending.exec(text.slice(end, end + ENDING_WINDOW));
  return m ? end + m[0].length : -1;
}

function startsCleanly(text: string, info: AliasInfo, start: number): boolean {
  const prev = text.charAt(start - 1);
  const first = text.charAt(start);
  if (prev === '') return true;
  if (prev === '@' && info.kind !== 'handle') return false;
  if (HANGUL.test(first)) return !HANGUL.test(prev);
  if (KATAKANA.test(first)) return !KATAKANA.test(prev);
  if (UNSPACED.test(first)) return true;
  if (!isWordChar(prev)) return true;
  return ARABIC_HEBREW.test(first) && ARABIC_HEBREW_PREFIX.test(text.slice(Math.max(0, start - 3), start));
}

const FILE_OR_DOMAIN = lazyRegExp(String.raw`\.(?:com|org|net|io|ai|cn|dev|app|co|uk|de|fr|ru|jp|kr|html?|php|py|js|ts|json|md|txt|gguf|safetensors|bin|pdf|png|jpe?g|zip)(?![\p{L}\p{N}])`, 'iu');
/** A quoted module name: `from "openai"`, `require('openai')`, `import("qwen-agent")`. */
const MODULE_BEFORE = /(?:\bfrom|\brequire\(|\bimport\(?)\s*$/;
/** A pinned or bumped package version after a lower-case name: `openai==1.3.0`, "bump openai from 1.3.0 to 1.4.0". */
const PACKAGE_VERSION_AFTER = /^(?:[=<>~^@]=?\s*v?\d|\s+(?:from\s+)?v?\d+\.\d+\.\d+)/;
/** Inside the braces of an import or export list: `import { OpenAI } from`. */
const IMPORT_LIST = /(?:^|[\s;])(?:import|export)(?:\s+type)?\s*\{[^}\n]*$/;
const CODE_KEYWORD = lazyRegExp(String.raw`(?:^|[^\p{L}])(class|def|new|extends|implements|interface|struct|enum|function|func|fn|const|let|var|type|package|install|import|from|require)\s+$`, 'u');

/** Whether [start, end) is part of a URL, an e-mail address, a file or package name, or code. */
function inCodeOrAddress(text: string, start: number, end: number, fenced: boolean): boolean {
  const prev = text.charAt(start - 1);
  const next = text.charAt(end);
  const after = text.charAt(end + 1);
  if (prev === '_' || next === '_' || next === '(' || next === '`' && prev === '`') return true;
  if (next === '.' && /[A-Za-z_]/.test(after)) return true;
  // A lower-case name glued to a lower-case word is an API, package or repository id: deepseek-chat, openai-python.
  if (next === '-' && /[a-z]/.test(after) && /^[a-z0-9.:-]+$/.test(text.slice(start, end))) return true;
  if (PACKAGE_VERSION_AFTER.test(text.slice(end, end + 24)) && /^[a-z0-9.-]+$/.test(text.slice(start, end))) return true;
  if (/["']/.test(prev) && MODULE_BEFORE.test(text.slice(Math.max(0, start - 24), start - 1))) return true;
  if (IMPORT_LIST.test(text.slice(Math.max(0, start - 80), start))) return true;
  if (prev === '.' && /[\w]/.test(text.charAt(start - 2))) return true;
  let tokenStart = start;
  while (tokenStart > 0 && !/[\s"'“”«»()[\]{}<>]/.test(text.charAt(tokenStart - 1))) tokenStart--;
  let tokenEnd = end;
  while (tokenEnd < text.length && !/[\s"'“”«»()[\]{}<>,;!?`]/.test(text.charAt(tokenEnd))) tokenEnd++;
  const token = text.slice(tokenStart, tokenEnd).replace(/[.:]+$/, '');
  if (/:\/\/|^www\.|\S@\S/i.test(token) || FILE_OR_DOMAIN.test(token)) return true;
  if (COLON_WORD.test(token.slice(end - tokenStart))) return true;
  if (LETTER_SLASH_LETTER.test(token) && /[._]|\/.*\/|-\S*\//u.test(token)) return true;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  if ((text.slice(lineStart, start).split('`').length - 1) % 2 === 1) return true;
  if (fenced && (text.slice(0, start).split('```').length - 1) % 2 === 1) return true;
  const keyword = CODE_KEYWORD.exec(text.slice(Math.max(0, start - 16), start))?.[1];
  if (!keyword) return false;
  const rest = text.slice(end, end + 16).split('\n')[0] ?? '';
  if (keyword === 'from') return /^\S*\s+import\b/.test(rest);
  if (keyword === 'import' || keyword === 'install' || keyword === 'require') return !STARTS_UPPER.test(text.charAt(start)) || /^\s*$|^[;,]/u.test(rest);
  return /^\s*(?:[({:=<;]|extends\b|$)/.test(rest);
}

/* ---------------------------------------------------------------- senses */

/* Words around an ambiguous name that tell which sense it has: lib/cue-source.ts. */
const WORD = lazyRegExp(String.raw`[\p{L}\p{N}\p{M}]+`, 'gu');
const MAX_PHRASE = 4;

interface CueSet {
  readonly words: ReadonlySet<string>;
  readonly cased: ReadonlySet<string>;
  readonly stems: ReadonlyMap<string, readonly string[]>;
  readonly unspaced: readonly string[];
  readonly phraseStarts: ReadonlySet<string>;
}

interface SenseCues {
  readonly entity: CueSet;
  readonly other: CueSet;
}

const cueSetFrom = (compiled: CompiledCueSet): CueSet => ({
  words: new Set(compiled.words),
  cased: new Set(compiled.cased),
  stems: new Map(compiled.stems),
  unspaced: compiled.unspaced,
  phraseStarts: new Set(compiled.phraseStarts),
});

/** The cues compiled at build time (lib/cue-source.ts), made into sets on first use, one entity at a time. */
const senses: Partial<Record<EntityId, SenseCues>> = {};
const sensesOf = (entity: EntityId): SenseCues | undefined => {
  const known = senses[entity];
  if (known) return known;
  const compiled = CUE_SETS[entity];
  return compiled ? (senses[entity] = { entity: cueSetFrom(compiled.entity), other: cueSetFrom(compiled.other) }) : undefined;
};

interface CueHit {
  readonly start: number;
  readonly end: number;
  readonly sense: 'entity' | 'other';
}

const NEGATIONS = new Set(['not', 'nicht', 'kein', 'keine', 'pas', 'ni', 'no', 'не', 'ні']);
const ARTICLES = new Set(['the', 'a', 'an', 'der', 'die', 'das', 'le', 'la', 'el', 'un', 'une', 'ein', 'eine']);

function cueHits(text: string, from: number, to: number, cues: SenseCues): CueHit[] {
  const slice = text.slice(from, to);
  const tokens = [...slice.matchAll(WORD.for(slice))].map((m) => ({ word: m[0], start: from + (m.index ?? 0) }));
  const lower = tokens.map((t) => t.word.toLowerCase());
  const hits: CueHit[] = [];
  const negated = (i: number): boolean =>
    NEGATIONS.has(lower[i - 1] ?? '') || (ARTICLES.has(lower[i - 1] ?? '') && NEGATIONS.has(lower[i - 2] ?? ''));
  for (const sense of ['entity', 'other'] as const) {
    const set = cues[sense];
    for (let i = 0; i < tokens.length; i++) {
      const first = tokens[i];
      const word = lower[i] ?? '';
      // Phrases of more than one word are only looked for after one of their first words.
      const longest = set.phraseStarts.has(word) || (first !== undefined && set.phraseStarts.has(first.word)) ? MAX_PHRASE : 1;
      for (let n = 1; first && n <= longest && i + n <= tokens.length; n++) {
        const found =
          n === 1
            ? set.words.has(word) || set.cased.has(first.word) || (set.stems.get(word.slice(0, 2))?.some((stem) => word.startsWith(stem)) ?? false)
            : set.words.has(lower.slice(i, i + n).join(' ')) || set.cased.has(tokens.slice(i, i + n).map((t) => t.word).join(' '));
        const last = tokens[i + n - 1];
        if (found && last && !negated(i)) hits.push({ start: first.start, end: last.start + last.word.length, sense });
      }
    }
    for (const cue of set.unspaced) {
      for (let at = slice.indexOf(cue); at !== -1; at = slice.indexOf(cue, at + cue.length)) {
        hits.push({ start: from + at, end: from + at + cue.length, sense });
      }
    }
  }
  return hits;
}

/** Aliases that alone rarely mean the entity: without a cue for the entity they are not marked. */
const CUE_REQUIRED = new Set(
  ['マスク', 'ماسك', 'ماسک', '奥特曼', '奧特曼', '星际之门', '星门', '星際之門', '星門', 'スターゲート', 'スターゲイト', '스타게이트', 'ستارغيت', 'ستارجيت'].map(keyOf),
);
const SCRIPT_LATIN = lazyRegExp(String.raw`^\p{sc=Latin}`, 'u');
const STARGATE_SITES = /^(?:stargate)(?:uae|llc|norway|india|argentina)$/;
const OPEN_AI_GENERIC = lazyRegExp(String.raw`^[\s\u00a0]+(?:models?|weights?|systems?|tools?|research|ecosystems?|communit(?:y|ies)|movement|standards?|source|platforms?|development|innovation|approach(?:es)?|alternatives?|initiatives?|frameworks?|agents?|stack|software|solutions?|projects?|access|licen[cs]es?|LLMs?|language|era|future|policy|policies|science|efforts?|labs?|advocates?|for|to|is|are|modell\p{L}*|modèles?|modelos?|модел\p{L}*|open-source|weights)(?![\p{L}])`, 'iu');
const OPEN_AI_GENERIC_CJK = /^[\s\u00a0]*(?:モデル|エコシステム|ソース|ウェイト|化|모델|생태계)/;
const FAMILY_AFTER = lazyRegExp(String.raw`^[\s\u00a0]+(?:family|families|clan|brothers|siblings|familie|geschwister|brüder|famille|frères|familia|hermanos|семья|семьи|братья)(?![\p{L}])`, 'iu');
const FAMILY_BEFORE = /(?:famille|familie|family|familia|семья|семьи)\s+$/iu;
const FEMALE_AFTER = lazyRegExp(String.raw`^[’'s\s,]*(?:herself|she|sie selbst|elle-même|ella misma|сама)(?![\p{L}])`, 'iu');
/** A surname before a place or building word names the place: "Altman Plaza", "Musk Hall". */
const PLACE_AFTER = lazyRegExp(String.raw`^[\s\u00a0]+(?:Plaza|Building|Center|Centre|Hall|Street|St\.|Road|Avenue|Ave\.|Boulevard|Park|School|Library|Museum|Institute|Stadium|Arena|Tower|Hotel|Clinic|Hospital|Synagogue|Cemetery|Farm|Lane|Drive)(?![\p{L}])`, 'u');
const NOT_ELON_AFTER = /^[\s\u00a0]+(?:University|College|Univ\.|Phoenix)/;
/** Japanese honorifics and titles after a surname: マスク氏, アルトマンCEO. */
const JAPANESE_TITLE = /^(?:氏|さん|CEO|社長|会長|総帥)/;
const PERSONS = new Set<EntityId>(['musk', 'altman']);

interface LastNamed {
  mine: boolean;
}

class Judge {
  private readonly text: string;
  private readonly hits: readonly Hit[];
  private readonly known: ReadonlySet<EntityId>;
  private readonly excluded: ReadonlySet<EntityId>;
  private readonly lastNamed = new Map<EntityId, LastNamed>();
  private readonly passageCues = new Map<EntityId, CueHit[]>();

  constructor(text: string, hits: readonly Hit[], context: FindContext | undefined) {
    this.text = text;
    this.hits = hits;
    this.known = new Set(context?.knownEntities ?? []);
    this.excluded = new Set(context?.excludedPeople ?? []);
    for (const e of this.known) if (!this.excluded.has(e)) this.lastNamed.set(e, { mine: true });
    for (const e of this.excluded) if (!this.known.has(e)) this.lastNamed.set(e, { mine: false });
  }

  /** Called in text order, so "last named" means before the hit being judged. */
  note(hit: Hit, accepted: boolean): void {
    if (hit.kind === 'full' || hit.kind === 'handle') this.lastNamed.set(hit.entity, { mine: accepted });
    if (hit.kind === 'lookalike') this.lastNamed.set(hit.entity, { mine: false });
    if (hit.kind === 'name' && hit.entity === 'stargate' && accepted) this.lastNamed.set('stargate', { mine: true });
  }

  /** Confirmed names of the other entities count as cues for the entity's sense. */
  private entityHits(entity: EntityId, from: number, to: number, exclude: Hit): CueHit[] {
    return this.hits
      .filter((h) => h !== exclude && h.entity !== entity && h.kind !== 'lookalike' && h.kind !== 'given' && h.start >= from && h.end <= to)
      .map((h) => ({ start: h.start, end: h.end, sense: 'entity' as const }));
  }

  private nearest(hit: Hit, cues: CueHit[]): { sense: 'entity' | 'other'; distance: number } | null {
    let best: { sense: 'entity' | 'other'; distance: number } | null = null;
    for (const c of cues) {
      if (c.end > hit.start && c.start < hit.end) continue;
      const distance = c.end <= hit.start ? hit.start - c.end : c.start - hit.end;
      if (!best || distance < best.distance) best = { sense: c.sense, distance };
    }
    return best;
  }

  private passage(hit: Hit, cues: SenseCues): { entity: number; other: number } {
    let all = this.passageCues.get(hit.entity);
    if (!all) this.passageCues.set(hit.entity, (all = cueHits(this.text, 0, this.text.length, cues)));
    const from = hit.start - 1500;
    const to = hit.end + 1500;
    const counts = { entity: 0, other: 0 };
    for (const c of [...all, ...this.entityHits(hit.entity, from, to, hit)]) {
      if (c.start >= from && c.end <= to && !(c.end > hit.start && c.start < hit.end)) counts[c.sense]++;
    }
    return counts;
  }

  verdict(hit: Hit): { verdict: Verdict; cue: string } {
    const { text } = this;
    const surface = text.slice(hit.start, hit.end);
    const key = keyOf(surface);
    const before = text.slice(Math.max(0, hit.start - 24), hit.start);
    const after = text.slice(hit.end, hit.end + 40);
    const lower = STARTS_LOWER.test(surface);
    if (hit.entity === 'openai' && OPEN_AI_GENERIC_CJK.test(after) && !SCRIPT_LATIN.test(surface)) {
      return { verdict: 'no', cue: 'open AI as a kind of AI' };
    }
    if ((hit.entity === 'openai' || hit.entity === 'deepseek') && !/[\s\u00a0-]/.test(surface)) return { verdict: 'yes', cue: '' };
    if (hit.entity === 'openai') {
      if (lower && SCRIPT_LATIN.test(surface) && /\s/.test(surface)) return { verdict: 'no', cue: 'lowercase open AI' };
      return OPEN_AI_GENERIC.test(after) || OPEN_AI_GENERIC_CJK.test(after)
        ? { verdict: 'no', cue: 'open AI as a kind of AI' }
        : { verdict: 'yes', cue: 'Open AI' };
    }
    if (hit.entity === 'deepseek') {
      const capitalised = /^D\S*[\s\u00a0]+S/.test(surface) || surface === surface.toUpperCase();
      return capitalised || /[rv]\d/i.test(surface) ? { verdict: 'yes', cue: 'Deep Seek' } : { verdict: 'no', cue: 'deep seek' };
    }
    const cues = sensesOf(hit.entity);
    if (!cues) return { verdict: 'yes', cue: '' };
    if (hit.entity === 'stargate') {
      const rest = key.replace('stargate', '');
      if (STARGATE_SITES.test(key)) return { verdict: 'yes', cue: 'Stargate site' };
      if (rest && SCRIPT_LATIN.test(surface)) this.trimProjectWord(hit);
    }
    if (SCRIPT_LATIN.test(surface) && lower && !/#$/.test(before)) {
      // Lower case: "musk" the scent, "the stargate" the device; informal writing still needs a cue.
      if (hit.entity !== 'altman') return this.bySentence(hit, cues, 'no', 'lowercase');
    }
    if (CYRILLIC.test(surface)) {
      if (lower) return { verdict: 'no', cue: 'lowercase Cyrillic' };
      if (hit.entity === 'musk' && MASK_ONLY.test(surface)) return { verdict: 'no', cue: 'маска' };
    }
    if (PERSONS.has(hit.entity)) {
      const plural = /s$/i.test(surface) && ARTICLE_BEFORE.test(before);
      if (plural || FAMILY_AFTER.test(after) || FAMILY_BEFORE.test(before)) return { verdict: 'no', cue: 'the family' };
    }
    if (PERSONS.has(hit.entity) && JAPANESE_TITLE.test(after)) return { verdict: 'yes', cue: 'honorific' };
    if (PERSONS.has(hit.entity) && FEMALE_AFTER.test(after)) return { verdict: 'no', cue: 'a woman' };
    if (PERSONS.has(hit.entity) && PLACE_AFTER.test(after)) return { verdict: 'no', cue: 'a place' };
    const bounds = sentenceBounds(text, hit);
    const sentence = [...cueHits(text, bounds.start, bounds.end, cues), ...this.entityHits(hit.entity, bounds.start, bounds.end, hit)];
    const near = this.nearest(hit, sentence);
    if (near && near.distance <= 12) return { verdict: near.sense === 'entity' ? 'yes' : 'no', cue: 'next to a cue' };
    const last = this.lastNamed.get(hit.entity);
    if (last && !last.mine) return { verdict: 'no', cue: 'last named was someone else' };
    if (near) return { verdict: near.sense === 'entity' ? 'yes' : 'no', cue: 'cue in the sentence' };
    if (last?.mine) return { verdict: 'yes', cue: 'named in full before' };
    const counts = this.passage(hit, cues);
    if (counts.entity !== counts.other) return { verdict: counts.entity > counts.other ? 'yes' : 'no', cue: 'cues in the passage' };
    if (this.known.size > 0 && !this.excluded.has(hit.entity)) return { verdict: 'yes', cue: 'entities known on the page' };
    if (CUE_REQUIRED.has(keyOf(surface.replace(/[\s\u00a0]/g, '')))) return { verdict: 'no', cue: 'no cue' };
    if (hit.entity === 'musk' && MASK_SHARED.test(surface) && !this.midSentence(hit, bounds.start)) return { verdict: 'no', cue: 'Маска' };
    if (SCRIPT_LATIN.test(surface)) return { verdict: 'ask', cue: 'no cue' };
    return { verdict: 'yes', cue: 'unambiguous in its script' };
  }

  private bySentence(hit: Hit, cues: SenseCues, fallback: Verdict, cue: string): { verdict: Verdict; cue: string } {
    const bounds = sentenceBounds(this.text, hit);
    const sentence = cueHits(this.text, bounds.start, bounds.end, cues);
    const entity = sentence.some((c) => c.sense === 'entity');
    const other = sentence.some((c) => c.sense === 'other');
    return entity && !other ? { verdict: 'yes', cue } : { verdict: fallback, cue };
  }

  private midSentence(hit: Hit, sentenceStart: number): boolean {
    return LETTER_OR_DIGIT.test(this.text.slice(sentenceStart, hit.start));
  }

  /** "the Stargate project": only the fixed English forms with a capital keep the word Project. */
  private trimProjectWord(hit: Hit): void {
    const surface = this.text.slice(hit.start, hit.end);
    const m = /stargate/i.exec(surface);
    if (!m) return;
    const extra = surface.slice(0, m.index) + surface.slice(m.index + 8);
    if (UPPER_FIRST.test(extra.trimStart()) && !/^[\s\u00a0]*$/.test(extra)) return;
    hit.start += m.index;
    hit.end = hit.start + 8;
  }

  acceptGiven(hit: Hit, fullNamed: boolean): boolean {
    const surface = this.text.slice(hit.start, hit.end);
    return hit.entity === 'musk' && fullNamed && CAPITALISED.test(surface) && !NOT_ELON_AFTER.test(this.text.slice(hit.end, hit.end + 12));
  }
}

/* ---------------------------------------------------------------- scanning */

function lex(text: string): Hit[] {
  const hits: Hit[] = [];
  const fenced = text.includes('```');
  const pattern = aliasMatcher().matcher;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const start = m.index;
    const hit = hitAt(text, start, m[0]);
    if (!hit) {
      pattern.lastIndex = start + 1;
      continue;
    }
    pattern.lastIndex = hit.end;
    if (hit.kind !== 'lookalike' && inCodeOrAddress(text, hit.start, hit.end, fenced)) continue;
    hits.push(hit);
  }
  return mergeFullNames(text, hits);
}

/** The hit for a match, or for the longest shorter alias inside it when the whole match is glued to a word. */
function hitAt(text: string, start: number, matched: string): Hit | null {
  const cuts = [matched.length];
  for (let i = matched.length - 1; i > 0; i--) {
    if (/[\s\u00a0·・‧•･]/.test(matched.charAt(i)) && !/[\s\u00a0·・‧•･]/.test(matched.charAt(i - 1))) cuts.push(i);
  }
  const table = aliasMatcher().table;
  for (const cut of cuts) {
    const info = table.get(keyOf(matched.slice(0, cut)));
    if (!info || !startsCleanly(text, info, start)) continue;
    const end = extendEnd(text, info, start, start + cut);
    if (end !== -1) return { entity: info.entity, kind: info.kind, start, end };
  }
  return null;
}

/** A given name right before the surname is one full name: "Илона Маска", "Elona Muska", "Sam  Altman". */
function mergeFullNames(text: string, hits: Hit[]): Hit[] {
  const out: Hit[] = [];
  for (const hit of hits) {
    const prev = out.at(-1);
    if (
      prev && prev.kind === 'given' && prev.entity === hit.entity && hit.kind === 'contextual' &&
      /^[\s\u00a0]{1,3}$/.test(text.slice(prev.end, hit.start))
    ) {
      prev.kind = 'full';
      prev.end = hit.end;
      continue;
    }
    if (hit.kind === 'name' && PERSONS.has(hit.entity) && /[\s\u00a0·・‧•･]/.test(text.slice(hit.start, hit.end))) hit.kind = 'full';
    out.push(hit);
  }
  return out;
}

/**
 * Finds the mentions of the six entities in `text`. Synchronous and free of NLP libraries: it runs in
 * the content script. Spans it cannot decide come back in `ambiguous`, for `resolveAmbiguous`.
 */
export function scanText(text: string, context?: FindContext): ScanResult {
  const mentions: Mention[] = [];
  const ambiguous: Candidate[] = [];
  const hits = lex(text);
  if (hits.length === 0) return { mentions, ambiguous };
  const judge = new Judge(text, hits, context);
  const givens: Hit[] = [];
  for (const hit of hits) {
    if (hit.kind === 'lookalike') {
      judge.note(hit, false);
      continue;
    }
    if (hit.kind === 'given') {
      givens.push(hit);
      continue;
    }
    const { verdict, cue } = hit.kind === 'contextual' ? judge.verdict(hit) : { verdict: 'yes' as const, cue: '' };
    judge.note(hit, verdict === 'yes');
    if (verdict === 'yes') mentions.push({ entity: hit.entity, start: hit.start, end: hit.end });
    else if (verdict === 'ask') ambiguous.push({ entity: hit.entity, start: hit.start, end: hit.end, cue });
  }
  const known = new Set(context?.knownEntities ?? []);
  const fullNamed = known.has('musk') || hits.some((h) => h.entity === 'musk' && (h.kind === 'full' || h.kind === 'handle'));
  for (const given of givens) {
    if (judge.acceptGiven(given, fullNamed)) mentions.push({ entity: given.entity, start: given.start, end: given.end });
  }
  mentions.sort((a, b) => a.start - b.start);
  return { mentions, ambiguous };
}
