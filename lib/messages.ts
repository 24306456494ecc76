import * as v from 'valibot';
import { ENTITY_IDS, type EntityId } from '../data/types';

/**
 * Messages that cross between popup, background and content scripts. Each is one member of a
 * discriminated union and is validated with `parseMessage` before use; anything else is dropped.
 */
const EntityIdSchema = v.picklist(ENTITY_IDS);
/** Built where it is used: a schema at the top level of a module would be built when the eager content script starts. */
const mentionIdSchema = () => v.pipe(v.string(), v.maxLength(64));
const MentionIdSchema = /* @__PURE__ */ mentionIdSchema();

/**
 * A schema built on its first use, then kept. The schemas of the messages a content script accepts are
 * built this way: the eager content script runs on every page and should build none at start-up.
 */
function lazily<T>(build: () => T): () => T {
  let built: T | undefined;
  return () => (built ??= build());
}

/** Popup (or tests) -> the top frame's content script of a tab. */
const pageSummaryRequest = () => v.object({ type: v.literal('page-summary') });
const showMentionRequest = () => v.object({ type: v.literal('show-mention'), id: mentionIdSchema() });

export const tabRequestSchema = lazily(() => v.variant('type', [pageSummaryRequest(), showMentionRequest()]));
export type TabRequest = v.InferOutput<ReturnType<typeof tabRequestSchema>>;

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

/* Between the content scripts and the background (never the page: senders are checked as well). */

const Count = v.pipe(v.number(), v.minValue(0));
const ScanSchema = v.object({ textNodes: Count, chars: Count, ms: Count, done: v.boolean() });

/** One mention as a frame reports it; the background makes its id unique in the tab (`${frameId}:${n}`). */
export const FrameMentionSchema = v.object({
  id: MentionIdSchema,
  entity: EntityIdSchema,
  text: v.pipe(v.string(), v.maxLength(200)),
  context: v.pipe(v.string(), v.maxLength(1000)),
});

/** Content -> background: what a frame has found so far (sent after every change to it). */
export const FrameReportMessage = v.object({
  type: v.literal('frame-report'),
  url: v.pipe(v.string(), v.maxLength(8192)),
  enabled: v.boolean(),
  mentions: v.pipe(v.array(FrameMentionSchema), v.maxLength(20_000)),
  scan: ScanSchema,
});
export type FrameReport = v.InferOutput<typeof FrameReportMessage>;

/** Content -> background: the frame's document is going away (its mentions with it). */
export const FrameGoneMessage = v.object({ type: v.literal('frame-gone') });

/**
 * Content -> background: inject one of the scripts that only frames with a name get into the sending
 * frame: the finder (reads and marks the page, follows the pointer), then, once the page is idle, the card UI.
 */
export const InjectCardRequest = v.object({ type: v.literal('inject-card'), part: v.picklist(['finder', 'ui']) });

/** Content -> background: this frame opened a card; the others close theirs. */
export const CardOpenedMessage = v.object({ type: v.literal('card-opened') });

/** Top frame -> background: the reports of the tab's child frames, for `page-summary`. */
export const ChildReportsRequest = v.object({ type: v.literal('child-reports') });

/** Card -> background: the mentions of the tab's other frames, per entity ("n mentions on this page" counts the whole tab). */
export const TabCountsRequest = v.object({ type: v.literal('tab-counts') });
/** The background's answer: counts per entity, the asking frame left out. */
export const TabCountsResponse = v.object({ counts: v.record(EntityIdSchema, Count) });

/** Top frame -> background: show a mention that lives in a child frame. */
export const RouteMentionRequest = v.object({ type: v.literal('route-mention'), id: MentionIdSchema, focus: v.boolean() });

/** Every message a content script accepts: page-summary and show-mention (popup, tests); from the background,
 * open-mention (open the card of one of the frame's mentions, `focus` when the keyboard asked), close-card
 * (another frame opened a card), next-mention (the keyboard command, to the active tab's top frame) and
 * config-changed (settings or the site list changed: ask for the page config again). */
export const contentMessageSchema = lazily(() =>
  v.variant('type', [
    pageSummaryRequest(),
    v.object({ type: v.literal('config-changed') }),
    showMentionRequest(),
    v.object({ type: v.literal('open-mention'), id: mentionIdSchema(), focus: v.boolean() }),
    v.object({ type: v.literal('close-card') }),
    v.object({ type: v.literal('next-mention') }),
  ]),
);
export type ContentMessage = v.InferOutput<ReturnType<typeof contentMessageSchema>>;

/** A child frame's report as the background hands it to the top frame. */
export interface ChildReport {
  readonly frameId: number;
  readonly report: FrameReport;
}

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(2000));
const SpanSchema = v.object({ entity: EntityIdSchema, start: Offset, end: Offset });

/** Content -> background: ambiguous candidates with only the short text around each, to be judged there. */
export const ResolveAmbiguousRequest = v.object({
  type: v.literal('resolve-ambiguous'),
  items: v.pipe(
    v.array(
      v.object({
        text: v.pipe(v.string(), v.maxLength(2000)),
        candidates: v.pipe(v.array(v.object({ entity: EntityIdSchema, start: Offset, end: Offset, cue: v.pipe(v.string(), v.maxLength(200)) })), v.maxLength(50)),
      }),
    ),
    v.maxLength(500),
  ),
});
/** The background's answer: the mentions confirmed in each item, offsets within the item's text. */
export const ResolveAmbiguousResponse = v.object({ mentions: v.array(v.array(SpanSchema)) });

/** Content -> background: whether this frame is to be read, and the settings it needs. */
export const PageConfigRequest = v.object({ type: v.literal('page-config') });
/** The background's answer (settings already validated there, from lib/settings). */
export const pageConfigResponse = lazily(() => v.object({ enabled: v.boolean(), settings: v.record(v.string(), v.unknown()) }));

/** Every message the background accepts from content scripts. */
export const BackgroundMessageSchema = v.variant('type', [
  PageConfigRequest,
  FrameReportMessage,
  FrameGoneMessage,
  InjectCardRequest,
  CardOpenedMessage,
  ChildReportsRequest,
  TabCountsRequest,
  RouteMentionRequest,
  ResolveAmbiguousRequest,
]);
export type BackgroundMessage = v.InferOutput<typeof BackgroundMessageSchema>;
