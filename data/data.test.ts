import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  ENTITY_IDS,
  article,
  entities,
  entityList,
  isEntityId,
  relatedNames,
  relations,
  sentenceById,
  timeline,
  type Fact,
  type Figure,
  type SentenceId,
} from './index';

/** The article as shipped in ../shared; CI always has it, a developer's checkout may not. */
const SEED_PATH = fileURLToPath(new URL('../../shared/seed/000_37de1b6d01b33ede.txt', import.meta.url));
const IMAGE_FILE_NAME = /\.(?:gif|jpe?g|png|webp)$/i;

function readSeed(): string | undefined {
  if (existsSync(SEED_PATH)) return readFileSync(SEED_PATH, 'utf8');
  console.log(`Seed article not found at ${SEED_PATH}: the check against it was left out.`);
  expect(process.env.CI, 'CI must have ../shared beside the repo').not.toBe('true');
  return undefined;
}

const allFacts: readonly Fact[] = entityList.flatMap((entity) => entity.facts);

function citedText(sources: readonly SentenceId[]): string {
  return sources.map((id) => sentenceById(id)?.de ?? '').join(' ');
}

function expectUnique(ids: readonly string[]): void {
  expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
}

// German number normaliser: "97,4 Milliarden" is 97.4e9; German "Billionen" are trillions (long scale).
const SCALE_WORDS: Readonly<Record<string, number>> = { Millionen: 1e6, Milliarden: 1e9, Billionen: 1e12 };
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  ein: 1, einem: 1, einer: 1, zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10,
};
const GERMAN_MONTHS = [
  'Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember',
] as const;
const HEDGES = /^(?:etwa|rund|ca\.|ungefähr|knapp)$/;

function parseGermanNumber(token: string): number {
  const word = NUMBER_WORDS[token.toLowerCase()];
  if (word !== undefined) return word;
  return Number(token.replaceAll('.', '').replace(',', '.'));
}

interface StatedAmount {
  readonly amount: number;
  readonly approximate: boolean;
}

/** Sums of money stated with a number, e.g. "etwa 8 Milliarden Dollar" → 8e9, approximate. */
function statedAmounts(text: string): StatedAmount[] {
  const pattern = /(?:(\S+)\s+)?(\d{1,3}(?:\.\d{3})*(?:,\d+)?)\s+(Millionen|Milliarden|Billionen)\b/g;
  return [...text.matchAll(pattern)].map(([, before, number = '', scale = '']) => ({
    amount: Math.round(parseGermanNumber(number) * (SCALE_WORDS[scale] ?? Number.NaN)),
    approximate: before !== undefined && HEDGES.test(before),
  }));
}

/** "Billionen von Dollar" without a number: an unspecified number of trillions. */
function statesTrillions(text: string): boolean {
  return /(?<!\d\s)\bBillionen (?:von )?(?:US-)?Dollar/.test(text);
}

function statedDurationsInYears(text: string): number[] {
  return [...text.matchAll(/(\d+|\p{L}+)\s+Jahr(?:e|en)?\b/gu)].map(([, number = '']) => parseGermanNumber(number));
}

function hasYear(text: string, year: number): boolean {
  return new RegExp(`\\b${year}\\b`).test(text);
}

/** Why a figure is not found in the cited text, or undefined when it is. */
function figureProblem(figure: Figure, text: string): string | undefined {
  switch (figure.kind) {
    case 'money': {
      if (figure.inferred) return undefined;
      const stated = statedAmounts(text).find(({ amount }) => amount === Math.round(figure.amount));
      if (!stated) return `${figure.amount} not stated`;
      return stated.approximate === (figure.approximate ?? false) ? undefined : `${figure.amount}: approximate mismatch`;
    }
    case 'money-magnitude':
      return statesTrillions(text) ? undefined : 'trillions not stated';
    case 'date': {
      const [year = '', month = '', day = ''] = figure.iso.split('-');
      const dayMonth = `${Number(day)}. ${GERMAN_MONTHS[Number(month) - 1] ?? '?'}`;
      if (!text.includes(dayMonth)) return `${dayMonth} not stated`;
      return figure.inferred || hasYear(text, Number(year)) ? undefined : `${year} not stated nor inferred`;
    }
    case 'year':
      return figure.inferred || hasYear(text, figure.year) ? undefined : `${figure.year} not stated`;
    case 'duration':
      return statedDurationsInYears(text).includes(figure.years) ? undefined : `${figure.years} years not stated`;
  }
}

function inferredReasons(figure: Figure): string[] {
  const inferred = 'inferred' in figure ? figure.inferred : undefined;
  return inferred ? [inferred.reason.en, inferred.reason.de] : [];
}

/** Every string anywhere in the data, with its path, to find empty ones. */
function strings(value: unknown, path: string): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, index) => strings(item, `${path}[${index}]`));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([key, item]) => strings(item, `${path}.${key}`));
  return [];
}

describe('the normaliser used below', () => {
  it('reads German amounts, trillions, durations and hedges', () => {
    expect(statedAmounts('für 97,4 Milliarden USD und etwa 8 Milliarden Dollar')).toEqual([
      { amount: 97.4e9, approximate: false },
      { amount: 8e9, approximate: true },
    ]);
    expect(statedAmounts('9,74 Milliarden Dollar')).toEqual([{ amount: 9.74e9, approximate: false }]);
    expect(statesTrillions('um Billionen von Dollar')).toBe(true);
    expect(statesTrillions('um 2 Billionen Dollar')).toBe(false);
    expect(statedDurationsInYears('innerhalb von vier Jahren')).toEqual([4]);
  });
});

describe('article', () => {
  it('has sentences s01, s02, … in order, with paragraphs in order', () => {
    article.sentences.forEach((sentence, index) => {
      expect(sentence.id).toBe(`s${String(index + 1).padStart(2, '0')}`);
      const previous = article.sentences[index - 1]?.paragraph ?? 0;
      expect(sentence.paragraph - previous, sentence.id).toBeGreaterThanOrEqual(0);
      expect(sentence.paragraph - previous, sentence.id).toBeLessThanOrEqual(1);
    });
    expect(article.sentences[0]?.paragraph).toBe(0);
    expectUnique(article.sentences.map(({ id }) => id));
  });

  it('marks the year as inferred, with a reason', () => {
    expect(article.published.month).toBe('2025-02');
    expect(article.published.inferred.reason.en).toMatch(/\S/);
    expect(article.published.inferred.reason.de).toMatch(/\S/);
  });

  it('quotes every sentence verbatim from the seed article', () => {
    const seed = readSeed();
    if (seed === undefined) return;
    for (const sentence of article.sentences) expect(seed, sentence.id).toContain(sentence.de);
  });

  it('covers all of the seed article’s prose, paragraph by paragraph', () => {
    const seed = readSeed();
    if (seed === undefined) return;
    const prose = seed
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter((line) => line !== '' && !IMAGE_FILE_NAME.test(line));
    const paragraphs: string[] = [];
    for (const sentence of article.sentences) {
      const paragraph = paragraphs[sentence.paragraph];
      paragraphs[sentence.paragraph] = paragraph === undefined ? sentence.de : `${paragraph} ${sentence.de}`;
    }
    expect(paragraphs).toEqual(prose);
  });
});

describe('citations and ids', () => {
  it('cites only sentences that exist, at least one each time', () => {
    const citations: [string, readonly SentenceId[]][] = [
      ...entityList.map((entity): [string, readonly SentenceId[]] => [`${entity.id} summary`, entity.summarySources]),
      ...allFacts.map((fact): [string, readonly SentenceId[]] => [fact.id, fact.sources]),
      ...relations.map((relation): [string, readonly SentenceId[]] => [`${relation.from}->${relation.to}`, relation.sources]),
      ...timeline.map((event): [string, readonly SentenceId[]] => [event.id, event.sources]),
    ];
    for (const [what, sources] of citations) {
      expect(sources.length, what).toBeGreaterThan(0);
      expectUnique(sources);
      for (const id of sources) expect(sentenceById(id), `${what} cites ${id}`).toBeDefined();
    }
  });

  it('keeps ids unique', () => {
    expectUnique(allFacts.map(({ id }) => id));
    expectUnique(relatedNames.map(({ id }) => id));
    expectUnique(timeline.map(({ id }) => id));
  });

  it('has no empty text in either language anywhere', () => {
    const data = { article, entities, relatedNames, relations, timeline };
    const empty = strings(data, 'data').filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });
});

describe('entities', () => {
  it('lists the six in ENTITY_IDS order, each under its own id', () => {
    expect(entityList.map(({ id }) => id)).toEqual([...ENTITY_IDS]);
    for (const id of ENTITY_IDS) expect(entities[id].id).toBe(id);
  });

  it('gives each a summary and two or more facts', () => {
    for (const entity of entityList) {
      expect(entity.summary.en, entity.id).toMatch(/\S/);
      expect(entity.summary.de, entity.id).toMatch(/\S/);
      expect(entity.facts.length, entity.id).toBeGreaterThanOrEqual(2);
    }
  });

  it('finds every figure of a fact in a cited sentence, or marks it inferred with a reason', () => {
    for (const fact of allFacts) {
      const text = citedText(fact.sources);
      for (const figure of fact.figures) {
        expect(figureProblem(figure, text), `${fact.id}: ${JSON.stringify(figure)}`).toBeUndefined();
        for (const reason of inferredReasons(figure)) expect(reason, fact.id).toMatch(/\S/);
      }
    }
  });

  it('has a figure for every sum a fact states', () => {
    for (const fact of allFacts) {
      const amounts = fact.figures.flatMap((figure) => (figure.kind === 'money' ? [Math.round(figure.amount)] : []));
      for (const { amount } of statedAmounts(fact.text.de)) expect(amounts, fact.id).toContain(amount);
      if (statesTrillions(fact.text.de)) expect(fact.figures.map(({ kind }) => kind), fact.id).toContain('money-magnitude');
    }
  });

  it('records that the article calls Altman both CEO and former CEO of OpenAI', () => {
    const role = entities.altman.facts.find(({ id }) => id === 'altman-role');
    const formerCeo = article.sentences.find(({ de }) => de.includes('ehemaligen CEO von OpenAI, Sam Altman'));
    const ceo = article.sentences.find(({ de }) => de.includes('OpenAI-CEO Sam Altman'));
    expect(formerCeo && ceo).toBeDefined();
    expect(role?.sources).toEqual(expect.arrayContaining([formerCeo?.id, ceo?.id]));
    expect(role?.caveat?.de).toContain('ehemaligen CEO');
    expect(role?.caveat?.de).toContain('OpenAI-CEO');
    expect(role?.caveat?.en).toMatch(/former CEO/);
  });

  // The article gives no figure for Qwen (the trillions it reports are the two Chinese models' together).
  it('gives Qwen no figure', () => {
    for (const fact of entities.qwen.facts) expect(fact.figures, fact.id).toEqual([]);
  });

  it('dates the bid: $97.4 billion on 10 February 2025, year inferred', () => {
    const bid = entities.musk.facts.find(({ id }) => id === 'musk-bid');
    expect(bid?.figures).toContainEqual({ kind: 'money', amount: 97.4e9, currency: 'USD' });
    const date = bid?.figures.find((figure) => figure.kind === 'date');
    expect(date).toMatchObject({ kind: 'date', iso: '2025-02-10', inferred: { inferred: true } });
    expect(date && inferredReasons(date).every((reason) => reason.trim() !== '')).toBe(true);
  });
});

describe('related names and relations', () => {
  it('links the six by their entity ids and nothing else', () => {
    for (const name of relatedNames) {
      expect(name.entity, name.id).toBe(isEntityId(name.id) ? name.id : undefined);
      if (name.entity) expect(name.name).toBe(entities[name.entity].name);
    }
  });

  it('ties each relation to a known name, and each name to a relation', () => {
    const ids = relatedNames.map(({ id }) => id);
    for (const relation of relations) {
      expect(ids, relation.to).toContain(relation.to);
      expect(relation.to).not.toBe(relation.from);
    }
    const used = new Set(relations.flatMap(({ from, to }) => [from, to]));
    expect(ids.filter((id) => !used.has(id))).toEqual([]);
  });
});

describe('timeline', () => {
  const bounds = (when: string): [string, string] => {
    const [year = '', month, day] = when.split('-');
    if (day) return [when, when];
    if (month) return [`${year}-${month}-01`, `${year}-${month}-31`];
    return [`${year}-01-01`, `${year}-12-31`];
  };

  it('uses ISO dates as precise as the article allows', () => {
    for (const event of timeline) expect(event.when, event.id).toMatch(/^\d{4}(?:-\d{2}(?:-\d{2})?)?$/);
  });

  it('is in chronological order as far as the dates are known', () => {
    timeline.forEach((later, index) => {
      for (const earlier of timeline.slice(0, index)) {
        expect(bounds(later.when)[1] >= bounds(earlier.when)[0], `${earlier.id} before ${later.id}`).toBe(true);
      }
    });
  });

  it('quotes the wording of each date unless it is inferred, with a reason', () => {
    for (const event of timeline) {
      if (event.inferred) {
        expect(event.inferred.reason.en, event.id).toMatch(/\S/);
        expect(event.inferred.reason.de, event.id).toMatch(/\S/);
      } else {
        expect(citedText(event.sources), event.id).toContain(event.whenAsWritten);
      }
    }
  });

  it('infers 2025 for the bid on Monday, 10 February', () => {
    const bid = timeline.find(({ id }) => id === 'musk-bid');
    expect(bid).toMatchObject({ when: '2025-02-10', whenAsWritten: 'am Montag (10. Februar)', inferred: { inferred: true } });
    expect(citedText(bid?.sources ?? [])).toContain(bid?.whenAsWritten);
  });
});
