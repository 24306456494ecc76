import { describe, expect, it } from 'vitest';
import type { EntityId } from '../data/types';
import { resolveAmbiguous } from './disambiguate';
import type { Candidate } from './types';

const candidate = (text: string, name: string, entity: EntityId): Candidate => {
  const start = text.indexOf(name);
  return { entity, start, end: start + name.length, cue: 'test' };
};
const judged = (text: string, name: string, entity: EntityId): string[] =>
  resolveAmbiguous(text, [candidate(text, name, entity)]).map((m) => text.slice(m.start, m.end));

describe('resolveAmbiguous', () => {
  it('accepts a surname used as a person acting in the sentence', () => {
    expect(judged('Musk replied within minutes.', 'Musk', 'musk')).toEqual(['Musk']);
    expect(judged('Reporters asked Altman twice.', 'Altman', 'altman')).toEqual(['Altman']);
  });

  it('rejects a surname used as a common noun', () => {
    expect(judged('There was a Musk in the drawer.', 'Musk', 'musk')).toEqual([]);
  });

  it("rejects another person's given name before the surname", () => {
    expect(judged('Lisa Altman waved from the stage.', 'Altman', 'altman')).toEqual([]);
  });

  it('rejects a surname that the page ties to someone else', () => {
    const text = 'Musk replied within minutes.';
    expect(resolveAmbiguous(text, [candidate(text, 'Musk', 'musk')], { excludedPeople: ['musk'] })).toEqual([]);
  });

  it('accepts Stargate only as an acting name with money or power beside it', () => {
    expect(judged('Stargate will spend $100 billion first.', 'Stargate', 'stargate')).toEqual(['Stargate']);
    expect(judged('The Stargate glowed.', 'Stargate', 'stargate')).toEqual([]);
    expect(judged('Stargate is back.', 'Stargate', 'stargate')).toEqual([]);
  });

  it('keeps entity and span of the candidates it accepts', () => {
    const text = 'Yesterday Altman met the press.';
    expect(resolveAmbiguous(text, [candidate(text, 'Altman', 'altman')])).toEqual([{ entity: 'altman', start: 10, end: 16 }]);
  });
});
