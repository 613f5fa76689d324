// Rules that place a place in a place (residence.ts) and a body in or under its state (places.ts),
// on sentences written for these tests.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';

const drafts = (text: string, rule: string, type: string) =>
  extractDocument({ id: 'd', text })
    .drafts.filter((d) => d.rule === rule && d.type === type)
    .map((d) => `${d.source.id} ${d.target.id}`);
const placed = (text: string) => drafts(text, 'relations.residence', 'located_in');

describe('a place in a place', () => {
  it('"the Dagestani capital Makhachkala": an adjective of a region the story names', () => {
    expect(placed('Rebels roamed the hills of Dagestan for weeks. Shelling hit the Dagestani capital Makhachkala overnight.')).toContain('place:makhachkala place:dagestan');
    // No region of that name in the story: nothing to tie the capital to.
    expect(placed('Shelling hit the Dagestani capital Makhachkala overnight.')).toEqual([]);
  });

  it('"the capital Bamako" is in its own state when the story names that state', () => {
    expect(placed("Mali's army was on alert. Troops patrolled the capital Bamako on Sunday.")).toContain('place:bamako state:mali');
    expect(placed("Senegal's army was on alert. Troops patrolled the capital Bamako on Sunday.")).toEqual([]);
  });

  it('"the Nad Ali district of Helmand province": a place with its own region noun after "of" is the larger', () => {
    const got = placed('A bomb exploded in the Nad Ali district of Helmand province on Monday.');
    expect(got).toContain('place:nad-ali place:helmand');
    expect(got).not.toContain('place:helmand place:nad-ali');
    // Without a region noun after it, the name after "of" is the smaller: "the West Bank town of Ramallah".
    expect(placed('Troops left the West Bank town of Ramallah on Monday.')).toContain('place:ramallah place:west-bank');
  });

  it('"Evin prison in Tehran": past the site noun, "in" places it', () => {
    expect(placed('Inmates rioted at Evin prison in Tehran on Friday.')).toContain('place:evin place:tehran');
    expect(placed('Kabul refugees protested in Tehran on Friday.')).toEqual([]);
  });

  it('"Kodiak, a port in southern Alaska": an apposition headed by a settlement', () => {
    expect(placed('Fishermen sailed from Kodiak, a port in southern Alaska, on Monday.')).toContain('place:kodiak place:alaska');
    expect(placed('Fishermen sailed from Kodiak, a port official in Alaska said.')).toEqual([]);
  });

  it('"Sydney\'s North Shore": a direction that opens the name is the name\'s own', () => {
    expect(placed("Storms battered Sydney's North Shore suburbs.")).toContain('place:north-shore place:sydney');
    expect(placed("Israel's ambassador to Washington spoke on Monday.")).toEqual([]);
  });

  it('"in the southern Indian state of Tamil Nadu": the place a state qualifies', () => {
    expect(placed('Floods killed 12 people in Madurai in the southern Indian state of Tamil Nadu.')).toContain('place:madurai place:tamil-nadu');
    expect(placed('Floods killed 12 people in Madurai in the southern Indian state of Tamil Nadu.')).not.toContain('place:madurai state:india');
  });

  it('"the Narvik district of northern Norway": past a settlement\'s noun, "of" a larger place', () => {
    expect(placed('Gunmen shot two guards in the Narvik district of northern Norway on Sunday.')).toContain('place:narvik state:norway');
    expect(placed('Storms cut power in the Tver region of central Russia overnight.')).toContain('place:tver state:russia');
    // The place after "of" is the town itself when no state or point of the compass says otherwise.
    expect(placed('Troops entered the West Bank town of Jenin at dawn.')).not.toContain('place:west-bank place:jenin');
    // "state" and "island" may name the state itself.
    expect(placed('Leaders met on the Mediterranean island of Malta.')).toEqual([]);
  });

  it('"the town of Kayes, in western Mali": a comma, "in" and a point of the compass', () => {
    expect(placed('Looters raided shops in the town of Kayes, in western Mali, on Friday.')).toContain('place:kayes state:mali');
    // A list of places has no point of the compass after "in".
    expect(placed('Rallies were held in Lyon, in Marseille and in Nice.')).toEqual([]);
  });

  it('"the rebel-held Chechen capital Grozny": modifiers between "the" and the adjective', () => {
    expect(placed('Chechnya was calm. Shells fell on the rebel-held Chechen capital Grozny overnight.')).toContain('place:grozny place:chechnya');
    expect(placed('Chechnya was calm. Shells fell on rebel-held Chechen capital Grozny overnight.')).toEqual([]);
  });

  it('"Dayton, Ohio and reached": "and" ends the pair unless another place follows', () => {
    expect(drafts('The train left Dayton, Ohio and reached Chicago by noon.', 'relations.places', 'located_in')).toContain('place:dayton place:ohio');
    expect(drafts('Flooding hit Dayton, Toledo and Akron on Monday.', 'relations.places', 'located_in')).toEqual([]);
  });
});

describe('where a body is based', () => {
  const based = (text: string) => drafts(text, 'relations.places', 'based_in');
  it('"X, Brazil\'s third-largest private bank": an apposition past the possessive', () => {
    expect(based("Banco Mercantil, Brazil's third-largest private bank, said profits rose.")).toContain('organization:banco-mercantil state:brazil');
    expect(based("Banco Mercantil, Brazil's finance minister said, will raise capital.")).toEqual([]);
  });
  it('"has its headquarters in the Sudanese capital Khartoum": the capital, not the demonym', () => {
    expect(based('The Oromo Liberation Front, an Ethiopian rebel group, has its headquarters in the Sudanese capital Khartoum.')).toEqual(['organization:oromo-liberation-front place:khartoum']);
  });
});

describe('a state named inside a body\'s name', () => {
  const bodies = (text: string) => [...drafts(text, 'relations.places', 'part_of').map((d) => `part_of ${d}`), ...drafts(text, 'relations.places', 'based_in').map((d) => `based_in ${d}`)];

  it('an organ of the state is part of it, a bank named "of" its state too', () => {
    expect(bodies('The U.S. Senate Intelligence Committee met on Monday, a week after the United States protested.')).toContain('part_of organization:u-s-senate-intelligence-committee state:united-states');
    expect(bodies('The Bank of Canada cut rates on Tuesday, a day after Canada reported inflation figures.')).toContain('part_of organization:bank-of-canada state:canada');
  });

  it('a demonym opening the name, or a state the story names nowhere else, gives nothing', () => {
    expect(bodies('The Bank of Canada cut rates on Tuesday.')).toEqual([]);
    expect(bodies('Iraqi Kurdish Democratic Union officials met in Erbil. Iraq protested.')).toEqual([]);
  });
});
