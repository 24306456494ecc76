import { storage } from '#imports';
import type { FrameReport } from '../../lib/messages';

/**
 * What each frame of each tab has reported about its mentions. Kept in memory and mirrored to
 * `storage.session`, so a service-worker restart loses nothing (and the browser drops it on exit).
 * The badge and `page-summary` read it through `getTabMentions` / `onTabMentionsChanged`.
 */
export interface FrameMentions {
  readonly frameId: number;
  readonly report: FrameReport;
}

type Store = Record<string, Record<string, FrameReport>>;
type Listener = (tabId: number, frames: readonly FrameMentions[]) => void;

const sessionItem = storage.defineItem<Store>('session:frameReports', { fallback: {} });

let store: Store = {};
const ready: Promise<void> = sessionItem.getValue().then(
  (saved) => {
    store = { ...saved, ...store };
  },
  () => undefined,
);
const listeners = new Set<Listener>();
let saving: Promise<void> = Promise.resolve();

function framesOf(tabId: number): FrameMentions[] {
  return Object.entries(store[tabId] ?? {})
    .map(([frameId, report]) => ({ frameId: Number(frameId), report }))
    .sort((a, b) => a.frameId - b.frameId);
}

function changed(tabId: number): void {
  const snapshot = store;
  saving = saving.then(() => sessionItem.setValue(snapshot)).catch(() => undefined);
  const frames = framesOf(tabId);
  for (const listener of listeners) listener(tabId, frames);
}

/** The frames of a tab with their reports, top frame (0) first. */
export async function getTabMentions(tabId: number): Promise<FrameMentions[]> {
  await ready;
  return framesOf(tabId);
}

/** Called with a tab's frames whenever one of them reports or goes away. Returns the unsubscribe function. */
export function onTabMentionsChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export async function setFrameReport(tabId: number, frameId: number, report: FrameReport): Promise<void> {
  await ready;
  store = { ...store, [tabId]: { ...store[tabId], [frameId]: report } };
  changed(tabId);
}

export async function removeFrame(tabId: number, frameId: number): Promise<void> {
  await ready;
  const frames = { ...store[tabId] };
  if (!(frameId in frames)) return;
  delete frames[frameId];
  store = { ...store, [tabId]: frames };
  changed(tabId);
}

export async function removeTab(tabId: number): Promise<void> {
  await ready;
  if (!(tabId in store)) return;
  const { [tabId]: _removed, ...rest } = store;
  store = rest;
  changed(tabId);
}
