import { browser } from 'wxt/browser';
import type { FrameReport, PageSummary } from '../../lib/messages';
import { parseMessage, ResolveAmbiguousResponse } from '../../lib/messages';
import { scanText, warmSteps } from '../../lib/scan';
import type { Settings } from '../../lib/settings';
import type { CardOpenRequest, CardUi, PageSession, PassStats, SessionMessage } from '../../lib/page/card-api';
import { mentionFinder, watchHover } from './hover';
import { createHighlightMarks, supportsHighlights, type Marks } from './marks';
import { liveRange, MentionStore, type MentionRecord } from './mention-store';
import { isVisible, PageScanner, type AmbiguousItem } from './page-scanner';
import { builtInHostsIn } from '../../lib/page/shadow-hosts';
import { yieldToPage } from '../../lib/page/schedule';
import { isInSkippedSubtree, isSkippedElement } from '../../lib/page/walker';
import { createWrapMarks } from './wrap-marks';

const MAX_REPORTED = 5000;
/** Text changes, and the two attributes that show a block the scan skipped as hidden (see PageScanner.handleMutations). */
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ['hidden', 'open'] };
const isTop = window === window.top;

async function send(message: unknown): Promise<unknown> {
  if (!browser.runtime?.id) throw new Error('extension context gone');
  return browser.runtime.sendMessage(message);
}

async function report(message: FrameReport): Promise<void> {
  await send(message).catch(() => undefined);
}

/** The local number of a mention id (`${frameId}:${n}`, or `n` as this frame reported it). */
function localNumber(id: string): number {
  return Number(id.slice(id.lastIndexOf(':') + 1));
}

/**
 * The finder, made ready in idle tasks of its own: its first call builds its pattern and compiles its
 * code (over 20 ms in one piece), which would otherwise come on top of the first passage's slice.
 */
async function warmScan(): Promise<typeof scanText> {
  await yieldToPage();
  for (const _ of warmSteps()) await yieldToPage();
  return scanText;
}

/** Everything that runs while the extension is on for this page; `stop` takes it all away again. */
export class Session implements PageSession {
  private readonly life = new AbortController();
  private readonly shadowRoots = new Set<ShadowRoot>();
  private readonly marks: Marks;
  private readonly store: MentionStore;
  private readonly scanner: PageScanner;
  private readonly observer: MutationObserver;
  private settings: Settings;
  private reportTimer: ReturnType<typeof setTimeout> | undefined;
  private card: CardUi | undefined;
  private cursor: string | undefined;
  private url = location.href;

  constructor(
    settings: Settings,
    readonly entities: string,
    private readonly summary: () => Promise<PageSummary>,
    private readonly pass: () => PassStats,
    private readonly loadCard: () => Promise<CardUi>,
  ) {
    this.settings = settings;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.marks = supportsHighlights() ? createHighlightMarks(() => this.scanStats().chars) : createWrapMarks((change) => this.ownChange(change));
    this.store = new MentionStore({
      added: (record) => {
        this.marks.add(record);
        this.reportSoon();
      },
      removed: (record) => {
        this.marks.remove(record);
        this.reportSoon();
      },
    });
    this.scanner = new PageScanner({
      store: this.store,
      loadScan: warmScan,
      resolve: (items) => this.resolve(items),
      isEntityOn: (entity) => this.settings.entities[entity],
      onShadowRoot: (root) => this.addShadowRoot(root),
      onProgress: () => this.reportSoon(),
      onHidden: (element) => this.watchShown(element),
    });
    // Changes from now on are this session's to read; the eager script hands over the ones before.
    this.observer.observe(document, OBSERVED);
    const finder = mentionFinder(this.store, this.marks, () => [...this.shadowRoots]);
    watchHover(
      {
        signal: this.life.signal,
        delay: () => this.settings.hoverDelayMs,
        onPrepare: (mention) => this.prepareCard(mention),
        onDrop: () => {
          this.preparing = undefined;
          this.card?.dropPrepared();
        },
        onRest: (mention, target) => this.onRest(mention, target),
      },
      finder,
    );
    const navigation = (globalThis as { navigation?: EventTarget }).navigation;
    navigation?.addEventListener('navigatesuccess', () => this.checkUrl(), { signal: this.life.signal });
    window.addEventListener('popstate', () => this.checkUrl(), { signal: this.life.signal });
  }

  stop(): void {
    this.life.abort();
    this.scanner.stop();
    this.observer.disconnect();
    clearTimeout(this.reportTimer);
    // The card's host leaves the page with the session (a later session puts it back when a card opens).
    this.card?.detach();
    this.marks.clear();
    this.store.removeAll();
  }

  read(root: Node): void {
    this.scanner.read(root);
  }

  watch(root: ShadowRoot): void {
    this.addShadowRoot(root);
  }

  endPass(): void {
    // The eager pass looked for shadow roots only on custom elements of the page as it was at its start
    // (lib/page/shadow-hosts.ts, EMPTY_HOSTS): on a page that names one of the six, the empty built-in elements are
    // looked at too, in a task of their own, before the first scan can be done.
    void yieldToPage().then(() => {
      if (this.life.signal.aborted) return;
      for (const host of builtInHostsIn(document)) {
        const root = host.shadowRoot;
        if (!root || this.shadowRoots.has(root) || isSkippedElement(host) || isInSkippedSubtree(host, document)) continue;
        this.addShadowRoot(root);
        this.scanner.read(root);
      }
      this.scanner.endPass();
      // The style may depend on the size of the page, known now (see TINT_FROM_CHARS).
      this.marks.ensureStyle();
    });
  }

  restyle(settings: Settings): void {
    this.settings = settings;
    this.marks.setStyle(settings);
  }

  frameReport(): FrameReport {
    return {
      type: 'frame-report',
      url: location.href,
      enabled: true,
      mentions: this.store
        .all()
        .slice(0, MAX_REPORTED)
        .map((record) => ({ id: String(record.n), entity: record.entity, text: record.text.slice(0, 200), context: record.context.slice(0, 1000) })),
      scan: this.scanStats(),
    };
  }

  /** The eager script's pass over the page, and what this session read again (blocks with a hint, changes). */
  private scanStats(): FrameReport['scan'] {
    const pass = this.pass();
    const own = this.scanner.stats;
    return { textNodes: pass.textNodes + own.textNodes, chars: pass.chars + own.chars, ms: pass.ms + own.ms, done: own.done };
  }

  reportSoon(): void {
    if (this.life.signal.aborted || this.reportTimer !== undefined) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = undefined;
      if (!this.life.signal.aborted) void report(this.frameReport());
    }, 150);
  }

  async handle(message: SessionMessage): Promise<boolean> {
    switch (message.type) {
      case 'show-mention':
        return this.show(message.id, false);
      case 'open-mention':
        return this.show(message.id, message.focus);
      case 'close-card':
        this.card?.close(false);
        return true;
      case 'next-mention':
        return this.next();
    }
  }

  private async show(id: string, focus: boolean): Promise<boolean> {
    const frame = id.includes(':') ? id.slice(0, id.indexOf(':')) : undefined;
    if (isTop && frame !== undefined && frame !== '0') {
      return Boolean(await send({ type: 'route-mention', id, focus }).catch(() => false));
    }
    const record = this.store.get(localNumber(id));
    if (!record) return false;
    this.cursor = isTop ? `0:${record.n}` : id;
    const element = record.range.startContainer.parentElement;
    element?.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    await this.openCard(record, focus, true);
    return true;
  }

  /** The keyboard command: the next mention of the tab in document order (child frames after this one). */
  private async next(): Promise<boolean> {
    const summary = await this.summary();
    const ids = summary.mentions.map((mention) => mention.id);
    if (!ids.length) return false;
    const index = this.cursor ? ids.indexOf(this.cursor) : -1;
    const id = ids[(index + 1) % ids.length]!;
    this.cursor = id;
    return this.show(id, true);
  }

  private onRest(mention: MentionRecord | undefined, target: Element | null): void {
    const ui = this.card;
    if (mention) {
      this.openCard(mention, false).catch(() => undefined);
      return;
    }
    if (ui?.isOpen() && !ui.isPinned() && !ui.contains(target) && !this.requestedCard) ui.close(false);
  }

  /**
   * A card the reader asked for (popup, keyboard) is not closed by the pointer resting elsewhere: after
   * scrolling to it, Chromium sends a pointer move from wherever the pointer happens to be.
   */
  private requestedCard = false;
  private openRecord: MentionRecord | undefined;

  /**
   * The card UI, loaded at the first intent to see a card. Without it (its script failed to load) names
   * are still marked and counted; cards do not open, and nothing is logged.
   */
  private async cardReady(): Promise<CardUi> {
    if (this.card) return this.card;
    const ui = await this.loadCard();
    if (!this.life.signal.aborted) this.card = ui;
    return ui;
  }

  private async openCard(record: MentionRecord, focus: boolean, requested = false): Promise<void> {
    this.preparing = undefined;
    const ui = await this.cardReady();
    if (this.life.signal.aborted) return;
    if (ui.isOpen() && this.openRecord === record && !focus) {
      this.requestedCard ||= requested;
      return;
    }
    this.requestedCard = requested || focus;
    ui.onOpened = () => void send({ type: 'card-opened' }).catch(() => undefined);
    this.openRecord = record;
    ui.open(this.cardRequest(record, focus));
  }

  /** The mention the pointer is resting on before the dwell is over. */
  private preparing: MentionRecord | undefined;

  /**
   * The pointer has come to rest on a mention: the card UI is loaded if it is not yet (the reader's intent),
   * and the card rendered and placed, still hidden, for when the dwell is over.
   */
  private prepareCard(record: MentionRecord): void {
    if (this.life.signal.aborted) return;
    this.preparing = record;
    this.cardReady()
      .then((ui) => {
        if (this.preparing !== record || ui.isOpen() || this.life.signal.aborted) return;
        ui.prepare(this.cardRequest(record, false));
      })
      .catch(() => undefined);
  }

  private cardRequest(record: MentionRecord, focus: boolean): CardOpenRequest {
    const range = liveRange(record);
    return {
      entity: record.entity,
      language: this.settings.cardLanguage,
      anchor: {
        getBoundingClientRect: () => range.getClientRects()[0] ?? range.getBoundingClientRect(),
        getClientRects: () => range.getClientRects(),
        contextElement: record.range.startContainer.parentElement ?? undefined,
      },
      countOf: (entity) => this.store.count(entity),
      focus,
      key: String(record.n),
    };
  }

  private async resolve(items: readonly AmbiguousItem[]) {
    const answer = parseMessage(ResolveAmbiguousResponse, await send({ type: 'resolve-ambiguous', items }));
    return answer?.mentions ?? [];
  }

  /**
   * Blocks with a name that were not shown when read: a class or style change that shows one is not a
   * mutation the session listens for (it would hear every class change of the page), but it changes
   * the block's size, which a ResizeObserver on just these blocks reports.
   */
  private shown: ResizeObserver | undefined;

  private watchShown(element: Element): void {
    if (typeof ResizeObserver !== 'function' || this.life.signal.aborted) return;
    if (!this.shown) {
      const observer = new ResizeObserver((entries) => {
        for (const { target } of entries) {
          if (!target.isConnected) observer.unobserve(target);
          else if (isVisible(target)) {
            observer.unobserve(target);
            this.store.removeWithin(target);
            this.scanner.read(target);
          }
        }
      });
      this.shown = observer;
      this.life.signal.addEventListener('abort', () => observer.disconnect());
    }
    this.shown.observe(element);
  }

  private addShadowRoot(root: ShadowRoot): void {
    if (this.shadowRoots.has(root)) return;
    this.shadowRoots.add(root);
    this.observer.observe(root, OBSERVED);
    this.marks.adopt(root);
  }

  private onMutations(records: readonly MutationRecord[]): void {
    this.checkUrl();
    this.scanner.handleMutations(records);
    this.marks.ensureStyle();
  }

  /** Runs one of our own DOM changes (the wrap fallback) without reading it back as a page change. */
  private ownChange(change: () => void): void {
    const pending = this.observer.takeRecords();
    if (pending.length) this.onMutations(pending);
    change();
    this.observer.takeRecords();
  }

  /** Single-page apps change the URL without a new document: the card closes and the frame reports again. */
  private checkUrl(): void {
    if (location.href === this.url) return;
    this.url = location.href;
    this.cursor = undefined;
    const ui = this.card;
    if (ui?.isOpen() && !ui.isPinned()) ui.close(false);
    this.reportSoon();
  }
}
