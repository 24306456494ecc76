import { firstHint, mayMention } from '../../lib/page/prefilter';
import { Slice, SLICE_MS, START_SLICE_MS, yieldToPage } from '../../lib/page/schedule';
import { blockOf, isInSkippedSubtree, isSkippedElement } from '../../lib/page/walker';
import { customElementsIn, EMPTY_HOSTS } from '../../lib/page/shadow-hosts';

export interface ProbeStats {
  textNodes: number;
  chars: number;
  ms: number;
  done: boolean;
}

/** Text directly inside these is never prose; long texts in them (inline scripts, style sheets) are not read at all. */
const NOT_PROSE = new Set(['script', 'style', 'noscript', 'template', 'textarea']);
/** Shorter texts are read without looking at their parent: it costs less to test them than to look. */
const LOOK_AT_PARENT_FROM = 256;
/** The text read is tested in chunks of about this many characters. */
const CHUNK = 8192;
/** Kept from the end of a tested chunk for the next test, so a name across the cut is still seen. */
const OVERLAP = 64;
/** Text nodes read between two looks at the clock. */
const NODES_PER_LOOK = 256;
const OBSERVED: MutationObserverInit = { childList: true, subtree: true, characterData: true };

export interface ProbeEvents {
  /** A block (nearest non-inline ancestor) whose text holds a hint of a name: the finder script reads it for real. */
  onHint(block: Node): void;
  /** An open shadow root was found and is read (the finder script watches it for changes once it runs). */
  onShadowRoot(root: ShadowRoot): void;
  /** The first pass over the whole page is over (the first time only). */
  onDone(): void;
}

/**
 * What every page pays: one sliced pass over its text, and over text added later, looking only for a
 * hint of one of the six names. Each block with a hint goes to `onHint`, once, and the pass goes on: the
 * finder script then reads only those blocks for real, not the whole page again. Once a finder script is
 * reading the page and the pass is over, `finish()` hands over the changes not read yet and the probe ends.
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
  /** The root being read and its walker, kept from one slice to the next. */
  private root: Node | undefined;
  private walker: TreeWalker | undefined;
  /**
   * The text read since the last test and the text nodes it came from. Where each node starts in it is
   * only worked out when a test fires (most never do): the nodes kept from the end of the last test have
   * theirs in `tailStarts`, and the nodes read since follow from `bodyAt` and their lengths, which cannot
   * have changed, since the text is tested before every yield to the page.
   */
  private text = '';
  private nodes: Text[] = [];
  private tailStarts: number[] = [];
  private bodyAt = 0;
  private running = false;
  /** A slice is asked for (an idle callback), not run yet. */
  private scheduled = false;
  private stopped = false;
  /** False until the first slice has run. */
  private started = false;
  /** Blocks already given to `onHint` (a block is read for real from the DOM as it is then, so once is enough). */
  private readonly hinted = new WeakSet<Node>();
  /** The root of the pass over the page as it is at the start (see EMPTY_HOSTS). */
  private pageRoot: Node | undefined;

  constructor(private readonly events: ProbeEvents) {
    this.observer = new MutationObserver((records) => {
      if (this.stopped) return;
      this.pending.push(records);
      this.wake();
    });
  }

  /** The first slice runs at once, in the script's start-up task (as a bare walk would); the next ones in idle callbacks. */
  start(): void {
    this.observer.observe(document, OBSERVED);
    this.pageRoot = document.body ?? document.documentElement;
    this.accept(this.pageRoot);
    void this.run();
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.pending = [];
    this.walker = undefined;
    this.root = undefined;
    this.forget();
    this.observer.disconnect();
  }

  /**
   * Ends the probe for a finder script that now follows the page's changes itself: returns the roots of
   * the changes this probe was told of and has not read (the finder script reads them in full).
   */
  finish(): Node[] {
    const records = this.observer.takeRecords();
    if (records.length) this.pending.push(records);
    const queued = this.queue.splice(0);
    this.takeMutations();
    const roots = [...queued, ...this.queue];
    this.stop();
    return roots;
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

  /**
   * The pass: as lean as a bare TreeWalker loop can be, since every page pays for it. The state lives in
   * locals while a slice runs and goes back to the fields only when it yields.
   */
  private async run(): Promise<void> {
    this.running = true;
    this.slice.restart();
    // The first slice shares its task with the script's evaluation: it is kept shorter.
    let budget = this.started ? SLICE_MS : START_SLICE_MS;
    this.started = true;
    let { text, nodes } = this;
    let textNodes = 0;
    let chars = 0;
    let sinceLook = 0;
    const save = (): void => {
      this.text = text;
      this.nodes = nodes;
      this.stats.textNodes += textNodes;
      this.stats.chars += chars;
      textNodes = 0;
      chars = 0;
    };
    while (!this.stopped) {
      const walker = this.walker ?? this.nextRoot();
      // A root that is a text node was read by nextRoot() straight into the fields.
      ({ text, nodes } = this);
      if (!walker) break;
      let node = walker.nextNode() as Text | null;
      for (; node; node = walker.nextNode() as Text | null) {
        const data = node.data;
        if (data.length >= LOOK_AT_PARENT_FROM && NOT_PROSE.has((node.parentNode as Element | null)?.localName ?? '')) continue;
        textNodes += 1;
        chars += data.length;
        nodes.push(node);
        text += data;
        if (text.length >= CHUNK) {
          save();
          this.test();
          ({ text, nodes } = this);
          // Long texts reach a chunk in a few nodes: the clock is looked at after each test as well.
          sinceLook = NODES_PER_LOOK;
        }
        if (++sinceLook >= NODES_PER_LOOK) {
          sinceLook = 0;
          if (this.slice.due(budget)) {
            budget = SLICE_MS;
            save();
            // The page may change while it has the thread: what was read is tested first (see `text`).
            this.test();
            this.stats.ms = Math.round(this.slice.busyMs);
            await this.slice.yield();
            if (this.stopped) return;
            ({ text, nodes } = this);
          }
        }
      }
      save();
      this.endRoot();
    }
    save();
    if (!this.stopped) this.test();
    this.forget();
    this.slice.end();
    this.stats.ms = Math.round(this.slice.busyMs);
    this.running = false;
    if (this.stopped) return;
    if (!this.stats.done) {
      this.stats.done = true;
      this.events.onDone();
    }
  }

  /** A walker over the next queued root (a text node root is read at once), or undefined when none is left. */
  private nextRoot(): TreeWalker | undefined {
    for (;;) {
      if (this.queue.length === 0) this.takeMutations();
      const root = this.queue.shift();
      if (!root) return undefined;
      if (!root.isConnected) continue;
      this.root = root;
      this.walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      // A text node root is its own first node: the walker starts before it.
      if (root.nodeType === Node.TEXT_NODE) {
        const text = root as Text;
        this.stats.textNodes += 1;
        this.stats.chars += text.data.length;
        this.nodes.push(text);
        this.text += text.data;
        this.root = undefined;
        this.walker = undefined;
        continue;
      }
      return this.walker;
    }
  }

  /** After a root is read: the open shadow roots under it are read next (and watched for changes). */
  private endRoot(): void {
    const root = this.root;
    this.root = undefined;
    this.walker = undefined;
    if (!root || !('querySelectorAll' in root)) return;
    const tree = root as Element | Document | ShadowRoot;
    const hosts = customElementsIn(tree);
    if (root !== this.pageRoot) hosts.unshift(...tree.querySelectorAll(EMPTY_HOSTS));
    if (root.nodeType === Node.ELEMENT_NODE) hosts.unshift(root as Element);
    for (const host of hosts) {
      const shadowRoot = host.shadowRoot;
      if (!shadowRoot || isInSkippedSubtree(host, host.getRootNode())) continue;
      this.observer.observe(shadowRoot, OBSERVED);
      this.queue.push(shadowRoot);
      this.events.onShadowRoot(shadowRoot);
    }
  }

  /**
   * Tests the text read so far, and gives each block with a readable hint to `onHint`; keeps only the
   * text's end (and the nodes under it) for the next test.
   */
  private test(): void {
    const text = this.text;
    let starts: number[] | undefined;
    for (let at = firstHint(text); at >= 0 && !this.stopped; ) {
      starts ??= this.startsOfNodes();
      const hint = this.readableHint(at, starts);
      if (hint && !this.hinted.has(hint.block)) {
        this.hinted.add(hint.block);
        this.events.onHint(hint.block);
      }
      // The rest of a block with a hint is read with it; past a hint that is not read, the next one.
      at = firstHint(text, hint ? Math.max(hint.end, at + 1) : at + 1);
    }
    const cut = Math.max(0, text.length - OVERLAP);
    const nodes = this.nodes;
    // The nodes under the text kept, from the end back to the last one starting at or before the cut.
    const tail = this.tailStarts;
    const kept: number[] = [];
    let first = nodes.length - 1;
    for (let end = text.length; first >= 0; first -= 1) {
      const start = first >= tail.length ? (end -= nodes[first]!.data.length) : tail[first]!;
      kept.push(start);
      if (start <= cut || first === 0) break;
    }
    kept.reverse();
    this.text = text.slice(cut);
    this.nodes = nodes.slice(Math.max(0, first));
    this.tailStarts = kept.map((start) => Math.max(0, start - cut));
    this.bodyAt = this.text.length;
  }

  /** Where each node of `nodes` starts in `text` (see `text`). */
  private startsOfNodes(): number[] {
    const starts = this.tailStarts.slice();
    let at = this.bodyAt;
    for (let index = starts.length; index < this.nodes.length; index++) {
      starts.push(at);
      at += this.nodes[index]!.data.length;
    }
    return starts;
  }

  /**
   * The block of the hint at `at` in the joined text, and where that block's text ends in it, when the
   * hint lies in text the finder reads and the text of the nodes of its block read with it still holds
   * a hint (the join does not stop at blocks or skipped parts).
   */
  private readableHint(at: number, starts: readonly number[]): { block: Node; end: number } | undefined {
    let index = starts.length - 1;
    while (index > 0 && starts[index]! > at) index -= 1;
    const node = this.nodes[index];
    if (!node || !isRead(node)) return undefined;
    const block = blockOf(node);
    const together = (other: Text | undefined): boolean => !!other && (other === node || (blockOf(other) === block && isRead(other)));
    let first = index;
    let last = index;
    while (first > 0 && together(this.nodes[first - 1])) first -= 1;
    while (last + 1 < this.nodes.length && together(this.nodes[last + 1])) last += 1;
    const end = starts[last + 1] ?? this.text.length;
    return mayMention(this.text.slice(starts[first], end)) ? { block, end } : undefined;
  }

  private forget(): void {
    this.text = '';
    this.nodes = [];
    this.tailStarts = [];
    this.bodyAt = 0;
  }
}

/** True for a text node on the page whose text the finder reads. */
function isRead(node: Text): boolean {
  return node.isConnected && !isInSkippedSubtree(node, node.getRootNode());
}
