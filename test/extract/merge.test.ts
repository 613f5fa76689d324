// The cross-document merge rules on hand-built per-document extractions (names invented for the
// tests): same name, surname, acronym, spelling, never across types, homonyms kept apart, chains,
// the merges list, the --explain trace, order independence, idempotence and shards.
import { describe, expect, it } from 'vitest';
import { mergeExtractions } from '../../src/extract/merge.ts';
import { relationId } from '../../src/extract/join.ts';
import type { Entity, EntityType, Extraction, Relation, RelationType } from '../../src/types.ts';

type E = [type: EntityType, name: string, aliases?: string[]];
const slug = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const idOf = ([type, name]: E) => `${type}:${slug(name)}`;

/** One document's extraction: each entity mentioned once (offsets into a made-up text), relations by id. */
function doc(id: string, entities: E[], relations: [RelationType, string, string][] = []): Extraction {
  let at = 0;
  const out: Entity[] = entities.map((e) => {
    const [type, name, aliases = []] = e;
    const start = at;
    at += name.length + 1;
    return { id: idOf(e), type, name, aliases, attributes: {}, mentions: [{ doc: id, start, end: start + name.length, text: name }] };
  });
  const rels: Relation[] = relations.map(([type, source, target]) => ({
    id: relationId(type, source, target), type, source, target, attributes: {}, confidence: 0.9, evidence: [{ doc: id, start: 0, end: 5, text: 'Words' }],
  }));
  return { schemaVersion: 1, documents: [{ id, sha256: '0'.repeat(64), chars: at }], entities: out, relations: rels };
}

const ids = (x: Extraction) => x.entities.map((e) => e.id);
const merged = (parts: Extraction[]) => {
  const lines: string[] = [];
  const x = mergeExtractions(parts, { explain: (l) => lines.push(l) });
  return { x, lines };
};

describe('same name', () => {
  it('joins one name written two ways, and a name that is another entity\'s alias', () => {
    const { x } = merged([
      doc('a', [['organization', 'N.D.A.']]),
      doc('b', [['organization', 'NDA'], ['organization', 'NDA']]),
      doc('c', [['media', 'Radio Kestrel Valley', ['Kestrel FM']]]),
      doc('d', [['media', 'Kestrel FM']]),
    ]);
    expect(ids(x)).toEqual(['media:radio-kestrel-valley', 'organization:nda']);
    expect(x.entities.find((e) => e.id === 'media:radio-kestrel-valley')!.mentions.map((m) => m.doc)).toEqual(['c', 'd']);
    expect(x.merges!.map((m) => [m.rule, m.from, m.into])).toEqual([
      ['same-name', 'media:kestrel-fm', 'media:radio-kestrel-valley'],
      ['same-name', 'organization:n-d-a', 'organization:nda'],
    ]);
  });

  it('sets honorifics aside in full names, never joins surnames alone by name', () => {
    const { x } = merged([
      doc('a', [['person', 'Sheikh Rafiq Oduya'], ['person', 'Mrs. Tallis'], ['place', 'Orvel']]),
      doc('b', [['person', 'Rafiq Oduya'], ['person', 'Tallis'], ['place', 'Kemmer']]),
    ]);
    expect(ids(x)).toEqual(['person:mrs-tallis', 'person:rafiq-oduya', 'person:tallis', 'place:kemmer', 'place:orvel']);
    expect(x.entities.find((e) => e.id === 'person:rafiq-oduya')!.aliases).toEqual(['Sheikh Rafiq Oduya']);
  });

  it('never joins across types, nor by a short form made of the name\'s own words', () => {
    const { x } = merged([
      doc('a', [['place', 'Marrowby'], ['organization', 'Harbour Board', ['Board']]]),
      doc('b', [['organization', 'Marrowby'], ['organization', 'Board']]),
    ]);
    expect(ids(x)).toEqual(['organization:board', 'organization:harbour-board', 'organization:marrowby', 'place:marrowby']);
    expect(x.merges).toEqual([]);
  });
});

describe('surnames', () => {
  const context = (d: string, extra: E[] = []) => doc(d, [['person', 'Tomas Velder'], ['place', 'Quarnish'], ...extra]);

  it('joins a surname, "Mr X", "Cardinal X" and an initial to the one full name that fits', () => {
    const { x, lines } = merged([
      context('a'),
      doc('b', [['person', 'Velder'], ['place', 'Quarnish']]),
      doc('c', [['person', 'Mr Velder'], ['place', 'Quarnish']]),
      doc('d', [['person', 'T. Velder'], ['place', 'Quarnish']]),
      doc('e', [['person', 'Ilse Marrak'], ['place', 'Quarnish']]),
      doc('f', [['person', 'Cardinal Marrak'], ['place', 'Quarnish']]),
    ]);
    expect(ids(x)).toEqual(['person:ilse-marrak', 'person:tomas-velder', 'place:quarnish']);
    const velder = x.entities.find((e) => e.id === 'person:tomas-velder')!;
    expect(velder.aliases).toEqual(['Mr Velder', 'T. Velder', 'Velder']);
    expect(velder.mentions.map((m) => m.doc)).toEqual(['a', 'b', 'c', 'd']);
    expect(x.merges!.filter((m) => m.rule === 'surname').map((m) => m.from)).toEqual(['person:cardinal-marrak', 'person:mr-velder', 'person:t-velder', 'person:velder']);
    expect(lines).toContain('merge surname: person:velder "Velder" [b] → person:tomas-velder "Tomas Velder" [a]: "Velder" fits one full name of the corpus');
  });

  it('keeps a surname apart when two full names fit, unless only one is found in a document with it', () => {
    const { x, lines } = merged([
      doc('a', [['person', 'Ada Quist'], ['person', 'Bo Quist']]),
      doc('b', [['person', 'Quist']]),
      doc('c', [['person', 'Ruth Orlan'], ['person', 'Orlan']]),
      doc('d', [['person', 'Piet Orlan']]),
    ]);
    expect(ids(x)).toContain('person:quist');
    expect(ids(x)).not.toContain('person:orlan');
    expect(x.entities.find((e) => e.id === 'person:ruth-orlan')!.aliases).toEqual(['Orlan']);
    expect(lines).toContain('keep apart surname: person:quist "Quist" [b] from person:ada-quist "Ada Quist" [a], person:bo-quist "Bo Quist" [a]: 2 full names fit "Quist"');
  });

  it('joins a surname two full names fit to the one holding the same post, when neither is found with it', () => {
    const withPost = (x: Extraction, id: string, position: string) => {
      x.entities.find((e) => e.id === id)!.attributes.positions = [{ position }];
      return x;
    };
    const { x, lines } = merged([
      withPost(doc('a', [['person', 'Ada Quist'], ['person', 'Bo Quist']]), 'person:ada-quist', 'president'),
      withPost(doc('b', [['person', 'Quist']]), 'person:quist', 'president'),
      // A post neither full name holds decides nothing.
      withPost(doc('c', [['person', 'Ruth Orlan'], ['person', 'Piet Orlan']]), 'person:ruth-orlan', 'mayor'),
      withPost(doc('d', [['person', 'Orlan']]), 'person:orlan', 'governor'),
    ]);
    expect(ids(x)).not.toContain('person:quist');
    expect(x.entities.find((e) => e.id === 'person:ada-quist')!.aliases).toEqual(['Quist']);
    expect(lines).toContain('merge surname: person:quist "Quist" [b] → person:ada-quist "Ada Quist" [a]: 2 full names fit "Quist"; only "Ada Quist" holds the same post');
    expect(ids(x)).toContain('person:orlan');
  });

  it('keeps homonyms apart: a surname found beside other people and places than the one full name', () => {
    const { x, lines } = merged([
      doc('a', [['person', 'Lena Hardwick'], ['place', 'Velmora'], ['organization', 'Velmora Port Authority']]),
      doc('b', [['person', 'Hardwick'], ['place', 'Ostrand'], ['organization', 'Ostrand Rowing Club']]),
      // The same surname beside a place of the full name's article joins.
      doc('c', [['person', 'Jon Tessaly'], ['place', 'Velmora']]),
      doc('d', [['person', 'Tessaly'], ['place', 'Velmora']]),
    ]);
    expect(ids(x)).toContain('person:hardwick');
    expect(ids(x)).not.toContain('person:tessaly');
    expect(lines.find((l) => l.startsWith('keep apart surname: person:hardwick'))).toMatch(/from person:lena-hardwick .*a homonym/);
  });

  it('a surname does not carry another one across: each goes to a full name on its own documents', () => {
    const { x } = merged([
      doc('a', [['person', 'Dana Merrow'], ['person', 'Mrs. Merrow']]),
      doc('b', [['person', 'Karl Merrow'], ['person', 'Merrow']]),
      doc('c', [['person', 'Merrow'], ['person', 'Mrs. Merrow']]),
    ]);
    // The two short forms meet in c, but are not joined to each other: "Mrs. Merrow" goes to the full name of
    // its document a, "Merrow" to that of b, instead of both to one through the other.
    expect(x.merges!.map((m) => [m.from, m.into])).toEqual([['person:mrs-merrow', 'person:dana-merrow'], ['person:merrow', 'person:karl-merrow']]);
    expect(ids(x)).toEqual(['person:dana-merrow', 'person:karl-merrow']);
  });

  it('contexts count the joins of the same pass: two surnames of one article match two full names of another', () => {
    const { x } = merged([
      doc('a', [['person', 'Ivo Branek'], ['person', 'Mara Soltic']]),
      doc('b', [['person', 'Branek'], ['person', 'Soltic']]),
    ]);
    expect(ids(x)).toEqual(['person:ivo-branek', 'person:mara-soltic']);
  });

  it('follows a chain to its end: a surname, its full name, and that name\'s other spelling', () => {
    const { x } = merged([
      doc('a', [['person', 'Oskar Petrenkko'], ['place', 'Lurin']], [['lives_in', 'person:oskar-petrenkko', 'place:lurin']]),
      doc('b', [['person', 'Oskar Petrenko'], ['place', 'Lurin']], [['lives_in', 'person:oskar-petrenko', 'place:lurin']]),
      doc('c', [['person', 'Oskar Petrenkko'], ['place', 'Lurin']]),
      doc('d', [['person', 'Petrenko'], ['place', 'Lurin'], ['media', 'Lurin Herald']], [['quoted', 'media:lurin-herald', 'person:petrenko']]),
    ]);
    const known = new Set(ids(x));
    expect([...known].filter((id) => id.startsWith('person:'))).toEqual(['person:oskar-petrenkko']);
    for (const r of x.relations) expect(known.has(r.source) && known.has(r.target), r.id).toBe(true);
    expect(x.relations.map((r) => r.id)).toEqual(['lives_in(person:oskar-petrenkko,place:lurin)', 'quoted(media:lurin-herald,person:oskar-petrenkko)']);
    expect(x.relations[0]!.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
    expect(x.merges!.every((m) => m.into === 'person:oskar-petrenkko' || !m.into.startsWith('person:'))).toBe(true);
  });
});

describe('acronyms', () => {
  it('joins an acronym to the one long form with its initials, skipping "of" and "the"', () => {
    const { x, lines } = merged([
      doc('a', [['organization', 'Front for the Liberation of Ostmark'], ['place', 'Ostmark']]),
      doc('b', [['organization', 'FLO'], ['place', 'Ostmark']]),
    ]);
    expect(ids(x)).toEqual(['organization:front-for-the-liberation-of-ostmark', 'place:ostmark']);
    expect(lines[0]).toBe('merge acronym: organization:flo "FLO" [b] → organization:front-for-the-liberation-of-ostmark "Front for the Liberation of Ostmark" [a]: FLO is the initials of "Front for the Liberation of Ostmark"');
  });

  it('keeps two-letter acronyms, acronyms two long forms share and other types apart', () => {
    const { x, lines } = merged([
      doc('a', [['organization', 'Popular Front'], ['organization', 'National Union Movement'], ['organization', 'Northern Utilities Monopoly']]),
      doc('b', [['organization', 'PF'], ['organization', 'NUM'], ['media', 'NUM']]),
    ]);
    expect(ids(x)).toEqual(expect.arrayContaining(['organization:pf', 'organization:num', 'media:num']));
    expect(lines).toContain('keep apart acronym: organization:num "NUM" [b] from organization:national-union-movement "National Union Movement" [a], organization:northern-utilities-monopoly "Northern Utilities Monopoly" [a]: 2 long forms have the initials NUM');
  });
});

describe('spellings', () => {
  it('joins transliterations (-iy/-y, -ey/-ei, doubled letters, ks/x, one letter in a long surname) to the most mentioned', () => {
    const { x } = merged([
      doc('a', [['person', 'Alexei Dorenko'], ['person', 'Alexei Dorenko'], ['person', 'Pavlo Hrynenkiy'], ['person', 'Aleksandr Varga'], ['person', 'Ruslan Abdullayev'], ['person', 'Ruslan Abdullayev']]),
      doc('b', [['person', 'Alexey Dorenko'], ['person', 'Pavlo Hrynenky'], ['person', 'Alexandr Varga'], ['person', 'Ruslan Abdulayev']]),
      doc('c', [['person', 'Pavlo Hrynenky'], ['person', 'Anna Berg'], ['person', 'Anna Borg']]),
    ]);
    expect(ids(x)).toEqual(['person:aleksandr-varga', 'person:alexei-dorenko', 'person:anna-berg', 'person:anna-borg', 'person:pavlo-hrynenky', 'person:ruslan-abdullayev']);
    expect(x.merges!.filter((m) => m.rule === 'spelling').map((m) => m.from)).toEqual(['person:alexandr-varga', 'person:alexey-dorenko', 'person:pavlo-hrynenkiy', 'person:ruslan-abdulayev']);
  });
});

describe('the merge as a whole', () => {
  const parts = () => [
    doc('a', [['person', 'Tomas Velder'], ['place', 'Quarnish'], ['organization', 'Quarnish Water Board']], [['based_in', 'organization:quarnish-water-board', 'place:quarnish']]),
    doc('b', [['person', 'Velder'], ['place', 'Quarnish'], ['organization', 'QWB']], [['holds_position', 'person:velder', 'organization:qwb']]),
    doc('c', [['person', 'Tomas Velder'], ['organization', 'Q.W.B.'], ['media', 'Quarnish Post']], [['quoted', 'media:quarnish-post', 'person:tomas-velder']]),
    doc('d', [['person', 'Velder'], ['place', 'Quarnish']]),
  ];

  it('does not depend on the order of the documents, and merging the result again changes nothing', () => {
    const x = mergeExtractions(parts());
    expect(JSON.stringify(mergeExtractions(parts().reverse()))).toBe(JSON.stringify(x));
    expect(JSON.stringify(mergeExtractions([x]))).toBe(JSON.stringify(x));
    expect(x.merges!.length).toBeGreaterThan(1);
  });

  it('equals one merge when parts were joined by id only (shards) and merged together', () => {
    const [a, b, c, d] = parts();
    const shards = [mergeExtractions([a!, c!], { crossDocument: false }), mergeExtractions([d!, b!], { crossDocument: false })];
    expect(shards[0]!.merges).toEqual([]);
    expect(JSON.stringify(mergeExtractions(shards))).toBe(JSON.stringify(mergeExtractions(parts())));
  });

  it('records every join: the rule, the entity that remains, the names and documents of the one that went', () => {
    const x = mergeExtractions(parts());
    const known = new Set(ids(x));
    for (const m of x.merges!) {
      expect(known.has(m.into)).toBe(true);
      expect(known.has(m.from)).toBe(false);
    }
    expect(x.merges!.find((m) => m.from === 'person:velder')).toEqual({
      rule: 'surname', into: 'person:tomas-velder', from: 'person:velder', names: ['Velder'], documents: ['b', 'd'], reason: '"Velder" fits one full name of the corpus',
    });
    // "QWB" and "Q.W.B." are one name and both the initials of the long form, which remains.
    expect(x.merges!.filter((m) => m.into === 'organization:quarnish-water-board').map((m) => [m.rule, m.from])).toEqual([['acronym', 'organization:q-w-b'], ['acronym', 'organization:qwb']]);
    expect(x.relations.map((r) => r.id)).toContain('holds_position(person:tomas-velder,organization:quarnish-water-board)');
  });

  it('re-points the outlet or person a relation is claimed by', () => {
    const withClaim = doc('b', [['person', 'Velder'], ['place', 'Quarnish'], ['organization', 'Quarnish Water Board']], [['based_in', 'organization:quarnish-water-board', 'place:quarnish']]);
    withClaim.relations[0]!.attributes.claimedBy = 'person:velder';
    const x = mergeExtractions([doc('a', [['person', 'Tomas Velder'], ['place', 'Quarnish']]), withClaim]);
    expect(x.relations[0]!.attributes.claimedBy).toBe('person:tomas-velder');
  });
});
