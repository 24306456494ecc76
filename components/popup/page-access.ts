import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../../data/types';
import { EntityIdValue, MentionId, type PageSummary } from '../../lib/messages';

/**
 * Where the popup can and cannot talk to a tab. Browsers keep their own pages, extension stores and
 * the PDF viewer closed to extensions; the content script only matches http(s) pages.
 */
const STORE_PAGES: readonly { host: string; path?: string }[] = [
  { host: 'chromewebstore.google.com' },
  { host: 'chrome.google.com', path: '/webstore' },
  { host: 'addons.mozilla.org' },
  { host: 'microsoftedge.microsoft.com', path: '/addons' },
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return true;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return true;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return true;
  return STORE_PAGES.some(({ host, path }) => parsed.hostname === host && (!path || parsed.pathname.startsWith(path)));
}

/** A PDF opens in the browser's own viewer, where content scripts do not run. */
export function looksLikePdf(url: string | undefined): boolean {
  if (!url) return false;
  try {
    return new URL(url).pathname.toLowerCase().endsWith('.pdf');
  } catch {
    return false;
  }
}

/** True for the error a message gets when no content script listens in the tab (opened before install/update). */
export function isNoReceiverError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Receiving end does not exist|Could not establish connection/i.test(message);
}

/** True for the errors scripting gets on pages closed to extensions. */
export function isClosedPageError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /Cannot access|cannot be scripted|Missing host permission|chrome:\/\/ URL|extensions gallery/i.test(message);
}

const Count = v.pipe(v.number(), v.minValue(0));

/** The content script's `page-summary` reply, checked before the popup shows any of it. */
const PageSummarySchema = v.object({
  url: v.string(),
  enabled: v.boolean(),
  counts: v.object(Object.fromEntries(ENTITY_IDS.map((id) => [id, Count])) as Record<EntityId, typeof Count>),
  mentions: v.array(
    v.object({
      id: MentionId,
      entity: EntityIdValue,
      text: v.string(),
      context: v.string(),
      frameId: v.pipe(v.number(), v.integer(), v.minValue(0)),
    }),
  ),
  scan: v.object({ textNodes: Count, chars: Count, ms: Count, done: v.boolean() }),
}) satisfies v.GenericSchema<unknown, PageSummary>;

export function parsePageSummary(reply: unknown): PageSummary | undefined {
  const result = v.safeParse(PageSummarySchema, reply);
  return result.success ? result.output : undefined;
}

/** Mentions grouped by entity, in ENTITY_IDS order, each group in document order. */
export function groupMentions(summary: PageSummary): { entity: EntityId; count: number; mentions: PageSummary['mentions'] }[] {
  return ENTITY_IDS.map((entity) => ({
    entity,
    count: summary.counts[entity],
    mentions: summary.mentions.filter((mention) => mention.entity === entity),
  })).filter((group) => group.count > 0 || group.mentions.length > 0);
}

/** The context sentence split around the first occurrence of the mention's text, for a highlight drawn as text. */
export function splitContext(context: string, text: string): [before: string, match: string, after: string] {
  const at = text ? context.indexOf(text) : -1;
  if (at < 0) return [context, '', ''];
  return [context.slice(0, at), text, context.slice(at + text.length)];
}
