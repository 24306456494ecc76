import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../data/types';

/**
 * Messages that cross between popup, background and content scripts. Each is one member of a
 * discriminated union and is validated with `parseMessage` before use; anything else is dropped.
 */
const EntityIdSchema = v.picklist(ENTITY_IDS);
const MentionIdSchema = v.pipe(v.string(), v.maxLength(64));

/** Popup (or tests) -> the top frame's content script of a tab. */
export const PageSummaryRequest = v.object({ type: v.literal('page-summary') });
export const ShowMentionRequest = v.object({ type: v.literal('show-mention'), id: MentionIdSchema });

export const TabRequestSchema = v.variant('type', [PageSummaryRequest, ShowMentionRequest]);
export type TabRequest = v.InferOutput<typeof TabRequestSchema>;

export interface MentionSummary {
  /** Stable while the mention is on the page. */
  readonly id: string;
  readonly entity: EntityId;
  /** The mention as written on the page. */
  readonly text: string;
  /** The sentence around it. */
  readonly context: string;
  readonly frameId: number;
}

export interface PageSummary {
  readonly url: string;
  /** False when the site is turned off or the extension is paused: the page was not read. */
  readonly enabled: boolean;
  readonly counts: Record<EntityId, number>;
  /** In document order (top frame first, then child frames). */
  readonly mentions: readonly MentionSummary[];
  readonly scan: { readonly textNodes: number; readonly chars: number; readonly ms: number; readonly done: boolean };
}

export const EntityIdValue = EntityIdSchema;
export const MentionId = MentionIdSchema;

/** Returns the message when it matches the schema, otherwise undefined (the caller ignores it). */
export function parseMessage<TSchema extends v.GenericSchema>(
  schema: TSchema,
  message: unknown,
): v.InferOutput<TSchema> | undefined {
  const result = v.safeParse(schema, message);
  return result.success ? result.output : undefined;
}
