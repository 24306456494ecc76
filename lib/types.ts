import type { EntityId } from '../data/types';

/** A stretch of text that names one of the six entities. UTF-16 offsets, `end` exclusive. */
export interface Mention {
  readonly entity: EntityId;
  readonly start: number;
  readonly end: number;
}

/** A span the rules of the scanner cannot decide; `cue` says why it is in doubt (for logs and tests). */
export interface Candidate extends Mention {
  readonly cue: string;
}

/** What is known beyond the passage being scanned, usually from the rest of the page. */
export interface FindContext {
  /** Entities already named unambiguously elsewhere ("Elon Musk" earlier on the page makes a bare "Musk" his). */
  readonly knownEntities?: ReadonlySet<EntityId> | readonly EntityId[];
  /**
   * Entities whose surname was last used elsewhere for someone else ("Kimbal Musk" earlier on the page
   * makes a later bare "Musk" not Elon's unless the passage itself says otherwise).
   */
  readonly excludedPeople?: ReadonlySet<EntityId> | readonly EntityId[];
}

export interface ScanResult {
  /** Mentions decided by the rules: sorted, non-overlapping. */
  readonly mentions: Mention[];
  /** Spans left for `resolveAmbiguous`; they never overlap a mention. */
  readonly ambiguous: Candidate[];
}
