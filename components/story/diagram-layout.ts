import { ENTITY_IDS, type EntityId, type RelatedName, type Relation } from '../../data/types';

/**
 * Layout of the relation diagram: the six entities on a hexagon in the middle, their ties to each
 * other inside it, and the other names in two columns, each beside the entities it is tied to.
 */
export const DIAGRAM = {
  width: 380,
  rowHeight: 30,
  /** Hexagon half-width and half-height. */
  radiusX: 62,
  radiusY: 86,
  nodeRadius: 11,
  margin: 12,
  /** Name columns: the dot's x on each side; labels run outwards from it, wrapped to two lines. */
  leftDotX: 88,
  rightDotX: 292,
} as const;

/**
 * Where each entity sits on a flattened hexagon, as (x, y) in units of the hexagon's half-width and
 * half-height; the left three feed the left column. Rows are wide apart so two labels never touch.
 */
const SPOTS: Record<EntityId, readonly [number, number]> = {
  musk: [-0.6, -1],
  openai: [-1, 0],
  altman: [-0.6, 1],
  stargate: [0.6, -1],
  deepseek: [1, 0],
  qwen: [0.6, 1],
};

export interface EntityNode {
  readonly id: EntityId;
  readonly x: number;
  readonly y: number;
}
export interface NameNode {
  readonly id: string;
  readonly name: string;
  readonly side: 'left' | 'right';
  readonly x: number;
  readonly y: number;
  readonly tiedTo: readonly EntityId[];
}
export interface Edge {
  readonly from: EntityId;
  readonly to: string;
}
export interface DiagramLayout {
  readonly height: number;
  readonly entities: readonly EntityNode[];
  readonly names: readonly NameNode[];
  readonly edges: readonly Edge[];
}

export function layoutDiagram(relatedNames: readonly RelatedName[], relations: readonly Relation[]): DiagramLayout {
  const entityIds = new Set<string>(ENTITY_IDS);
  const edgeKeys = new Set<string>();
  const edges: Edge[] = [];
  for (const { from, to } of relations) {
    const key = [from, to].sort().join('|');
    if (from === to || edgeKeys.has(key)) continue;
    edgeKeys.add(key);
    edges.push({ from, to });
  }

  const tiedTo = (nameId: string) =>
    ENTITY_IDS.filter((id) => relations.some((r) => (r.from === id && r.to === nameId) || (r.to === id && r.from === nameId)));
  const sideOf = (id: EntityId) => (SPOTS[id][0] < 0 ? 'left' : 'right');
  const yOf = (id: EntityId) => SPOTS[id][1];
  /** `nearest` is the first of the six the name is tied to: it sets the name's column and its height. */
  type ColumnEntry = { name: RelatedName; tied: EntityId[]; nearest: EntityId };
  const columns = { left: [] as ColumnEntry[], right: [] as ColumnEntry[] };
  for (const name of relatedNames) {
    if (entityIds.has(name.id) || name.entity) continue;
    const tied = tiedTo(name.id);
    const nearest = tied[0];
    if (nearest !== undefined) columns[sideOf(nearest)].push({ name, tied, nearest });
  }
  // Names tied to the upper entities go higher, so fewer edges cross.
  for (const column of Object.values(columns)) {
    column.sort((a, b) => yOf(a.nearest) - yOf(b.nearest));
  }

  const rows = Math.max(columns.left.length, columns.right.length, 8);
  const height = rows * DIAGRAM.rowHeight + 2 * DIAGRAM.margin;
  const cx = DIAGRAM.width / 2;
  const cy = height / 2;
  const entities = ENTITY_IDS.map((id) => ({
    id,
    x: cx + DIAGRAM.radiusX * SPOTS[id][0],
    y: cy + DIAGRAM.radiusY * SPOTS[id][1] - 6,
  }));
  const names: NameNode[] = (['left', 'right'] as const).flatMap((side) => {
    const column = columns[side];
    const top = cy - (column.length * DIAGRAM.rowHeight) / 2 + DIAGRAM.rowHeight / 2;
    return column.map(({ name, tied }, index) => ({
      id: name.id,
      name: name.name,
      side,
      x: side === 'left' ? DIAGRAM.leftDotX : DIAGRAM.rightDotX,
      y: top + index * DIAGRAM.rowHeight,
      tiedTo: tied,
    }));
  });
  return { height, entities, names, edges };
}
