/** The six entities the extension marks on pages. Ids are stable: storage, messages and tests use them. */
export const ENTITY_IDS = ['musk', 'altman', 'openai', 'stargate', 'deepseek', 'qwen'] as const;
export type EntityId = (typeof ENTITY_IDS)[number];

export function isEntityId(value: unknown): value is EntityId {
  return typeof value === 'string' && (ENTITY_IDS as readonly string[]).includes(value);
}

/** Languages and scripts for which every entity has aliases (BCP 47 tags). */
export const ALIAS_LANGS = ['en', 'de', 'fr', 'es', 'ru', 'uk', 'zh-Hans', 'zh-Hant', 'ja', 'ko'] as const;
export type AliasLang = (typeof ALIAS_LANGS)[number];

/** The two languages the cards speak. */
export const UI_LANGS = ['en', 'de'] as const;
export type UiLang = (typeof UI_LANGS)[number];

/** Text in both card languages. */
export type Bilingual = Readonly<Record<UiLang, string>>;

/** Id of a sentence of the bundled article, e.g. `s07`. Stable: facts and tests cite sentences by id. */
export type SentenceId = `s${string}`;

export interface Sentence {
  readonly id: SentenceId;
  /** The sentence exactly as it stands in the German article. */
  readonly de: string;
  /** Our English translation. */
  readonly en: string;
  /** Index of the paragraph the sentence belongs to (0-based), to rebuild the article for a demo page. */
  readonly paragraph: number;
}

/**
 * A value the article does not state outright but that follows from it (e.g. the year 2025).
 * Cards show it marked as inferred, with the reason.
 */
export interface Inferred {
  readonly inferred: true;
  readonly reason: Bilingual;
}

export type Figure =
  | { readonly kind: 'money'; readonly amount: number; readonly currency: 'USD'; readonly approximate?: boolean; readonly inferred?: Inferred }
  /** "Billionen von Dollar": an unspecified number of trillions. */
  | { readonly kind: 'money-magnitude'; readonly magnitude: 'trillions'; readonly currency: 'USD' }
  /** ISO date (YYYY-MM-DD); `inferred` set when any part (usually the year) is not in the text. */
  | { readonly kind: 'date'; readonly iso: string; readonly inferred?: Inferred }
  | { readonly kind: 'year'; readonly year: number; readonly inferred?: Inferred }
  | { readonly kind: 'duration'; readonly years: number };

export interface Fact {
  readonly id: string;
  readonly text: Bilingual;
  /** Structured figures; every one appears in a cited sentence unless it is marked inferred. Empty when the article gives none. */
  readonly figures: readonly Figure[];
  /** The sentences the fact rests on (at least one). */
  readonly sources: readonly SentenceId[];
  /** Where the article contradicts itself or is unclear about this fact. */
  readonly caveat?: Bilingual;
}

export type EntityKind = 'person' | 'company' | 'project' | 'model';

export interface Entity {
  readonly id: EntityId;
  readonly name: string;
  readonly kind: EntityKind;
  readonly summary: Bilingual;
  readonly summarySources: readonly SentenceId[];
  /** Most important first: cards show the first 2 to 4. */
  readonly facts: readonly Fact[];
}

/** A name the article ties to one of the six entities. Shown on cards, never marked on pages. */
export interface RelatedName {
  readonly id: string;
  readonly name: string;
  /** One of the six when the related name is itself an entity (a click on it switches the card). */
  readonly entity?: EntityId;
}

export interface Relation {
  readonly from: EntityId;
  /** A RelatedName id or an EntityId. */
  readonly to: string;
  readonly label: Bilingual;
  readonly sources: readonly SentenceId[];
}

export interface TimelineEvent {
  readonly id: string;
  /** ISO date or year-month or year, as precise as the article allows. */
  readonly when: string;
  /** How the article says it ("am Montag (10. Februar)"). */
  readonly whenAsWritten: string;
  readonly inferred?: Inferred;
  readonly text: Bilingual;
  readonly entities: readonly EntityId[];
  readonly sources: readonly SentenceId[];
}

export interface Article {
  readonly lang: 'de';
  readonly title: Bilingual;
  /** What cards call the source: a bundled German news article of February 2025 (year inferred). */
  readonly sourceLine: Bilingual;
  readonly published: { readonly month: string; readonly inferred: Inferred };
  readonly sentences: readonly Sentence[];
}

/** Aliases of an entity by language/script. Matching is case-insensitive; see lib/ for the rules. */
export type AliasTable = Readonly<Record<EntityId, Readonly<Record<AliasLang, readonly string[]>>>>;
