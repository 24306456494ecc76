import type { Candidate, FindContext, Mention } from './types';

export function resolveAmbiguous(_text: string, candidates: readonly Candidate[], _context?: FindContext): Mention[] {
  return candidates.map(({ entity, start, end }) => ({ entity, start, end }));
}
