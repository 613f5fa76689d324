// at_war_with between states and armed organizations (relations.conflicts and relations.actions), on
// sentences written for these tests, with the cases that must give nothing.
import { describe, expect, it } from 'vitest';
import { extract, extractDocument } from '../../src/extract/index.ts';
import { candidates } from '../../src/extract/relations/candidates.ts';
import { contextOf } from '../../src/extract/relations/context.ts';
import { RELATION_TYPES } from '../../src/types.ts';

/** The at_war_with drafts of the rules, as "a | b" with the two names sorted. */
function wars(text: string): string[] {
  const doc = extractDocument({ id: 'doc', text });
  return doc.drafts.filter((d) => d.type === 'at_war_with').map((d) => [d.source.name, d.target.name].sort().join(' | '));
}

describe('at_war_with', () => {
  it('joins states and organizations, either way round', () => {
    expect(RELATION_TYPES.at_war_with.source).toEqual(['state', 'organization']);
    expect(RELATION_TYPES.at_war_with.target).toEqual(['state', 'organization']);
    expect(RELATION_TYPES.at_war_with.symmetric).toBe(true);
  });

  it('"fighting between A and B" with a state and a group the text calls guerrillas', () => {
    expect(wars('Heavy fighting broke out on Sunday between Colombian troops and ELN guerrillas near the border.')).toContain('Colombia | ELN');
  });

  it('"A fought B": an organization whose name says it is armed', () => {
    expect(wars('The Arakan Army has fought Myanmar troops in Rakhine for years.')).toContain('Arakan Army | Myanmar');
  });

  it('"fighting between the two factions": the two organizations named last before', () => {
    const text = 'The Arakan Front and the Chin Union have ruled the hills since 1990. Heavy fighting broke out on Sunday between the two rival factions near the border.';
    expect(wars(text)).toContain('Arakan Front | Chin Union');
    expect(wars('The Arakan Front and the Chin Union met the press. Police kept apart the two warring factions in the town.')).toContain('Arakan Front | Chin Union');
    // "the two" with no faction noun, or a single organization named before: no sides.
    expect(wars('The Arakan Front and the Chin Union met. Fighting broke out between the two on Sunday.')).toEqual([]);
    expect(wars('The Arakan Front met on Sunday. Fighting broke out between the two factions of the party.')).toEqual([]);
  });

  it('a war between two states, and a war with a state', () => {
    expect(wars('The war between Ethiopia and Eritrea ended in 2000.')).toContain('Eritrea | Ethiopia');
    expect(wars('Officials in Yerevan spoke of the war with Azerbaijan.').length).toBeLessThanOrEqual(1);
  });

  it('gives nothing between bodies that are not armed', () => {
    expect(wars('The conflict between Boeing and Airbus over subsidies went on for years.')).toEqual([]);
    expect(wars('Microsoft fought Google in court over the patents.')).toEqual([]);
  });

  it('the relation model reads war only between states and armed organizations', () => {
    const warPairs = (text: string) => {
      const doc = extractDocument({ id: 'doc', text });
      return candidates(contextOf(doc), doc.drafts).filter((c) => c.types.includes('at_war_with')).map((c) => `${c.source.name} > ${c.target.name}`);
    };
    const text = 'The dispute between Lufthansa and the Verdi union turned into open conflict, and Lufthansa fought Verdi in court.';
    expect(warPairs(text)).toEqual([]);
    expect(extract([{ id: 'doc', text }]).relations.filter((r) => r.type === 'at_war_with')).toEqual([]);
    expect(warPairs('Ugandan forces fought the Allied Democratic Forces in eastern Congo.')).toContain('Uganda > Allied Democratic Forces');
  });

  it('a name the text calls fighters is an armed group, not a person', () => {
    const x = extract([{ id: 'doc', text: 'Nigerian troops clashed with Boko Haram fighters near Maiduguri on Monday.' }]);
    expect(x.entities.find((e) => e.name === 'Boko Haram')?.type).toBe('organization');
    expect(wars('Nigerian troops clashed with Boko Haram fighters near Maiduguri on Monday.')).toContain('Boko Haram | Nigeria');
    // The same name without the fighters stays what the tagger read.
    expect(extract([{ id: 'doc', text: 'Officials said Ahmed Haram met reporters in Abuja.' }]).entities.find((e) => e.name === 'Ahmed Haram')?.type).toBe('person');
  });

  it('gives nothing for people', () => {
    expect(wars('The fight between Tyson Fury and Oleksandr Usyk was postponed.')).toEqual([]);
  });
});
