import { article } from './article';
import { entities } from './entities';
import { ENTITY_IDS, type Entity, type Sentence, type SentenceId } from './types';

export * from './types';
export { article, YEAR_INFERRED } from './article';
export { entities } from './entities';
export { relatedNames, relations } from './related';
export { timeline } from './timeline';
export { formatFigure } from './figures';

const sentencesById: ReadonlyMap<string, Sentence> = new Map(article.sentences.map((sentence) => [sentence.id, sentence]));

export function sentenceById(id: SentenceId): Sentence | undefined {
  return sentencesById.get(id);
}

/** The six entities in ENTITY_IDS order. */
export const entityList: readonly Entity[] = ENTITY_IDS.map((id) => entities[id]);
