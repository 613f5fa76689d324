// Typing the tagger's names by the words around them and by the rest of the document, on sentences
// written for these tests (invented towns and bodies where the lexicon should not help): peoples are
// no persons, a dateline's name is a place, outlets, bodies and places the tagger took for persons,
// cities and provinces it took for bodies, and one sense per name across a document.
import { describe, expect, it } from 'vitest';
import type { TaggedSpan } from '../../src/extract/doc.ts';
import { findMentions } from '../../src/extract/mentions.ts';
import { resolveDocument } from '../../src/extract/resolve.ts';
import { analyze } from '../../src/extract/text.ts';
import { findTitles } from '../../src/extract/titles.ts';

/** Tagger spans given as [phrase, type, occurrence]: the tokens of the phrase's n-th occurrence. */
function spans(text: string, tagged: [string, TaggedSpan['type'], number?][]) {
  const { tokens, sentences } = analyze(text);
  const words = tokens.map((t) => t.text);
  const out: TaggedSpan[] = [];
  for (const [phrase, type, nth = 0] of tagged) {
    const ws = analyze(phrase).tokens.map((t) => t.text);
    let seen = 0;
    for (let i = 0; i + ws.length <= words.length; i++) {
      if (ws.every((w, k) => words[i + k] === w) && seen++ === nth) {
        out.push({ start: i, end: i + ws.length, type });
        break;
      }
    }
  }
  out.sort((a, b) => a.start - b.start);
  return { tokens, sentences, tagged: out };
}

/** The mentions found from the given tagger spans, as "type:words". */
function mentionsOf(text: string, tagged: [string, TaggedSpan['type'], number?][]): string[] {
  const s = spans(text, tagged);
  return findMentions(text, s.tokens, s.sentences, findTitles(s.tokens), s.tagged).map((m) => `${m.type}:${s.tokens.slice(m.start, m.end).map((t) => t.text).join(' ')}`);
}

/** The entities resolved from the given tagger spans, as "type:name". */
function entitiesOf(text: string, tagged: [string, TaggedSpan['type'], number?][]): string[] {
  const s = spans(text, tagged);
  const mentions = findMentions(text, s.tokens, s.sentences, findTitles(s.tokens), s.tagged);
  return resolveDocument({ text, tokens: s.tokens, sentences: s.sentences }, mentions, []).entities.map((e) => `${e.type}:${e.name}`).sort();
}

describe('peoples are no persons and no bodies', () => {
  it('a people or creed, or a demonym in the plural, tagged as a person or a body names no one', () => {
    expect(mentionsOf('Kurds and Tutsis marched while Jordanians watched.', [['Kurds', 'PER'], ['Tutsis', 'ORG'], ['Jordanians', 'PER']])).toEqual([]);
    expect(mentionsOf('The Roman Catholic priest spoke.', [['Roman Catholic', 'PER']])).toEqual([]);
  });

  it("a creed or a region's people, or a word for a nationality the country list lacks, tagged as a name names no one", () => {
    expect(mentionsOf('Maoist rebels and Tibetan monks met Koreans.', [['Maoist', 'LOC'], ['Tibetan', 'PER'], ['Koreans', 'ORG']])).toEqual([]);
    expect(mentionsOf('Azeris, Spaniards and a Briton met Philippine envoys.', [['Azeris', 'PER'], ['Spaniards', 'ORG'], ['Briton', 'LOC'], ['Philippine', 'ORG']])).toEqual([]);
    // A plural that ends a country's demonym of two words is that people too, no person ("South Africans").
    expect(mentionsOf('Many South Africans voted.', [['South Africans', 'PER']])).toEqual([]);
    // "Saudi" is a name in the country list, not a demonym: its plural is the people too.
    expect(mentionsOf('Iraqis and Saudis crossed.', [['Saudis', 'PER']])).toEqual([]);
    // Only a name made of nothing else: a person or body whose name holds such a word keeps it.
    expect(mentionsOf('Pole Vaulters Club and Dane Whitby spoke.', [['Pole Vaulters Club', 'ORG'], ['Dane Whitby', 'PER']])).toEqual(['organization:Pole Vaulters Club', 'person:Dane Whitby']);
  });

  it('a demonym tagged as a person still names its state; a person named like a creed stays a person', () => {
    expect(mentionsOf('Thai officials spoke.', [['Thai', 'PER']])).toEqual(['state:Thai']);
    expect(mentionsOf('Christian Vadel said on Monday he would stay.', [['Christian Vadel', 'PER']])).toEqual(['person:Christian Vadel']);
  });
});

describe('datelines', () => {
  const story = 'Fire hits depot.\nOLDMERE, Freedonia 2031-03-04\nA fire hit the depot on Monday.';

  it('the name opening a dateline is the place the story comes from, whatever the tagger called it', () => {
    expect(mentionsOf(story, [['OLDMERE', 'ORG']])).toContain('place:OLDMERE');
    expect(mentionsOf(story, [['OLDMERE', 'PER']])).toContain('place:OLDMERE');
  });

  it('a name opening a sentence with no date after it keeps its type', () => {
    expect(mentionsOf('Fire hits depot.\nOLDMERE, the club, lost on Monday.', [['OLDMERE', 'ORG']])).toContain('organization:OLDMERE');
  });

  it('the dateline decides the type of the name everywhere in the story', () => {
    const text = 'Refugees vote.\nKELDRA, Freedonia 2031-03-04\nThe director of the Keldra office spoke. Refugees in Keldra voted. Keldra officials counted.';
    expect(entitiesOf(text, [['KELDRA', 'ORG'], ['Keldra', 'ORG', 0], ['Keldra', 'ORG', 2]]).filter((e) => /keldra/i.test(e))).toEqual(['place:Keldra']);
  });

  it("the bureau's city in a sign-off is no body, though the dateline names it", () => {
    const text = 'Peso falls.\nKELDRA 2031-03-04\nThe peso fell on Monday.\n-- Ana Perez, Keldra newsroom, 555 610 7944';
    expect(entitiesOf(text, [['KELDRA', 'LOC'], ['Ana Perez', 'PER'], ['Keldra', 'ORG']])).toEqual(['place:KELDRA']);
  });
});

describe('what the words around a "person" make it', () => {
  it('an outlet: "the state news agency Varta", "the Dorvo daily"', () => {
    expect(mentionsOf('The blast hit a bridge, the state news agency Varta reported.', [['Varta', 'PER']])).toEqual(['media:Varta']);
    expect(mentionsOf('The Dorvo daily said so.', [['Dorvo', 'PER']])).toEqual(['media:Dorvo']);
  });

  it('a body: a legal form or a body\'s head word after the name, or "party"', () => {
    expect(mentionsOf('Brenmoor Inc said on Monday it would appeal.', [['Brenmoor', 'PER']])).toEqual(['organization:Brenmoor']);
    expect(mentionsOf('The Vekar Commercial Bank said on Monday it would appeal.', [['Vekar Commercial Bank', 'PER']])).toEqual(['organization:Vekar Commercial Bank']);
    expect(mentionsOf('A club tied to the right-wing Dolun party won.', [['Dolun', 'PER']])).toEqual(['organization:Dolun']);
  });

  it('a place: "the village of X", "X, <state or province>"', () => {
    expect(mentionsOf('Troops burned the small village of Karvo Dol on Friday.', [['Karvo Dol', 'PER']])).toEqual(['place:Karvo Dol']);
    expect(mentionsOf('Smith, from Elmwick, Nebraska, said so.', [['Smith', 'PER'], ['Elmwick', 'PER']])).toContain('place:Elmwick');
  });

  it("stays a person where the words are the person's: \"Vardo's newspapers\", \"Vardo, France's envoy\"", () => {
    expect(mentionsOf("Vardo's newspapers backed him.", [['Vardo', 'PER']])).toEqual(['person:Vardo']);
    expect(mentionsOf("Vardo, France's envoy, said so.", [['Vardo', 'PER']])).toContain('person:Vardo');
  });
});

describe('cities and provinces the tagger mistyped', () => {
  it('a province or a city of the lexicon tagged as a person or a body is the place', () => {
    expect(mentionsOf('Wisconsin was the first state to apply.', [['Wisconsin', 'PER']])).toEqual(['place:Wisconsin']);
    expect(mentionsOf('They all travel to Tel Aviv on Sundays.', [['Tel Aviv', 'ORG']])).toEqual(['place:Tel Aviv']);
  });

  it('not where a person of the text bears the name, nor in a sports story where a city is its team', () => {
    expect(mentionsOf('Tom Jordan won. Jordan said he was happy.', [['Tom Jordan', 'PER'], ['Jordan', 'PER', 1]])).toEqual(['person:Tom Jordan', 'person:Jordan']);
    expect(mentionsOf('SOCCER - Tel Aviv win.\nTel Aviv beat the visitors 2-0.', [['Tel Aviv', 'ORG', 1]])).toEqual(['organization:Tel Aviv']);
  });
});

describe('one sense per name in a document', () => {
  it('a one-word "person" the text also names as a place is that place', () => {
    expect(entitiesOf('Shells fell near Dovrik on Sunday. Dovrik was quiet on Monday.', [['Dovrik', 'LOC', 0], ['Dovrik', 'PER', 1]])).toEqual(['place:Dovrik']);
  });

  it("a body's first or last name word is the body, ahead of a place of that name", () => {
    const text = 'Velmar International Inc bought the firm. Velmar said it was pleased. Velmar\'s plants in Ohio closed.';
    expect(entitiesOf(text, [['Velmar International Inc', 'ORG'], ['Velmar', 'PER', 1], ['Velmar', 'LOC', 2]]).filter((e) => e.startsWith('person'))).toEqual([]);
  });
});

describe('venues named by a lower-case noun', () => {
  it('a name before "airport", "mosque", "camp" (a modifier between at most) is the venue, a place, whatever it was typed as or if untagged', () => {
    expect(mentionsOf('The plane landed at Oldmere airport on Monday.', [])).toEqual(['place:Oldmere airport']);
    expect(mentionsOf('Crowds gathered outside Karim mosque after prayers.', [['Karim', 'ORG']])).toEqual(['place:Karim mosque']);
    expect(mentionsOf('He flew into Dasht military airbase on Friday.', [['Dasht', 'PER']])).toEqual(['place:Dasht military airbase']);
  });

  it('not a state, a titled person, some venue of a town ("a Oldmere hotel"), a people\'s camp, a verb between, nor a noun that names no one venue', () => {
    expect(mentionsOf('Police raided a Oldmere camp on Monday.', [['Oldmere', 'LOC']])).toEqual(['place:Oldmere']);
    expect(mentionsOf('Troops entered the Bedouin camp.', [['Bedouin', 'MISC']])).toEqual([]);
    expect(mentionsOf('Police said Halvorsen was camp leader.', [['Halvorsen', 'PER']])).toEqual(['person:Halvorsen']);
    expect(mentionsOf('Fire hit the Oldmere church on Monday.', [['Oldmere', 'LOC']])).toEqual(['place:Oldmere']);
    expect(mentionsOf('Sweden airport staff went on strike.', [['Sweden', 'LOC']])).toEqual(['state:Sweden']);
  });
});

describe('a surname misspelt by a letter', () => {
  it('is the one person of the text whose surname it nearly is', () => {
    expect(entitiesOf('Marc Dutroux was held. Detroux denied it.', [['Marc Dutroux', 'PER'], ['Detroux', 'PER']])).toEqual(['person:Marc Dutroux']);
  });

  it('is a person of its own when two surnames fit or none is that close', () => {
    expect(entitiesOf('Anna Karlsen and Per Karlson met. Karlsan left.', [['Anna Karlsen', 'PER'], ['Per Karlson', 'PER'], ['Karlsan', 'PER']])).toEqual(['person:Anna Karlsen', 'person:Karlsan', 'person:Per Karlson']);
    expect(entitiesOf('Marc Dutroux was held. Detrant denied it.', [['Marc Dutroux', 'PER'], ['Detrant', 'PER']])).toEqual(['person:Detrant', 'person:Marc Dutroux']);
  });
});

describe('issue 10, round 4: places and bodies the tagger took for persons or bodies', () => {
  it('a province of the lexicon tagged as a person of two words is the place: the span is no person of the text by itself', () => {
    expect(mentionsOf('Floods hit Madhya Pradesh on Monday.', [['Madhya Pradesh', 'PER']])).toEqual(['place:Madhya Pradesh']);
    // A word of another person's name still keeps it a person.
    expect(mentionsOf('Ravi Madhya spoke. Madhya Pradesh said so.', [['Ravi Madhya', 'PER'], ['Madhya Pradesh', 'PER']])).toEqual(['person:Ravi Madhya', 'person:Madhya Pradesh']);
  });

  it('a name after a lower-case noun of a settlement or region and "of" is the place, though tagged as a body or person', () => {
    expect(mentionsOf('Tourists filled the seaside resort of Velmora on Sunday.', [['Velmora', 'ORG']])).toEqual(['place:Velmora']);
    expect(mentionsOf('Rains flooded the northern state of Oskara Dun.', [['Oskara Dun', 'PER']])).toEqual(['place:Oskara Dun']);
    // Not after another noun, nor after a capitalized one.
    expect(mentionsOf('The director of Velmora said so.', [['Velmora', 'ORG']])).toEqual(['organization:Velmora']);
    expect(mentionsOf('He led the Bank of Velmora for years.', [['Velmora', 'ORG']])).toEqual(['organization:Velmora']);
  });

  it('a name set beside "a small village", "a port" (ending the phrase) is that place', () => {
    expect(mentionsOf('Rebels seized Kalvo Dera, a small village near the border.', [['Kalvo Dera', 'PER']])).toEqual(['place:Kalvo Dera']);
    expect(mentionsOf('The ship docked at Brennow, a port in the north.', [['Brennow', 'ORG']])).toEqual(['place:Brennow']);
    // "a town councillor" is no town.
    expect(mentionsOf('Tom Brask, a town councillor, said so.', [['Tom Brask', 'PER']])).toEqual(['person:Tom Brask']);
  });

  it('a strait, a valley, a junction or a hospital is a place whatever the tagger called it', () => {
    expect(mentionsOf('Boats crossed the Narva Strait at night.', [['Narva Strait', 'ORG']])).toEqual(['place:Narva Strait']);
    expect(mentionsOf('Troops held Dorn Junction on Friday.', [['Dorn Junction', 'PER']])).toEqual(['place:Dorn Junction']);
    expect(mentionsOf('He was treated at Saint Olm Hospital.', [['Saint Olm Hospital', 'ORG']])).toEqual(['place:Saint Olm Hospital']);
    // The word inside a body's name is no head.
    expect(mentionsOf('Strait Holdings said so.', [['Strait Holdings', 'ORG']])).toEqual(['organization:Strait Holdings']);
  });

  it('a name in apposition to an outlet noun ("a daily newspaper, Novi Dan, which…") is the outlet', () => {
    expect(mentionsOf('A Velmar daily newspaper, Novi Dan, which backs the party, said so.', [['Novi Dan', 'PER']])).toEqual(['media:Novi Dan']);
    expect(mentionsOf('He read the newspaper, Tom Brask said.', [['Tom Brask', 'PER']])).toEqual(['person:Tom Brask']);
  });
});

describe('issue 10, round 4: one sense per name, with the words that settle it', () => {
  it('a place the words around it call a place stays one, though a person of the text bears its name', () => {
    const tagged: [string, TaggedSpan['type'], number?][] = [['Tom Velden', 'PER'], ['Velden', 'LOC', 1], ['Arkansas', 'LOC']];
    expect(entitiesOf('Pastor Tom Velden spoke. Fire hit a church near Velden, Arkansas, on Monday.', tagged)).toEqual(expect.arrayContaining(['person:Tom Velden', 'place:Velden']));
    // Without such words the name is the person's.
    expect(entitiesOf('Pastor Tom Velden spoke. Velden said the fire was set.', [['Tom Velden', 'PER'], ['Velden', 'LOC', 1]])).toEqual(['person:Tom Velden']);
  });

  it('a "person" named as a body of the text is that body; a name before a legal form stays the body though its last word is a surname', () => {
    expect(entitiesOf('Velcor Systems Inc. said it would sue. Velcor Systems denied the claim.', [['Velcor Systems Inc.', 'ORG'], ['Velcor Systems', 'PER']]).map((e) => e.split(':')[0])).toEqual(['organization']);
    expect(entitiesOf('The Ralt Morrow Co. signed the deal. Morrow declined to comment.', [['Ralt Morrow', 'PER'], ['Morrow', 'PER', 1]]).filter((e) => e.startsWith('person'))).toEqual([]);
    // A person whose name is no body's stays a person.
    expect(entitiesOf('Velcor Systems Inc. hired Ana Velcor. Ana Velcor said so.', [['Velcor Systems Inc.', 'ORG'], ['Ana Velcor', 'PER'], ['Ana Velcor', 'PER', 1]])).toContain('person:Ana Velcor');
  });
});

describe('issue 10, round 4: names in capitals and regions before a member or a post', () => {
  it('a surname in a headline in capitals is the full name the body gives', () => {
    const text = 'SKIING - VANDROV HURT IN FALL\nOSLO 2031-01-02\nSkier Petr Vandrov was hurt on Monday.';
    expect(entitiesOf(text, [['VANDROV', 'PER'], ['Petr Vandrov', 'PER']]).filter((e) => e.startsWith('person'))).toEqual(['person:Petr Vandrov']);
    // A name in capitals that fits no full name stays its own.
    expect(entitiesOf('SKIING - KORSAN HURT IN FALL\nOSLO 2031-01-02\nSkier Petr Vandrov was hurt on Monday.', [['KORSAN', 'PER'], ['Petr Vandrov', 'PER']]).filter((e) => e.startsWith('person'))).toEqual(['person:KORSAN', 'person:Petr Vandrov']);
  });

  it('a name first written in capitals (a dateline) is named as the body writes it', () => {
    const text = 'Fire hits depot.\nKELDRA, Freedonia 2031-03-04\nA fire hit a depot in Keldra on Monday.';
    expect(entitiesOf(text, [['KELDRA', 'LOC'], ['Keldra', 'LOC']]).filter((e) => e.startsWith('place'))).toEqual(['place:Keldra']);
  });

  it('a province before a party member\'s word or a post is the place; the member is no body', () => {
    expect(mentionsOf('He told the Nebraska Republican at a dinner.', [['Nebraska Republican', 'ORG']])).toEqual(['place:Nebraska']);
    expect(mentionsOf('Aides to then Nebraska Gov. Ann Lee spoke.', [['Nebraska', 'MISC']])).toEqual(['place:Nebraska', 'person:Ann Lee']);
    // A body named after a party member's word and no province stays the body.
    expect(mentionsOf('The Velmar Republican said so.', [['Velmar Republican', 'ORG']])).toEqual(['organization:Velmar Republican']);
  });
});

describe('issue 10, round 4: where a person named with an age comes from', () => {
  it('"X, 34, from Y": Y is a place, though tagged as a body', () => {
    expect(mentionsOf('Police said Tom Brask, 34, from Elmshire, was held.', [['Tom Brask', 'PER'], ['Elmshire', 'ORG']])).toEqual(['person:Tom Brask', 'place:Elmshire']);
    // Without the age the words say nothing of a home: a body stays a body.
    expect(mentionsOf('Police said Tom Brask, an envoy from Elmshire, was held.', [['Tom Brask', 'PER'], ['Elmshire', 'ORG']])).toEqual(['person:Tom Brask', 'organization:Elmshire']);
  });
});
