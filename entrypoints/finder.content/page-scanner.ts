import type { EntityId } from '../../data/types';
import { sentenceAround, sentenceBounds } from '../../lib/sentence';
import type { Candidate, FindContext, Mention, ScanResult } from '../../lib/types';
import { mayMention } from '../../lib/page/prefilter';
import type { MentionStore } from './mention-store';
import { Slice, yieldToPage } from '../../lib/page/schedule';
import { blockOf, isInSkippedSubtree, isSkippedElement, positionAt, walkPassages, type Passage, type WalkItem } from '../../lib/page/walker';

/** An ambiguous candidate sent for judging, with just the text around it (never the page). */
export interface AmbiguousItem {
  readonly text: string;
  readonly candidates: readonly Candidate[];
}

export interface ScannerOptions {
  readonly store: MentionStore;
  /** Loads the finder (made ready in an idle task) the first time a passage may name one of the six. */
  readonly loadScan: () => Promise<ScanFunction | undefined>;
  /** Judges ambiguous candidates elsewhere (the background); resolves to the mentions per item. */
  readonly resolve: (items: readonly AmbiguousItem[]) => Promise<readonly (readonly Mention[])[]>;
  readonly isEntityOn: (entity: EntityId) => boolean;
  /** An open shadow root with text was met (observe it, style it). */
  readonly onShadowRoot: (root: ShadowRoot) => void;
  /** The first full scan finished, or a later change was scanned. */
  readonly onProgress: () => void;
  /** A block with a name was left unread because it is not shown (display: none by a class or style, say). */
  readonly onHidden?: (element: Element) => void;
}

export type ScanFunction = (text: string, context?: FindContext) => ScanResult;

export interface ScanStats {
  textNodes: number;
  chars: number;
  ms: number;
  done: boolean;
}

/** The sentence around a candidate, kept short: only this leaves the page, to be judged in the background. */
const MAX_JUDGED_TEXT = 1200;

/**
 * Reads the page in slices: walks passages, finds mentions, sends ambiguous ones to be judged, and keeps
 * the store in step with the DOM as it changes (only what changed is read again).
 */
export class PageScanner {
  readonly stats: ScanStats = { textNodes: 0, chars: 0, ms: 0, done: false };
  private readonly queue: Node[] = [];
  private running = false;
  /** A first slice is asked for (an idle callback), not run yet. */
  private scheduled = false;
  private stopped = false;
  private scan: ScanFunction | undefined;
  private pending: { passage: Passage; offset: number; item: AmbiguousItem }[] = [];
  private slice = new Slice();
  /** False until the page's first pass is over: until then `done` stays false, also while nothing is queued. */
  private passOver = false;

  constructor(private readonly options: ScannerOptions) {}

  /** Reads the whole of `root` as the first pass. */
  start(root: Node): void {
    this.read(root);
    this.endPass();
  }

  /** Reads `root` (a block the eager script found a hint in, or a change it saw): its passages, its open shadow roots. */
  read(root: Node): void {
    this.enqueue(root);
  }

  /** Everything of the first pass is queued: `done` once it is read. */
  endPass(): void {
    if (this.passOver) return;
    this.passOver = true;
    if (!this.running && !this.scheduled && !this.stopped) this.finishRun();
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.pending = [];
  }

  /** Reads again what a batch of mutations changed; removed text takes its mentions along. */
  handleMutations(records: readonly MutationRecord[]): void {
    if (this.stopped) return;
    const { store } = this.options;
    const roots = new Set<Node>();
    let removed = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        store.removeNode(record.target as Text);
        roots.add(blockOf(record.target));
        continue;
      }
      if (record.type === 'attributes') {
        // A block shown or hidden (`hidden`, a <details> opened or closed) is read again; nothing else is.
        const element = record.target as Element;
        if (record.attributeName === 'hidden' || element.localName === 'details') {
          if (element.hasAttribute('hidden')) store.removeWithin(element);
          else roots.add(element);
        }
        continue;
      }
      if (record.removedNodes.length) removed = true;
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) roots.add(blockOf(node));
        else if (node.nodeType === Node.ELEMENT_NODE && !isSkippedElement(node as Element)) {
          roots.add(isInline(node as Element) ? blockOf(node) : node);
        }
      }
    }
    if (removed) store.removeDisconnected();
    for (const root of roots) {
      if (!root.isConnected || hasAncestorIn(root, roots)) continue;
      if (root.nodeType === Node.ELEMENT_NODE && isSkippedElement(root as Element)) continue;
      if (isInSkippedSubtree(root, root.getRootNode())) continue;
      store.removeWithin(root);
      this.enqueue(root);
    }
    if (removed && !roots.size) this.options.onProgress();
  }

  /** Queues a root; a pass that is not running starts in an idle callback, a task of its own. */
  private enqueue(root: Node): void {
    if (this.stopped) return;
    this.queue.push(root);
    if (this.running || this.scheduled) return;
    this.scheduled = true;
    void yieldToPage().then(() => {
      this.scheduled = false;
      if (!this.running && !this.stopped) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    this.slice.restart();
    const stack: Generator<WalkItem, void, undefined>[] = [];
    while (!this.stopped && (stack.length || this.queue.length)) {
      if (!stack.length) {
        const root = this.queue.shift()!;
        if (!root.isConnected) continue;
        // A block inside shadow trees: they are watched and styled like the ones met on a walk.
        for (let tree = root.getRootNode(); tree instanceof ShadowRoot; tree = tree.host.getRootNode()) this.options.onShadowRoot(tree);
        stack.push(walkPassages(root));
      }
      const step = stack[stack.length - 1]!.next();
      if (step.done) stack.pop();
      else if ('shadowRoot' in step.value) {
        this.options.onShadowRoot(step.value.shadowRoot);
        stack.push(walkPassages(step.value.shadowRoot));
      } else {
        const { passage } = step.value;
        this.stats.textNodes += passage.pieces.length;
        this.stats.chars += passage.text.length;
        if (mayMention(passage.text)) {
          if (!this.scan) {
            this.slice.end();
            this.scan = await this.options.loadScan();
            this.slice.restart();
            if (!this.scan) return this.stop();
          }
          if (isUnchanged(passage)) this.readPassage(passage, this.scan);
        }
      }
      if (this.slice.due()) {
        this.stats.ms = Math.round(this.slice.busyMs);
        await this.slice.yield();
      }
    }
    this.slice.end();
    this.stats.ms = Math.round(this.slice.busyMs);
    this.running = false;
    if (this.stopped) return;
    this.finishRun();
  }

  private finishRun(): void {
    if (!this.passOver) return;
    this.options.store.settle();
    this.stats.done = true;
    this.options.onProgress();
    this.flushAmbiguous();
  }

  private readPassage(passage: Passage, scan: ScanFunction): void {
    const { store, isEntityOn } = this.options;
    const result = scan(passage.text, { knownEntities: store.entities() });
    const mentions = result.mentions.filter((mention) => isEntityOn(mention.entity));
    const ambiguous = result.ambiguous.filter((candidate) => isEntityOn(candidate.entity));
    if (!mentions.length && !ambiguous.length) return;
    const element = elementOf(passage.block);
    if (element && !isVisible(element)) {
      this.options.onHidden?.(element);
      return;
    }
    for (const mention of mentions) this.addMention(passage, mention);
    for (const candidate of ambiguous) {
      const bounds = sentenceBounds(passage.text, candidate);
      const start = Math.max(bounds.start, candidate.start - MAX_JUDGED_TEXT / 2);
      const end = Math.min(bounds.end, Math.max(candidate.end + MAX_JUDGED_TEXT / 2, start + MAX_JUDGED_TEXT));
      this.pending.push({
        passage,
        offset: start,
        item: {
          text: passage.text.slice(start, end),
          candidates: [{ ...candidate, start: candidate.start - start, end: candidate.end - start }],
        },
      });
    }
  }

  private addMention(passage: Passage, mention: Mention): void {
    const start = positionAt(passage, mention.start);
    const end = positionAt(passage, mention.end, true);
    if (!start || !end) return;
    const nodes = passage.pieces
      .filter((piece) => piece.at < mention.end && piece.at + (piece.end - piece.start) > mention.start)
      .map((piece) => piece.node);
    this.options.store.add(mention.entity, start, end, nodes, sentenceAround(passage.text, mention));
  }

  /** Ambiguous candidates go to the background in one batch per scan; their passages must still be on the page as they were. */
  private flushAmbiguous(): void {
    const batch = this.pending.splice(0);
    if (!batch.length) return;
    this.options
      .resolve(batch.map((entry) => entry.item))
      .then((results) => {
        if (this.stopped) return;
        results.forEach((mentions, index) => {
          const entry = batch[index];
          if (!entry || !isUnchanged(entry.passage)) return;
          for (const mention of mentions) {
            this.addMention(entry.passage, { ...mention, start: mention.start + entry.offset, end: mention.end + entry.offset });
          }
        });
        this.options.onProgress();
      })
      .catch(() => undefined);
  }
}

/**
 * True when another of `roots` contains `root` (it is read with that one). Walks up from the root, so a
 * batch of n added roots costs n times the depth, not n times n.
 */
function hasAncestorIn(root: Node, roots: ReadonlySet<Node>): boolean {
  for (let node = root.parentNode; node; node = node.parentNode) if (roots.has(node)) return true;
  return false;
}

const INLINE_DISPLAY = new Set(['a', 'b', 'i', 'em', 'strong', 'span', 'small', 'mark', 'abbr', 'cite', 'q', 'u', 's', 'sub', 'sup', 'time', 'font', 'label']);

function isInline(element: Element): boolean {
  return INLINE_DISPLAY.has(element.localName);
}

function isUnchanged(passage: Passage): boolean {
  return passage.pieces.every(
    (piece) => piece.node.isConnected && piece.node.data.slice(piece.start, piece.end) === passage.text.slice(piece.at, piece.at + piece.end - piece.start),
  );
}

function elementOf(block: Node): Element | null {
  return block instanceof ShadowRoot ? block.host : block.nodeType === Node.ELEMENT_NODE ? (block as Element) : block.parentElement;
}

/** Hidden blocks (display: none, closed details, visibility: hidden) keep their names unmarked. */
export function isVisible(element: Element): boolean {
  if (typeof element.checkVisibility !== 'function') return true;
  return element.checkVisibility({ visibilityProperty: true });
}
