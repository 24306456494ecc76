import { useState } from 'preact/hooks';
import type { Article, Entity, EntityId, Figure, RelatedName, Relation, TimelineEvent, UiLang } from '../../data/types';
import { EntityDetails } from './EntityDetails';
import { RelationDiagram } from './RelationDiagram';
import { Timeline } from './Timeline';

export interface StoryData {
  readonly article: Article;
  readonly entities: Readonly<Record<EntityId, Entity>>;
  readonly relatedNames: readonly RelatedName[];
  readonly relations: readonly Relation[];
  readonly timeline: readonly TimelineEvent[];
  readonly formatFigure: (figure: Figure, lang: UiLang) => string;
}

interface StoryProps {
  readonly data: StoryData;
  readonly lang: UiLang;
}

/** The story at a glance: the relation diagram and the timeline; a node of the six opens its card details. */
export function Story({ data, lang }: StoryProps) {
  const [open, setOpen] = useState<EntityId | null>(null);
  if (open) {
    return (
      <EntityDetails
        entity={data.entities[open]}
        entities={data.entities}
        relatedNames={data.relatedNames}
        relations={data.relations}
        article={data.article}
        formatFigure={data.formatFigure}
        lang={lang}
        onOpen={setOpen}
        onBack={() => {
          const id = open;
          setOpen(null);
          // Back where the reader was: the node they opened.
          requestAnimationFrame(() => document.querySelector<SVGGElement>(`[data-testid="diagram-entity-${id}"]`)?.focus());
        }}
      />
    );
  }
  return (
    <div class="story">
      <RelationDiagram
        entities={data.entities}
        relatedNames={data.relatedNames}
        relations={data.relations}
        lang={lang}
        onOpen={setOpen}
      />
      <Timeline events={data.timeline} lang={lang} />
    </div>
  );
}
