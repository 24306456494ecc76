import nlp from 'compromise';
import { sentenceBounds } from './sentence';
import type { Candidate, FindContext, Mention } from './types';

/*
 * Judges the few names the scanner could not decide (a bare "Musk", "Altman" or "Stargate" with no cue
 * either way) by how the sentence uses them. compromise tags about 0.1 MB/s, so it only ever sees the
 * sentence around one candidate, never a whole page.
 */

/** Longest stretch of text handed to compromise for one candidate. */
const MAX_SENTENCE = 400;

interface Term {
  readonly text: string;
  readonly tags: readonly string[];
  readonly offset: { readonly start: number; readonly length: number };
}

const has = (term: Term | undefined, tag: string): boolean => term?.tags.includes(tag) ?? false;

function termsOf(sentence: string): Term[] {
  const json = nlp(sentence).json({ offset: true, terms: { offset: true } }) as { terms: Term[] }[];
  return json.flatMap((s) => s.terms);
}

/** How the sentence uses the word at the candidate: as somebody's name, as a common noun, or unclear. */
function usage(terms: readonly Term[], at: number): 'name' | 'common' | 'unclear' {
  const i = terms.findIndex((t) => t.offset.start <= at && at < t.offset.start + Math.max(1, t.offset.length));
  if (i === -1) return 'unclear';
  const prev = terms[i - 1];
  const next = terms[i + 1];
  // Another person's given name right before: "Lisa Altman", "Jane Musk".
  if (has(prev, 'FirstName') || has(prev, 'Person')) return 'common';
  if (has(prev, 'Determiner') || (has(prev, 'Adjective') && !/^\p{Lu}/u.test(prev?.text ?? ''))) return 'common';
  if (has(prev, 'Preposition') && /^of$/i.test(prev?.text ?? '') && has(terms[i - 2], 'Noun')) return 'common';
  if (has(next, 'Verb') || has(prev, 'Verb') || has(prev, 'Preposition')) return 'name';
  const listed = [prev, next].some((t) => has(t, 'ProperNoun') || has(t, 'Person'));
  return listed ? 'name' : 'unclear';
}

function judge(text: string, candidate: Candidate, excluded: ReadonlySet<string>): boolean {
  if (excluded.has(candidate.entity)) return false;
  const bounds = sentenceBounds(text, candidate);
  const from = Math.max(bounds.start, candidate.start - MAX_SENTENCE / 2);
  const to = Math.min(bounds.end, candidate.end + MAX_SENTENCE / 2);
  const sentence = text.slice(from, to);
  const terms = termsOf(sentence);
  const use = usage(terms, candidate.start - from);
  if (candidate.entity === 'stargate') {
    // With no cue either way, only a name that acts in the sentence and money or power beside it.
    const doc = nlp(sentence);
    return use === 'name' && (doc.money().found || doc.has('#Value (gigawatts|gw|megawatts|mw)'));
  }
  return use !== 'common';
}

/**
 * The candidates that are the entity. `text` is the passage the scanner saw; `context` what is known
 * about the rest of the page.
 */
export function resolveAmbiguous(text: string, candidates: readonly Candidate[], context?: FindContext): Mention[] {
  const excluded = new Set<string>(context?.excludedPeople ?? []);
  return candidates
    .filter((candidate) => judge(text, candidate, excluded))
    .map(({ entity, start, end }) => ({ entity, start, end }));
}
