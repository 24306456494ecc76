import { isEntityId, type Entity, type EntityId, type UiLang } from '../../data/types';
import { t, type MessageKey } from '../../lib/i18n';
import { SETTINGS_FIELDS, type ImportProblem } from '../../lib/settings';

const FIELD_LABELS: Record<string, MessageKey> = {
  entities: 'optionsEntitiesHeading',
  highlightStyle: 'optionsStyleLabel',
  highlightColor: 'optionsColorLabel',
  hoverDelayMs: 'optionsDelayLabel',
  cardLanguage: 'optionsLanguageLabel',
  paused: 'optionsPauseLabel',
  showBadge: 'optionsBadgeLabel',
  settings: 'optionsCorruptAll',
  version: 'optionsFieldVersion',
  disabledSites: 'optionsSitesHeading',
};

/** A stored or imported field as the options page names it: "Hover delay", "Names to mark: Qwen". */
export function fieldLabel(lang: UiLang, field: string, entities: Readonly<Record<EntityId, Entity>>): string {
  const [head, entity] = field.split('.', 2);
  const key = head === undefined ? undefined : FIELD_LABELS[head];
  if (!key) return field;
  const label = t(lang, key);
  return isEntityId(entity) ? `${label}: ${entities[entity].name}` : label;
}

/** One sentence per thing wrong with an import file. */
export function describeImportProblem(lang: UiLang, problem: ImportProblem, entities: Readonly<Record<EntityId, Entity>>): string {
  switch (problem.code) {
    case 'too-large':
      return t(lang, 'optionsImportTooLarge');
    case 'not-json':
      return t(lang, 'optionsImportNotJson', problem.detail);
    case 'not-settings-file':
      return t(lang, 'optionsImportNotSettings');
    case 'newer-version':
      return t(lang, 'optionsImportNewer', problem.version);
    case 'bad-site':
      return t(lang, 'optionsImportBadSite', problem.value);
    case 'bad-field': {
      const known = (SETTINGS_FIELDS as string[]).includes(problem.field.split('.')[0] ?? '') || problem.field in FIELD_LABELS;
      return known
        ? t(lang, 'optionsImportBadField', fieldLabel(lang, problem.field, entities))
        : t(lang, 'optionsImportUnknownField', problem.field);
    }
  }
}
