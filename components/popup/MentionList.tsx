import { useState } from 'preact/hooks';
import type { Entity, EntityId, UiLang } from '../../data/types';
import { t, tn } from '../../lib/i18n';
import type { PageSummary } from '../../lib/messages';
import { groupMentions, splitContext } from './page-access';

/** Mentions shown per entity before "Show n more": a long page should not bury the other names. */
const FIRST_SHOWN = 8;

interface MentionListProps {
  readonly summary: PageSummary;
  readonly entities: Readonly<Record<EntityId, Entity>>;
  readonly lang: UiLang;
  readonly onShow: (id: string) => void;
}

/** The page's mentions grouped by entity; each is its sentence (as text), and a click shows it on the page. */
export function MentionList({ summary, entities, lang, onShow }: MentionListProps) {
  const [expanded, setExpanded] = useState<ReadonlySet<EntityId>>(new Set());
  const total = Object.values(summary.counts).reduce((sum, count) => sum + count, 0);
  return (
    <div class="mentions">
      <p class="total" data-testid="mention-total">
        {tn(lang, 'popupTotal', total)}
      </p>
      {groupMentions(summary).map((group) => {
        const shown = expanded.has(group.entity) ? group.mentions : group.mentions.slice(0, FIRST_SHOWN);
        const hidden = group.mentions.length - shown.length;
        return (
          <section key={group.entity} class="group" aria-labelledby={`group-${group.entity}`} data-testid={`group-${group.entity}`}>
            <h3 id={`group-${group.entity}`}>
              <span>{entities[group.entity].name}</span>
              <span class="count" data-testid="group-count">
                {tn(lang, 'popupEntityCount', group.count)}
              </span>
            </h3>
            <ul>
              {shown.map((mention) => {
                const [before, match, after] = splitContext(mention.context, mention.text);
                return (
                  <li key={mention.id}>
                    <button
                      type="button"
                      class="mention"
                      data-mention-id={mention.id}
                      aria-label={t(lang, 'popupShowMention', mention.context)}
                      onClick={() => onShow(mention.id)}
                    >
                      {before}
                      {match && <mark>{match}</mark>}
                      {after}
                      {mention.frameId !== 0 && <span class="frame muted"> ({t(lang, 'popupInFrame')})</span>}
                    </button>
                  </li>
                );
              })}
            </ul>
            {hidden > 0 && (
              <button type="button" class="link-button more" onClick={() => setExpanded(new Set([...expanded, group.entity]))}>
                {t(lang, 'popupShowMore', hidden)}
              </button>
            )}
          </section>
        );
      })}
    </div>
  );
}
