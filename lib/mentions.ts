import type { FindContext, Mention } from './types';
import { scanText } from './scan';

export { scanText } from './scan';
export { sentenceAround } from './sentence';
export type { Candidate, FindContext, Mention, ScanResult } from './types';

/**
 * Every mention of the six entities in `text`: sorted by start, non-overlapping. The rules decide most
 * names; the few they cannot are judged on their sentence by `resolveAmbiguous`, loaded only when needed.
 */
export async function findMentions(text: string, context?: FindContext): Promise<Mention[]> {
  const { mentions, ambiguous } = scanText(text, context);
  if (ambiguous.length === 0) return mentions;
  const { resolveAmbiguous } = await import('./disambiguate');
  const resolved = resolveAmbiguous(text, ambiguous, context);
  return [...mentions, ...resolved].sort((a, b) => a.start - b.start);
}
