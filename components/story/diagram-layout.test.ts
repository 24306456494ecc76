import { describe, expect, it } from 'vitest';
import { relatedNames, relations } from '../../data';
import { ENTITY_IDS } from '../../data/types';
import { DIAGRAM, layoutDiagram } from './diagram-layout';
import { wrapLabel } from './RelationDiagram';

describe('relation diagram layout', () => {
  const layout = layoutDiagram(relatedNames, relations);

  it('draws the six entities and every name tied to them, each once', () => {
    expect(layout.entities.map((node) => node.id)).toEqual([...ENTITY_IDS]);
    const tied = new Set(relations.flatMap((r) => [r.from, r.to]).filter((id) => !(ENTITY_IDS as readonly string[]).includes(id)));
    expect(new Set(layout.names.map((node) => node.id))).toEqual(tied);
  });

  it('has an edge for every tie, and every edge ends at a drawn node', () => {
    const drawn = new Set([...layout.entities.map((n) => n.id), ...layout.names.map((n) => n.id)]);
    for (const relation of relations) {
      expect(layout.edges.some((e) => (e.from === relation.from && e.to === relation.to) || (e.from === relation.to && e.to === relation.from))).toBe(true);
    }
    expect(layout.edges.every((edge) => drawn.has(edge.from) && drawn.has(edge.to))).toBe(true);
  });

  it('keeps every node inside the drawing and rows of a column apart', () => {
    for (const node of [...layout.entities, ...layout.names]) {
      expect(node.x).toBeGreaterThan(0);
      expect(node.x).toBeLessThan(DIAGRAM.width);
      expect(node.y).toBeGreaterThan(0);
      expect(node.y).toBeLessThan(layout.height);
    }
    for (const side of ['left', 'right'] as const) {
      const ys = layout.names.filter((n) => n.side === side).map((n) => n.y).sort((a, b) => a - b);
      ys.slice(1).forEach((y, i) => expect(y - ys[i]!).toBeGreaterThanOrEqual(DIAGRAM.rowHeight));
    }
  });

  it('wraps long names onto two lines at spaces', () => {
    expect(wrapLabel('Valor Equity Partners')).toEqual(['Valor Equity', 'Partners']);
    expect(wrapLabel('xAI')).toEqual(['xAI']);
  });
});
