import { browser } from 'wxt/browser';
import type { EntityId } from '../../data/types';
import { parseMessage, TabCountsResponse } from '../../lib/messages';

/** The mentions in the tab's other frames, per entity (the background knows every frame's report). */
export async function otherFrameCounts(): Promise<Partial<Record<EntityId, number>> | undefined> {
  if (!browser.runtime?.id) return undefined;
  const answer: unknown = await browser.runtime.sendMessage({ type: 'tab-counts' }).catch(() => undefined);
  return parseMessage(TabCountsResponse, answer)?.counts;
}
