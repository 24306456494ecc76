import { useLayoutEffect, useRef } from 'preact/hooks';
import { article, entities, formatFigure, relatedNames, relations, sentenceById, type EntityId, type EntityKind, type UiLang } from '../data';
import { t, type MessageKey } from '../lib/i18n';

/** What the article says about one entity, as a card beside its mention on a page. */
export interface CardProps {
  readonly entity: EntityId;
  readonly lang: UiLang;
  /** How many times the page mentions the entity. */
  readonly mentionCount: number;
  readonly pinned: boolean;
  readonly onPin: () => void;
  readonly onClose: () => void;
  /** A click on a related name that is one of the six. */
  readonly onSwitch: (entity: EntityId) => void;
  /** Move focus into the card (only when the reader asked for it from the keyboard). */
  readonly focusOnOpen?: boolean;
}

const KIND_KEYS: Readonly<Record<EntityKind, MessageKey>> = {
  person: 'cardKindPerson',
  company: 'cardKindCompany',
  project: 'cardKindProject',
  model: 'cardKindModel',
};

const MAX_FACTS = 3;
const MAX_RELATED = 8;

interface Related {
  readonly key: string;
  readonly name: string;
  readonly entity?: EntityId;
  readonly label: string;
}

/** What a card shows about an entity that does not depend on the page: worked out once per entity and language. */
interface CardView {
  readonly related: readonly Related[];
  readonly source: ReturnType<typeof sentenceById>;
}

const views = new Map<string, CardView>();

function viewOf(entity: EntityId, lang: UiLang): CardView {
  const key = `${entity}:${lang}`;
  let view = views.get(key);
  if (!view) {
    const source = entities[entity].summarySources.map(sentenceById).find((sentence) => sentence !== undefined);
    views.set(key, (view = { related: relatedTo(entity, lang), source }));
  }
  return view;
}

function relatedTo(entity: EntityId, lang: UiLang): Related[] {
  const seen = new Set<string>();
  const out: Related[] = [];
  for (const relation of relations) {
    const other = relation.from === entity ? relation.to : relation.to === entity ? relation.from : undefined;
    if (!other || other === entity || seen.has(other)) continue;
    seen.add(other);
    const name = relatedNames.find((related) => related.id === other);
    if (name) out.push({ key: other, name: name.name, entity: name.entity, label: relation.label[lang] });
  }
  return out.slice(0, MAX_RELATED);
}

export function Card({ entity, lang, mentionCount, pinned, onPin, onClose, onSwitch, focusOnOpen }: CardProps) {
  const data = entities[entity];
  const dialog = useRef<HTMLElement>(null);
  const titleId = `context-cards-title-${entity}`;
  const { related, source } = viewOf(entity, lang);

  useLayoutEffect(() => {
    if (focusOnOpen) dialog.current?.focus();
  }, [focusOnOpen, entity]);

  return (
    <section class="card" role="dialog" aria-labelledby={titleId} tabIndex={-1} ref={dialog} lang={lang}>
      <header class="head">
        <div>
          <h2 id={titleId} class="name">
            {data.name}
          </h2>
          <p class="kind">{t(lang, KIND_KEYS[data.kind])}</p>
        </div>
        <div class="actions">
          <button type="button" class="icon" aria-pressed={pinned} title={t(lang, pinned ? 'cardUnpin' : 'cardPin')} aria-label={t(lang, pinned ? 'cardUnpin' : 'cardPin')} onClick={onPin}>
            <svg viewBox="0 0 16 16" aria-hidden="true" width="16" height="16">
              <path d="M5 1h6v1.5l-1 1V7l2.5 2.5V11H8.75v4L8 16l-.75-1v-4H3.5V9.5L6 7V3.5l-1-1z" fill={pinned ? 'currentColor' : 'none'} stroke="currentColor" stroke-width="1.2" stroke-linejoin="round" />
            </svg>
          </button>
          <button type="button" class="icon" title={t(lang, 'cardClose')} aria-label={t(lang, 'cardClose')} onClick={onClose}>
            <svg viewBox="0 0 16 16" aria-hidden="true" width="16" height="16">
              <path d="M4 4l8 8M12 4l-8 8" stroke="currentColor" stroke-width="1.6" stroke-linecap="round" />
            </svg>
          </button>
        </div>
      </header>

      <p class="summary">{data.summary[lang]}</p>

      <h3 class="label">{t(lang, 'cardFacts')}</h3>
      <ul class="facts">
        {data.facts.slice(0, MAX_FACTS).map((fact) => (
          <li key={fact.id}>
            {fact.figures.length > 0 && (
              <span class="figures">
                {fact.figures.map((figure, index) => (
                  <strong key={index} class="figure">
                    {formatFigure(figure, lang)}
                  </strong>
                ))}
              </span>
            )}
            <span class="fact">{fact.text[lang]}</span>
            {fact.caveat && <span class="caveat">{t(lang, 'cardCaveat', fact.caveat[lang])}</span>}
          </li>
        ))}
      </ul>

      {source && (
        <figure class="source">
          <h3 class="label">{t(lang, 'cardSourceSentence')}</h3>
          <blockquote lang="de">{source.de}</blockquote>
          <figcaption lang="en">
            <span class="visually-hidden">{t(lang, 'cardTranslation')} </span>
            {source.en}
          </figcaption>
        </figure>
      )}

      <h3 class="label">{t(lang, 'cardRelated')}</h3>
      <ul class="related">
        {related.map(({ key, name, entity: oneOfTheSix, label }) => (
          <li key={key} title={label}>
            {oneOfTheSix ? (
              <button type="button" class="link" onClick={() => onSwitch(oneOfTheSix)}>
                {name}
              </button>
            ) : (
              <span>{name}</span>
            )}
          </li>
        ))}
      </ul>

      <footer class="foot">
        <p class="count">{t(lang, mentionCount === 1 ? 'cardMentions_one' : 'cardMentions_other', mentionCount)}</p>
        <p class="source-line">{article.sourceLine[lang]}</p>
      </footer>
    </section>
  );
}
