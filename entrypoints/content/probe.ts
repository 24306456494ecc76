import { firstHint, mayMention } from './prefilter';
import { Slice, yieldToPage } from './schedule';
import { blockOf, isInSkippedSubtree, isSkippedElement } from './walker';

export interface ProbeStats {
  textNodes: number;
  chars: number;
  ms: number;
  done: boolean;
}

/** Text directly inside these is never prose: it is dropped by the parent's name, before anything else. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** The text read is tested in chunks of about this many characters. */
const CHUNK = 8192;
/** Kept from the end of a tested chunk for the next test, so a name across the cut is still seen. */
const OVERLAP = 64;
/** Text nodes read between two looks at the clock. */
const NODES_PER_LOOK = 64;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

/**
 * What every page pays: one sliced pass over its text, and over text added later, looking only for a
 * hint of one of the six names. At the first hint `onHint` runs and the probe ends: the card script then
 * reads the page for real.
 *
 * The pass is a bare TreeWalker with no filter (a script callback per node would cost more than all the
 * rest): the text of consecutive nodes is joined, so `Elon <b>Musk</b>` is seen, and tested a chunk at a
 * time. Only where the test fires is the node checked the way the finder reads the page (skipped subtrees,
 * hidden, editable, our own UI), with the text of its block around it; otherwise the pass goes on.
 */
export class Probe {
  readonly stats: ProbeStats = { textNodes: 0, chars: 0, ms: 0, done: false };
  private readonly queue: Node[] = [];
  /** Mutation batches not looked at yet: a batch is only kept until the next slice, which reads them all. */
  private pending: (readonly MutationRecord[])[] = [];
  private readonly observer: MutationObserver;
  private readonly slice = new Slice();
  private walker: TreeWalker | undefined;
  /** The text read since the last test, and the text nodes (or pieces of long ones) it came from. */
  private text = '';
  private nodes: Text[] = [];
  /** Where each of `nodes` starts in `text`. */
  private starts: number[] = [];
  private running = false;
  /** A slice is asked for (an idle callback), not run yet. */
  private scheduled = false;
  private stopped = false;

  constructor(
    private readonly onHint: () => void,
    private readonly onDone: () => void,
  ) {
    this.observer = new MutationObserver((records) => {
      if (this.stopped) return;
      this.pending.push(records);
      this.wake();
    });
  }

  /** The first slice runs in an idle callback, a task of its own after the script's start-up. */
  start(): void {
    this.observer.observe(document, OBSERVED);
    this.accept(document.body ?? document.documentElement);
    this.wake();
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.pending = [];
    this.walker = undefined;
    this.forget();
    this.observer.disconnect();
  }

  /** In a slice: the roots to read for the mutation batches received since the last one. */
  private takeMutations(): void {
    const batches = this.pending;
    this.pending = [];
    for (const records of batches) {
      for (const record of records) {
        if (record.type === 'characterData') this.accept(record.target);
        for (const node of record.addedNodes) {
          if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)) continue;
          this.accept(node.nodeType === Node.TEXT_NODE ? blockOf(node) : node);
        }
      }
    }
  }

  private accept(root: Node): void {
    if (root.isConnected && !isInSkippedSubtree(root, root.getRootNode())) this.queue.push(root);
  }

  /** Asks for one idle slice, unless one is asked for or running already (it takes what is queued by then). */
  private wake(): void {
    if (this.running || this.scheduled || this.stopped) return;
    this.scheduled = true;
    void yieldToPage().then(() => {
      this.scheduled = false;
      if (!this.stopped && !this.running) void this.run();
    });
  }

  private async run(): Promise<void> {
    this.running = true;
    this.slice.restart();
    let node: Text | undefined;
    let offset = 0;
    let sinceLook = 0;
    while (!this.stopped) {
      if (!node) {
        node = this.nextText();
        offset = 0;
        if (!node) break;
        this.stats.textNodes += 1;
      }
      const data = node.data;
      const end = Math.min(data.length, offset + CHUNK);
      this.nodes.push(node);
      this.starts.push(this.text.length);
      this.text += offset === 0 && end === data.length ? data : data.slice(offset, end);
      this.stats.chars += end - offset;
      offset = end;
      if (offset >= data.length) node = undefined;
      const tested = this.text.length >= CHUNK;
      if (tested && this.test()) return this.hint();
      if ((tested || ++sinceLook >= NODES_PER_LOOK) && this.slice.due()) {
        sinceLook = 0;
        this.stats.ms = Math.round(this.slice.busyMs);
        await this.slice.yield();
      }
    }
    if (!this.stopped && this.test()) return this.hint();
    this.forget();
    this.slice.end();
    this.stats.ms = Math.round(this.slice.busyMs);
    this.running = false;
    if (this.stopped) return;
    if (!this.stats.done) {
      this.stats.done = true;
      this.onDone();
    }
  }

  private hint(): void {
    this.slice.end();
    this.stats.ms = Math.round(this.slice.busyMs);
    this.stop();
    this.onHint();
  }

  /** The next text node to read, over the queued roots and the open shadow roots met on the way. */
  private nextText(): Text | undefined {
    for (;;) {
      if (!this.walker) {
        if (this.queue.length === 0) this.takeMutations();
        const root = this.queue.shift();
        if (!root) return undefined;
        if (!root.isConnected) continue;
        if (root.nodeType === Node.TEXT_NODE) return root as Text;
        this.walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      }
      const node = this.walker.nextNode();
      if (!node) {
        this.walker = undefined;
      } else if (node.nodeType === Node.TEXT_NODE) {
        if (!NOT_PROSE.has((node.parentNode as Element).localName)) return node as Text;
      } else {
        const shadowRoot = (node as Element).shadowRoot;
        if (shadowRoot) {
          this.observer.observe(shadowRoot, OBSERVED);
          this.queue.push(shadowRoot);
        }
      }
    }
  }

  /** Tests the text read so far; keeps only its end (and the nodes under it) for the next test. */
  private test(): boolean {
    const text = this.text;
    for (let at = firstHint(text); at >= 0; at = firstHint(text, at + 1)) {
      if (this.readableHint(at)) return true;
    }
    const cut = Math.max(0, text.length - OVERLAP);
    let first = this.starts.length - 1;
    while (first > 0 && this.starts[first]! > cut) first -= 1;
    this.text = text.slice(cut);
    this.nodes = this.nodes.slice(first);
    this.starts = this.starts.slice(first).map((start) => Math.max(0, start - cut));
    return false;
  }

  /**
   * True when the hint at `at` in the joined text lies in text the finder reads, and the text of the
   * nodes of its block read with it still holds a hint (the join does not stop at blocks or skipped parts).
   */
  private readableHint(at: number): boolean {
    let index = this.starts.length - 1;
    while (index > 0 && this.starts[index]! > at) index -= 1;
    const node = this.nodes[index];
    if (!node || !isRead(node)) return false;
    const block = blockOf(node);
    const together = (other: Text | undefined): boolean => !!other && (other === node || (blockOf(other) === block && isRead(other)));
    let first = index;
    let last = index;
    while (first > 0 && together(this.nodes[first - 1])) first -= 1;
    while (last + 1 < this.nodes.length && together(this.nodes[last + 1])) last += 1;
    return mayMention(this.text.slice(this.starts[first], this.starts[last + 1] ?? this.text.length));
  }

  private forget(): void {
    this.text = '';
    this.nodes = [];
    this.starts = [];
  }
}

/** True for a text node on the page whose text the finder reads. */
function isRead(node: Text): boolean {
  return node.isConnected && !isInSkippedSubtree(node, node.getRootNode());
}
