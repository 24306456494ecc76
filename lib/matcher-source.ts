import {
  aliases, contextualAliases, extraAliases, givenNames, handles, lookalikes,
} from '../data/aliases';
import { ENTITY_IDS, type EntityId } from '../data/types';
import { keyOf } from './alias-key';
import { compileCues, type CompiledCues } from './cue-source';

/*
 * The alias pattern and table of the finder, made from data/aliases.ts at build time: `npm run build`
 * (scripts/compile-matcher.mjs) writes them to lib/matcher.generated.ts, so that no page builds a trie or
 * a pattern; lib/matcher.test.ts fails when that file is behind the aliases. Never imported by a script
 * that runs in a page.
 */

export type Kind = 'name' | 'contextual' | 'given' | 'handle' | 'lookalike';
export interface AliasInfo {
  readonly entity: EntityId;
  readonly kind: Kind;
}

const SEP_REQUIRED = '\u0001';
const SEP_OPTIONAL = '\u0002';
const CJK_DOTS = /[·・‧•･\u00b7]/;
const UNSPACED = /[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}\p{sc=Thai}\p{sc=Lao}\p{sc=Khmer}\p{sc=Myanmar}]/u;

function tokenize(alias: string): string[] {
  const chars = [...alias.toLowerCase()];
  const tokens: string[] = [];
  chars.forEach((c, i) => {
    if (/\s/.test(c) || CJK_DOTS.test(c)) {
      const around = (chars[i - 1] ?? '') + (chars[i + 1] ?? '');
      const spaced = !CJK_DOTS.test(c) && [...around].every((x) => !UNSPACED.test(x));
      if (tokens.at(-1) !== SEP_REQUIRED && tokens.at(-1) !== SEP_OPTIONAL) tokens.push(spaced ? SEP_REQUIRED : SEP_OPTIONAL);
    } else tokens.push(c);
  });
  return tokens;
}

interface TrieNode {
  terminal: boolean;
  readonly next: Map<string, TrieNode>;
}

const escapeChar = (c: string): string => {
  if (/[a-z0-9]/.test(c)) return `[${c}${String.fromCharCode(c.charCodeAt(0) + 0xfee0)}]`;
  return /[\\^$.*+?()[\]{}|/-]/.test(c) ? `\\${c}` : c;
};

function tokenSource(token: string): string {
  if (token === SEP_REQUIRED) return '[\\s\\u00a0]{1,3}';
  if (token === SEP_OPTIONAL) return '[\\s\\u00a0·・‧•･]{0,2}';
  return escapeChar(token);
}

function trieSource(node: TrieNode): string {
  const alternatives = [...node.next].map(([token, child]) => tokenSource(token) + trieSource(child));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

interface Aliases {
  readonly root: TrieNode;
  readonly table: Map<string, AliasInfo>;
}

interface Matcher {
  readonly matcher: RegExp;
  readonly table: Map<string, AliasInfo>;
}

/** Every alias by its key, and all of them in one trie (tokens shared by aliases are matched once). */
function collectAliases(): Aliases {
  const table = new Map<string, AliasInfo>();
  const add = (entity: EntityId, kind: Kind, list: readonly string[] | undefined): void => {
    for (const alias of list ?? []) {
      const key = keyOf(alias);
      const known = table.get(key);
      // A name written the same as a contextual alias ("Open AI" vs "OpenAI") keeps the stricter kind.
      if (!known || kind !== 'name') table.set(key, { entity, kind });
    }
  };
  for (const entity of ENTITY_IDS) {
    add(entity, 'name', Object.values(aliases[entity]).flat());
    add(entity, 'name', extraAliases[entity]);
  }
  for (const entity of ENTITY_IDS) {
    add(entity, 'given', givenNames[entity]);
    add(entity, 'contextual', contextualAliases[entity]);
    add(entity, 'handle', handles[entity]);
    add(entity, 'lookalike', lookalikes[entity]);
  }
  const root: TrieNode = { terminal: false, next: new Map() };
  const all = ENTITY_IDS.flatMap((e) => [
    ...Object.values(aliases[e]).flat(), ...extraAliases[e], ...(givenNames[e] ?? []), ...(lookalikes[e] ?? []),
  ]);
  for (const alias of all) {
    let node = root;
    for (const token of tokenize(alias)) {
      let child = node.next.get(token);
      if (!child) node.next.set(token, (child = { terminal: false, next: new Map() }));
      node = child;
    }
    node.terminal = true;
  }
  return { root, table };
}

/** The pattern's source (compiled with the flags "gi") and every alias key with its entity and kind. */
export function compileMatcher(): { source: string; table: [key: string, entity: EntityId, kind: Kind][]; cues: CompiledCues } {
  const { root, table } = collectAliases();
  return { source: trieSource(root), table: [...table].map(([key, info]) => [key, info.entity, info.kind]), cues: compileCues() };
}

/** The text of lib/matcher.generated.ts for a compiled matcher. */
export function matcherModule({ source, table, cues }: ReturnType<typeof compileMatcher>): string {
  return [
    '// Made by scripts/compile-matcher.mjs from data/aliases.ts (lib/matcher-source.ts) and lib/cue-source.ts: do not edit.',
    "import type { EntityId } from '../data/types';",
    "import type { CompiledCues } from './cue-source';",
    "import type { Kind } from './matcher-source';",
    '',
    '/** One pattern for every alias (a trie: shared starts are matched once), compiled with the flags "gi". */',
    `export const MATCHER_SOURCE = ${JSON.stringify(source)};`,
    '',
    '/** Every alias key (lib/alias-key.ts) with its entity and kind. */',
    `export const ALIAS_TABLE: readonly (readonly [key: string, entity: EntityId, kind: Kind])[] = ${JSON.stringify(table)};`,
    '',
    '/** The sense cues of Musk, Altman and Stargate (lib/cue-source.ts). */',
    `export const CUE_SETS: CompiledCues = ${JSON.stringify(cues)};`,
    '',
  ].join('\n');
}
