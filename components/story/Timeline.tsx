import type { TimelineEvent, UiLang } from '../../data/types';
import { t } from '../../lib/i18n';

const LOCALE: Record<UiLang, string> = { en: 'en-GB', de: 'de-DE' };

/** "2015", "August 2024" or "10 February 2025": as precise as the event's date. */
function formatWhen(when: string, lang: UiLang): string {
  const [year, month, day] = when.split('-').map(Number);
  if (year === undefined || month === undefined) return when;
  const date = new Date(Date.UTC(year, month - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { dateStyle: 'long', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(LOCALE[lang], options).format(date);
}

interface TimelineProps {
  readonly events: readonly TimelineEvent[];
  readonly lang: UiLang;
}

/** The article's dated events, oldest first; a date the article does not state outright opens its reason. */
export function Timeline({ events, lang }: TimelineProps) {
  return (
    <section class="timeline" aria-labelledby="timeline-heading">
      <h2 id="timeline-heading">{t(lang, 'storyTimelineHeading')}</h2>
      <ol>
        {events.map((event) => (
          <li key={event.id} data-testid="timeline-event">
            <div class="when">
              <time dateTime={event.when}>{formatWhen(event.when, lang)}</time>
              {event.inferred && (
                <details class="inferred">
                  <summary>{t(lang, 'storyInferred')}</summary>
                  <p>{event.inferred.reason[lang]}</p>
                </details>
              )}
            </div>
            <p class="what">{event.text[lang]}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}
