import { resolveAmbiguous } from '../../lib/disambiguate';
import { ResolveAmbiguousRequest } from '../../lib/messages';
import { onContentMessage } from './content-messages';

/**
 * Ambiguous names are judged here, not in the page: the disambiguation (compromise, ~355 kB) loads once
 * in the background instead of in every page. A content script sends only the short text around each.
 */
export function startResolveAmbiguous(): () => void {
  return onContentMessage(ResolveAmbiguousRequest, ({ items }) => ({
    mentions: items.map(({ text, candidates }) =>
      resolveAmbiguous(text, candidates).map(({ entity, start, end }) => ({ entity, start, end })),
    ),
  }));
}
