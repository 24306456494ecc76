import { useEffect, useRef } from 'preact/hooks';
import { isEntityId, type Article, type Entity, type EntityId, type Figure, type RelatedName, type Relation, type SentenceId, type UiLang } from '../../data/types';
import { t } from '../../lib/i18n';
import { KIND_KEYS, nameOfId } from './RelationDiagram';

interface EntityDetailsProps {
  readonly entity: Entity;
  readonly entities: Readonly<Record<EntityId, Entity>>;
  readonly relatedNames: readonly RelatedName[];
  readonly relations: readonly Relation[];
  readonly article: Article;
  readonly formatFigure: (figure: Figure, lang: UiLang) => string;
  readonly lang: UiLang;
  readonly onBack: () => void;
  readonly onOpen: (id: EntityId) => void;
}

/** What a card says about one entity, inside the popup: summary, facts with figures, ties and source sentences. */
export function EntityDetails({ entity, entities, relatedNames, relations, article, formatFigure, lang, onBack, onOpen }: EntityDetailsProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [entity.id]);

  const nameOf = (id: string) => nameOfId(id, entities, relatedNames);
  const ties = relations.filter((r) => r.from === entity.id || r.to === entity.id);
  const cited = new Set<SentenceId>([...entity.summarySources, ...entity.facts.flatMap((fact) => fact.sources)]);
  const sentences = article.sentences.filter((sentence) => cited.has(sentence.id));

  return (
    <article class="details" aria-labelledby="details-heading" data-testid="entity-details">
      <button type="button" class="link-button back" onClick={onBack}>
        ← {t(lang, 'storyBack')}
      </button>
      <h2 id="details-heading" tabIndex={-1} ref={heading}>
        {entity.name}
      </h2>
      <p class="kind muted">{t(lang, KIND_KEYS[entity.kind])}</p>
      <p class="summary">{entity.summary[lang]}</p>

      <h3>{t(lang, 'storyFacts')}</h3>
      <ul class="facts">
        {entity.facts.map((fact) => (
          <li key={fact.id}>
            <p>{fact.text[lang]}</p>
            {fact.figures.length > 0 && (
              <ul class="figures">
                {fact.figures.map((figure, index) => (
                  <li key={index}>{formatFigure(figure, lang)}</li>
                ))}
              </ul>
            )}
            {fact.caveat && <p class="caveat">{t(lang, 'storyCaveat', fact.caveat[lang])}</p>}
          </li>
        ))}
      </ul>

      {ties.length > 0 && (
        <>
          <h3>{t(lang, 'storyRelations')}</h3>
          <ul class="relations">
            {ties.map((relation, index) => {
              const other = relation.from === entity.id ? relation.to : relation.from;
              return (
                <li key={index}>
                  {isEntityId(other) ? (
                    <button type="button" class="link-button" onClick={() => onOpen(other)}>
                      {nameOf(other)}
                    </button>
                  ) : (
                    <strong>{nameOf(other)}</strong>
                  )}
                  : {relation.label[lang]}
                </li>
              );
            })}
          </ul>
        </>
      )}

      <h3>{t(lang, 'storySources')}</h3>
      <ul class="sources">
        {sentences.map((sentence) => (
          <li key={sentence.id}>
            <blockquote lang="de">{sentence.de}</blockquote>
            {lang === 'en' && <p class="translation muted">{t(lang, 'storyTranslation', sentence.en)}</p>}
          </li>
        ))}
      </ul>
      <p class="source-line muted">{article.sourceLine[lang]}</p>
    </article>
  );
}
