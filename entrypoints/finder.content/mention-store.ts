import type { EntityId } from '../../data/types';
import { compareNodes } from './order';

/**
 * The mentions found in this frame, indexed by text node for hit-testing and removal. A mention's
 * number (`n`) is stable while it is on the page, also when its block is scanned again.
 */
export interface MentionRecord {
  readonly n: number;
  readonly entity: EntityId;
  /** Static: a mention whose text changes is dropped and found again, so it never needs to follow edits. */
  readonly range: StaticRange;
  readonly text: string;
  readonly context: string;
  readonly nodes: readonly Text[];
}

export interface Position {
  readonly node: Text;
  readonly offset: number;
}

export interface StoreListener {
  added(record: MentionRecord): void;
  removed(record: MentionRecord): void;
}

export class MentionStore {
  private readonly byKey = new Map<string, MentionRecord>();
  private readonly byNode = new Map<Text, Set<MentionRecord>>();
  private readonly byN = new Map<number, MentionRecord>();
  private readonly nodeIds = new WeakMap<Text, number>();
  /** Numbers of mentions removed for a rescan, given back when the same mention is found again. */
  private readonly returning = new Map<string, number>();
  private nextNodeId = 1;
  private nextN = 1;
  private ordered: MentionRecord[] | undefined;

  constructor(private readonly listener: StoreListener) {}

  get size(): number {
    return this.byKey.size;
  }

  private nodeId(node: Text): number {
    let id = this.nodeIds.get(node);
    if (id === undefined) {
      id = this.nextNodeId++;
      this.nodeIds.set(node, id);
    }
    return id;
  }

  private key(entity: EntityId, start: Position, end: Position): string {
    return `${entity}:${this.nodeId(start.node)}.${start.offset}-${this.nodeId(end.node)}.${end.offset}`;
  }

  /** Adds a mention; a mention already known (same place, same entity) is returned as it is. */
  add(entity: EntityId, start: Position, end: Position, nodes: readonly Text[], context: string): MentionRecord {
    const key = this.key(entity, start, end);
    const known = this.byKey.get(key);
    if (known) return known;
    const n = this.returning.get(key) ?? this.nextN++;
    this.returning.delete(key);
    const bounds = { startContainer: start.node, startOffset: start.offset, endContainer: end.node, endOffset: end.offset };
    // Browsers without StaticRange have no CSS highlights either: the wrap fallback reads the bounds alone.
    const range = typeof StaticRange === 'function' ? new StaticRange(bounds) : ({ ...bounds, collapsed: false } as StaticRange);
    const text = nodes
      .map((node) => node.data.slice(node === start.node ? start.offset : 0, node === end.node ? end.offset : undefined))
      .join('');
    const record: MentionRecord = { n, entity, range, text, context, nodes };
    this.byKey.set(key, record);
    this.byN.set(n, record);
    for (const node of nodes) {
      let set = this.byNode.get(node);
      if (!set) this.byNode.set(node, (set = new Set()));
      set.add(record);
    }
    this.ordered = undefined;
    this.listener.added(record);
    return record;
  }

  private remove(record: MentionRecord, willReturn: boolean): void {
    const key = this.key(
      record.entity,
      { node: record.range.startContainer as Text, offset: record.range.startOffset },
      { node: record.range.endContainer as Text, offset: record.range.endOffset },
    );
    if (!this.byKey.delete(key)) return;
    if (willReturn) this.returning.set(key, record.n);
    this.byN.delete(record.n);
    for (const node of record.nodes) {
      const set = this.byNode.get(node);
      set?.delete(record);
      if (set?.size === 0) this.byNode.delete(node);
    }
    this.ordered = undefined;
    this.listener.removed(record);
  }

  /** Drops the mentions of a text node whose text changed (they may come back from the rescan with their numbers). */
  removeNode(node: Text): void {
    for (const record of [...(this.byNode.get(node) ?? [])]) this.remove(record, false);
  }

  /** Drops the mentions under `root` before it is scanned again; the same mentions found again keep their numbers. */
  removeWithin(root: Node): void {
    for (const [node, records] of [...this.byNode]) {
      if (root.contains(node)) for (const record of [...records]) this.remove(record, true);
    }
  }

  /** Drops mentions whose text left the page. */
  removeDisconnected(): void {
    for (const [node, records] of [...this.byNode]) {
      if (!node.isConnected) for (const record of [...records]) this.remove(record, false);
    }
  }

  removeAll(): void {
    for (const record of [...this.byKey.values()]) this.remove(record, false);
    this.returning.clear();
  }

  /** Numbers held for mentions that a rescan did not find again are released. */
  settle(): void {
    this.returning.clear();
  }

  at(node: Node): readonly MentionRecord[] {
    return node.nodeType === Node.TEXT_NODE ? [...(this.byNode.get(node as Text) ?? [])] : [];
  }

  get(n: number): MentionRecord | undefined {
    return this.byN.get(n);
  }

  /** In document order (shadow trees where their hosts are). */
  all(): readonly MentionRecord[] {
    this.ordered ??= [...this.byKey.values()].sort(
      (a, b) => compareNodes(a.range.startContainer, b.range.startContainer) || a.range.startOffset - b.range.startOffset,
    );
    return this.ordered;
  }

  count(entity: EntityId): number {
    let count = 0;
    for (const record of this.byKey.values()) if (record.entity === entity) count += 1;
    return count;
  }

  entities(): Set<EntityId> {
    return new Set([...this.byKey.values()].map((record) => record.entity));
  }
}

/** A live Range over a mention, for measuring and scrolling. */
export function liveRange(record: MentionRecord): Range {
  const range = document.createRange();
  range.setStart(record.range.startContainer, record.range.startOffset);
  range.setEnd(record.range.endContainer, record.range.endOffset);
  return range;
}
