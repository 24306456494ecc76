import { useMemo, useState } from 'preact/hooks';
import { isEntityId, type Entity, type EntityId, type EntityKind, type RelatedName, type Relation, type UiLang } from '../../data/types';
import { t, type MessageKey } from '../../lib/i18n';
import { DIAGRAM, layoutDiagram } from './diagram-layout';

export const KIND_KEYS: Record<EntityKind, MessageKey> = {
  person: 'storyKindPerson',
  company: 'storyKindCompany',
  project: 'storyKindProject',
  model: 'storyKindModel',
};

/** The display name of one of the six or of a related name (a relation's end is either). */
export function nameOfId(id: string, entities: Readonly<Record<EntityId, Entity>>, relatedNames: readonly RelatedName[]): string {
  return isEntityId(id) ? entities[id].name : relatedNames.find((name) => name.id === id)?.name ?? id;
}

/** Splits a label into lines of about `max` characters at spaces (two at most in practice). */
export function wrapLabel(label: string, max = 13): string[] {
  const lines: string[] = [];
  for (const word of label.split(' ')) {
    const last = lines[lines.length - 1];
    if (last !== undefined && last.length + 1 + word.length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

interface RelationDiagramProps {
  readonly entities: Readonly<Record<EntityId, Entity>>;
  readonly relatedNames: readonly RelatedName[];
  readonly relations: readonly Relation[];
  readonly lang: UiLang;
  readonly onOpen: (id: EntityId) => void;
}

/**
 * The six entities and the names the article ties them to. Every node takes focus and has a name;
 * hovering or focusing one lights its ties and spells them out below; the six open their card details.
 */
export function RelationDiagram({ entities, relatedNames, relations, lang, onOpen }: RelationDiagramProps) {
  const layout = useMemo(() => layoutDiagram(relatedNames, relations), [relatedNames, relations]);
  const [active, setActive] = useState<string | null>(null);
  const nameOf = (id: string) => nameOfId(id, entities, relatedNames);
  const position = (id: string) => layout.entities.find((n) => n.id === id) ?? layout.names.find((n) => n.id === id);
  const touches = (edge: { from: string; to: string }) => active !== null && (edge.from === active || edge.to === active);
  const activeRelations = active === null ? [] : relations.filter((r) => r.from === active || r.to === active);

  const activate = (id: string) => () => setActive(id);
  const deactivate = (id: string) => () => setActive((current) => (current === id ? null : current));

  return (
    <section class="diagram" aria-labelledby="diagram-heading">
      <h2 id="diagram-heading">{t(lang, 'storyDiagramHeading')}</h2>
      <p class="muted hint">{t(lang, 'storyDiagramHint')}</p>
      <svg
        viewBox={`0 0 ${DIAGRAM.width} ${layout.height}`}
        role="group"
        aria-label={t(lang, 'storyDiagramLabel')}
        data-testid="relation-diagram"
      >
        <g class="edges" aria-hidden="true">
          {layout.edges.map((edge) => {
            const a = position(edge.from);
            const b = position(edge.to);
            if (!a || !b) return null;
            const bend = 'side' in b ? (b.x - a.x) / 2 : 0;
            return (
              <path
                key={`${edge.from}-${edge.to}`}
                class={touches(edge) ? 'edge active' : 'edge'}
                d={`M${a.x},${a.y} C${a.x + bend},${a.y} ${b.x - bend},${b.y} ${b.x},${b.y}`}
              />
            );
          })}
        </g>
        {/* The six first: they are what the keyboard wants to reach. */}
        {layout.entities.map((node) => {
          const entity = entities[node.id];
          const open = () => onOpen(node.id);
          return (
            <g
              key={node.id}
              class={active === node.id ? 'entity-node active' : 'entity-node'}
              tabIndex={0}
              role="button"
              aria-label={t(lang, 'storyNodeLabel', entity.name, t(lang, KIND_KEYS[entity.kind]))}
              data-testid={`diagram-entity-${node.id}`}
              onClick={open}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  open();
                }
              }}
              onFocus={activate(node.id)}
              onBlur={deactivate(node.id)}
              onMouseEnter={activate(node.id)}
              onMouseLeave={deactivate(node.id)}
            >
              <circle class="ring" cx={node.x} cy={node.y} r={DIAGRAM.nodeRadius + 4} />
              <circle class="dot" cx={node.x} cy={node.y} r={DIAGRAM.nodeRadius} />
              <text x={node.x} y={node.y + DIAGRAM.nodeRadius + 13} text-anchor="middle">
                {entity.name}
              </text>
            </g>
          );
        })}
        {layout.names.map((node) => {
          const lines = wrapLabel(node.name);
          const anchorX = node.side === 'left' ? node.x - 7 : node.x + 7;
          return (
            <g
              key={node.id}
              class={active === node.id ? 'name-node active' : 'name-node'}
              tabIndex={0}
              role="img"
              aria-label={t(lang, 'storyRelatedNodeLabel', node.name, node.tiedTo.map(nameOf).join(', '))}
              data-testid={`diagram-name-${node.id}`}
              onFocus={activate(node.id)}
              onBlur={deactivate(node.id)}
              onMouseEnter={activate(node.id)}
              onMouseLeave={deactivate(node.id)}
            >
              <circle class="ring" cx={node.x} cy={node.y} r={7} />
              <circle class="dot" cx={node.x} cy={node.y} r={3.5} />
              <text x={anchorX} y={node.y - (lines.length - 1) * 6 + 4} text-anchor={node.side === 'left' ? 'end' : 'start'}>
                {lines.map((line, index) => (
                  <tspan key={index} x={anchorX} dy={index === 0 ? 0 : 12}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
      </svg>
      <ul class="ties" aria-live="polite" data-testid="diagram-ties">
        {activeRelations.map((relation, index) => (
          <li key={index}>
            <strong>
              {nameOf(relation.from)} – {nameOf(relation.to)}
            </strong>
            : {relation.label[lang]}
          </li>
        ))}
      </ul>
    </section>
  );
}
