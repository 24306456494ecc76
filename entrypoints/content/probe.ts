import { mayMention } from './prefilter';
import { Slice } from './schedule';
import { blockOf, isInSkippedSubtree, isSkippedElement, walkPassages, type WalkItem } from './walker';

export interface ProbeStats {
  textNodes: number;
  chars: number;
  ms: number;
  done: boolean;
}

/**
 * What every page pays: one sliced walk over its text, and over text added later, looking only for a
 * hint of one of the six names. At the first hint `onHint` runs and the probe ends: the card script then
 * reads the page for real.
 */
export class Probe {
  readonly stats: ProbeStats = { textNodes: 0, chars: 0, ms: 0, done: false };
  private readonly queue: Node[] = [];
  private readonly observer: MutationObserver;
  private readonly slice = new Slice();
  private running = false;
  private stopped = false;

  constructor(
    private readonly onHint: () => void,
    private readonly onDone: () => void,
  ) {
    this.observer = new MutationObserver((records) => this.onMutations(records));
  }

  start(): void {
    this.observer.observe(document, { childList: true, subtree: true, characterData: true });
    this.enqueue(document.body ?? document.documentElement);
  }

  stop(): void {
    this.stopped = true;
    this.queue.length = 0;
    this.observer.disconnect();
  }

  private onMutations(records: readonly MutationRecord[]): void {
    for (const record of records) {
      if (record.type === 'characterData') this.enqueue(record.target);
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.ELEMENT_NODE && isSkippedElement(node as Element)) continue;
        if (node.nodeType === Node.TEXT_NODE) this.enqueue(blockOf(node));
        else this.enqueue(node);
      }
    }
  }

  private enqueue(root: Node): void {
    if (this.stopped || !root.isConnected || isInSkippedSubtree(root, root.getRootNode())) return;
    this.queue.push(root);
    if (!this.running) void this.run();
  }

  private async run(): Promise<void> {
    this.running = true;
    this.slice.restart();
    const stack: Generator<WalkItem, void, undefined>[] = [];
    while (!this.stopped && (stack.length || this.queue.length)) {
      if (!stack.length) stack.push(walkPassages(this.queue.shift()!));
      const step = stack[stack.length - 1]!.next();
      if (step.done) stack.pop();
      else if ('shadowRoot' in step.value) {
        this.observer.observe(step.value.shadowRoot, { childList: true, subtree: true, characterData: true });
        stack.push(walkPassages(step.value.shadowRoot));
      } else {
        const { text, pieces } = step.value.passage;
        this.stats.textNodes += pieces.length;
        this.stats.chars += text.length;
        if (mayMention(text)) {
          this.slice.end();
          this.stats.ms = Math.round(this.slice.busyMs);
          this.stop();
          this.onHint();
          return;
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
    if (!this.stats.done) {
      this.stats.done = true;
      this.onDone();
    }
  }
}
