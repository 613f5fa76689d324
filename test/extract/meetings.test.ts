// Event mentions: which words are meetings and which are the same words in another sense (own sentences).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { findMeetingMentions } from '../../src/extract/meetings.ts';
import { analyze } from '../../src/extract/text.ts';

const events = (text: string) => {
  const a = analyze(text);
  return findMeetingMentions(a).map((m) => a.tokens[m.end - 1]!.text);
};

describe('event words in another sense', () => {
  it('demands met, deadlines to meet, targets being met are no meetings', () => {
    expect(events('The strike ended after their demands were not met.')).toEqual([]);
    expect(events('The strike ended because their demands were not fully met.')).toEqual([]);
    expect(events('We can meet the required deadlines for the vote.')).toEqual([]);
    expect(events('The ministry is struggling in meeting its revenue collection targets.')).toEqual([]);
    // A name owning the object: "meet EU demands", "meet Seoul's requirements".
    expect(events('The junta failed to meet EU demands for reform.')).toEqual([]);
    expect(events('Exports must meet Seoul\'s requirements.')).toEqual([]);
    expect(events('Smith will meet EU leaders in May.')).toEqual(['meet']);
  });

  it('permits, guides and a day of trading are no events', () => {
    expect(events('Holders of special visit permits were expelled. A Swiss tour guide was freed.')).toEqual([]);
    expect(events('It was the second consecutive session that saw the peso fall.')).toEqual([]);
  });

  it('a meeting over demands is still a meeting', () => {
    expect(events('The minister met with striking workers over their demands.')).toEqual(['met']);
    expect(events('Ruto met the opposition leaders on Monday.')).toEqual(['met']);
    expect(events('The parliament opened its autumn session on Monday.')).toEqual(['session']);
  });
});

describe('events of a visit', () => {
  it('a visit and the talks held during it are two events; "the visit" and "the talks" each refer back to their own', () => {
    const doc = extractDocument({ id: 'd', text: 'Ruto began a three-day visit to Uganda on Monday. He held talks with Museveni in Kampala. The talks focused on trade. The visit ends on Wednesday.' });
    expect(doc.frames.map((f) => f.mentions.map((m) => doc.tokens[m.end - 1]!.text).join('+'))).toEqual(['visit+visit', 'talks+talks']);
  });
});

describe('events placed elsewhere', () => {
  const frames = (text: string) => {
    const doc = extractDocument({ id: 'd', text });
    return doc.frames.map((f) => f.mentions.map((m) => doc.tokens[m.end - 1]!.text).join('+'));
  };

  it('"the talks in Doha" after a meeting in Riyadh, "held talks with X in Berlin" after them are other events', () => {
    expect(frames('Aziz met Prince Faisal in Riyadh on Monday. The talks in Doha brought together the two sides. Later, Kofi Mensah held talks with Chancellor Greta Olsen in Berlin.')).toEqual(['met', 'talks', 'talks']);
    expect(frames('Aziz met Prince Faisal at the Yamama Palace. Separately, a rebel delegation arrived in Cairo for talks with mediators.')).toEqual(['met', 'talks']);
    expect(frames('Delegations of the two states met in Geneva in May. Later, Premier Kovacs travelled to Vienna, where he held talks on gas supplies.')).toEqual(['met', 'talks']);
  });

  it('a venue told for an event that had none, or the same place again, is the same event', () => {
    expect(frames('The two factions agreed to attend peace talks next month. Washington urged them to hold the talks in London.')).toEqual(['talks+talks']);
    expect(frames('Aziz met Prince Faisal in Riyadh on Monday. The talks in Riyadh lasted two hours.')).toEqual(['met+talks']);
    expect(frames('Aziz began a visit to Chile in Santiago. He is the first minister to visit Chile since the government took office in Valparaiso.')).toHaveLength(1);
  });
});

describe('visits told by the verb', () => {
  it('"visited X", "were visited by X" and "briefed visiting X" are visits', () => {
    expect(events('Senator Arlen Specter had earlier visited Japan, South Korea and China.')).toEqual(['visited']);
    expect(events('Last Friday the priests were visited by Bishop John Okoth in Juba.')).toEqual(['visited']);
    expect(events('Kenyan army chief Samuel Mwangi briefed visiting U.S. Congressman Tom Hale on Tuesday.')).toEqual(['visiting']);
  });

  it('no visit without a name after the verb, and none inside a meeting or a trip already told', () => {
    expect(events('Towns visited by foreigners are poor.')).toEqual([]);
    expect(events('He spoke to a visiting group from Kenya.')).toEqual([]);
    expect(events('Ruto met visiting Ugandan President Yoweri Museveni.')).toEqual(['met']);
    expect(events('Rosati will meet Milosevic in Belgrade, before visiting Montenegro.')).toEqual(['meet']);
  });

  it('a past visit told by the verb is not the one "his visit" refers to', () => {
    const doc = extractDocument({ id: 'd', text: 'The king began a week-long visit to China on Monday. The king, who last visited China in 1993, will meet President Jiang Zemin during his visit.' });
    expect(doc.frames.map((f) => f.mentions.map((m) => doc.tokens[m.end - 1]!.text).join('+'))).toEqual(['visit+visit', 'visited', 'meet']);
  });
});

describe('frames: which mentions tell the same event', () => {
  const frames = (text: string) => {
    const doc = extractDocument({ id: 'd', text });
    return doc.frames.map((f) => f.mentions.map((m) => doc.tokens[m.end - 1]!.text).join('+'));
  };

  it('"after meeting X" is a meeting of its own, "after the meeting" the one told before', () => {
    expect(frames('Ruto attended a meeting in Nairobi on Monday. He flew home after meeting opposition leader Raila Odinga.')).toEqual(['meeting', 'meeting']);
    expect(frames('Ruto attended a meeting in Nairobi on Monday. He flew home after the meeting.')).toEqual(['meeting+meeting']);
    expect(events('The strike ended after meeting their demands.')).toEqual([]);
  });

  it('an event told again in the same words is one event', () => {
    expect(frames('Kenya criticised a visit to Uganda by Museveni. It was angered by a visit to Uganda this week.')).toEqual(['visit+visit']);
    expect(frames('Clinton made a whirlwind Irish tour last year. Aides called it a triumphant Irish tour.')).toEqual(['tour+tour']);
    expect(frames('Kenya criticised a visit to Uganda by Museveni. It welcomed a visit to Tanzania by Ruto.')).toEqual(['visit', 'visit']);
    expect(frames('Clinton made a whirlwind Irish tour last year. Aides planned a long Scottish tour.')).toEqual(['tour', 'tour']);
    expect(frames('Tom Hale began a visit to Nairobi on Monday. Hale will make a visit to Nairobi again next year.')).toEqual(['visit', 'visit']);
  });

  it('a headline in the present tells the news: "leaders meet in Nairobi" is the meeting the story tells', () => {
    const story = (headline: string) => extractDocument({ id: 'd', text: `${headline}\nPeter Smith\nNAIROBI 1996-08-22\nThe Kenyan opposition is divided over the vote.\nRaila Odinga met Kalonzo Musyoka in Nairobi on Wednesday.\nA spokesman said the meeting was friendly.` });
    const met = story('Two Kenyan opposition leaders meet in Nairobi.');
    expect(met.frames.map((f) => [f.mentions.length, f.status ?? 'real'])).toEqual([[3, 'real']]);
    expect(story('Odinga to meet Musyoka in Nairobi.').frames[0]!.mentions[0]!.status).toBe('planned');
    const open = analyze('Russian army, Chechens open new round of talks.\nMOSCOW 1996-08-27\nThe rebels seek to open talks.');
    expect(findMeetingMentions(open).map((m) => m.status ?? 'real')).toEqual(['real', 'hypothetical']);
  });
});

describe('visits, trips and "met" with no parties (issue 9, round 5)', () => {
  it('police or private people visiting someone or somewhere is no meeting', () => {
    expect(events('Detectives looking into a robbery visited Jansen at his farm last spring.')).toEqual([]);
    expect(events('Dutch police have visited Antwerp and will visit Lyon.')).toEqual([]);
    expect(events('Several Polish tourists visited Kovac, the court heard.')).toEqual([]);
  });

  it('an officer sent to talk with colleagues, who the police said visited, and an envoy still visit', () => {
    expect(events('Dutch police said an inspector had visited Antwerp to talk with Belgian detectives.')).toEqual(['visited']);
    expect(events('Ruto visited Kampala on Monday.')).toEqual(['visited']);
  });

  it('a habit is no event', () => {
    expect(events('He said tax inspectors regularly visit his bakery.')).toEqual([]);
    expect(events('He said the minister will visit his bakery.')).toEqual(['visit']);
    // "hold regular talks": a bare noun phrase with a habitual adjective after a verb of holding.
    expect(events('Chile and Peru hold annual "two-plus-two" talks with Bolivia.')).toEqual([]);
    expect(events('The two navies have regular meetings.')).toEqual([]);
    expect(events('The company held its annual meeting in Lima.')).toEqual(['meeting']);
    expect(events('Ministers attended the annual summit in Lima.')).toEqual(['summit']);
  });

  it('teams that met in a game did not meet for talks', () => {
    expect(events('Last season Ajax met Feyenoord in a league match in Rotterdam.')).toEqual([]);
    expect(events('Last season Rutte met Macron in Rotterdam.')).toEqual(['met']);
  });

  it('a journey to no named place is private; a trip to a place, a named tour and the trip told before are events', () => {
    expect(events('Putin went on a three-day trip outside the capital to rest.')).toEqual([]);
    expect(events('He fell ill after a long trip by bus.')).toEqual([]);
    expect(events('Ruto fell ill after a trip to Japan in May.')).toEqual(['trip']);
    expect(events('Ruto returns from a 10-day South American tour on Friday.')).toEqual(['tour']);
    expect(events('Ruto enjoyed the trip, aides said.')).toEqual(['trip']);
  });
});

describe('a host receiving guests', () => {
  const heads = (text: string) => {
    const doc = extractDocument({ id: 'd', text });
    return doc.frames.map((f) => doc.tokens[f.mentions[0]!.end - 1]!.text);
  };

  it('"hosted his counterpart X", "received the ministers", "welcomed President X" are meetings', () => {
    expect(heads('President Ana Rivas hosted her Chilean counterpart Luis Ortega in Lima on Friday.')).toEqual(['hosted']);
    expect(heads('The king later received the Japanese ministers at the palace.')).toEqual(['received']);
    expect(heads('Chancellor Greta Olsen welcomed President Ana Rivas to Berlin.')).toEqual(['welcomed']);
  });

  it('the host and the guest both take part, the host as host', () => {
    const doc = extractDocument({ id: 'd', text: 'President Ana Rivas hosted her Chilean counterpart Luis Ortega in Lima on Friday.' }, { disable: ['relations.model'] });
    const parts = doc.drafts.filter((d) => d.rule === 'relations.meetings' && d.type === 'participant_in');
    expect(parts.map((d) => `${d.source.id} ${d.attributes?.role ?? ''}`.trim()).sort()).toEqual(['person:ana-rivas host', 'person:luis-ortega']);
  });

  it('"received a letter", "welcomed the deal", "received the Nobel Prize" are no meetings', () => {
    expect(heads('The minister received a letter from the rebels.')).toEqual([]);
    expect(heads('Ana Rivas welcomed the deal on Monday.')).toEqual([]);
    expect(heads('The writer received the Nobel Prize in Stockholm.')).toEqual([]);
  });
});

describe('names of the events of one text (issue 9, modern copy)', () => {
  const names = (text: string) => {
    const d = extractDocument({ id: 'd', text }, { disable: ['relations.model'] });
    return d.entities.filter((e) => e.frame).map((e) => d.meetingNames.get(e)?.name);
  };

  it('two events named alike get different names: the later by its date as written, else a number', () => {
    const n = names('Envoys proposed new talks in Geneva. Officials from the two sides held talks in Geneva in March.');
    expect(new Set(n).size).toBe(n.length);
    expect(n).toEqual(['Geneva talks', 'Geneva talks (March)']);
  });

  it('a name written family name first is called by its family name; the text\'s own short form wins', () => {
    expect(names('Chinese Foreign Minister Zhang Wenkai held talks with Peruvian Foreign Minister Ana Cecilia Gervasi.')).toEqual(['Zhang–Gervasi talks']);
    expect(names('Chinese Foreign Minister Zhang Wenkai held talks with Peruvian Foreign Minister Ana Cecilia Gervasi. Wenkai said the talks went well.')).toEqual(['Wenkai–Gervasi talks']);
    // Not for a person tied to no such state.
    expect(names('British Foreign Secretary Lee Harland held talks with Peruvian Foreign Minister Ana Cecilia Gervasi.')).toEqual(['Harland–Gervasi talks']);
    // Nor for one tied to such a state only by what he does to it (a stance, not a post or a home).
    expect(names('Senator Lee Harland, who criticised China, held talks with Peruvian Foreign Minister Ana Cecilia Gervasi.')).toEqual(['Harland–Gervasi talks']);
  });
});

describe('reported and conference-call wordings of the event told (issue 9, round 6)', () => {
  const frames = (text: string) => {
    const doc = extractDocument({ id: 'd', text });
    return doc.frames.map((f) => f.mentions.map((m) => doc.tokens[m.end - 1]!.text).join('+'));
  };

  it('"X would hold talks" after the talks are told is the same event, reported', () => {
    expect(frames('Envoy Lena Moss flew to Harare on Sunday for talks with Zimbabwean ministers. Aides said Moss would hold talks with the finance minister on Monday.')).toEqual(['talks+talks']);
    expect(frames('Premier Olu Ade arrived in Accra for talks with the president. State radio said Ade could hold discussions on trade as well.')).toEqual(['talks+discussions']);
  });

  it('hoped-for or future events, and a modal event with none told before, stay their own', () => {
    expect(frames('Envoy Lena Moss flew to Harare for talks with Zimbabwean ministers. The rebels said they would want negotiations with the army.')).toEqual(['talks', 'negotiations']);
    expect(frames('The two sides ended years of negotiations in Geneva. Issues left open could be settled in future negotiations.')).toEqual(['negotiations', 'negotiations']);
    expect(frames('Aides said Moss would hold talks with the finance minister on Monday.')).toEqual(['talks']);
  });

  it('"a conference call" is one call, and "the call" refers back to it', () => {
    expect(frames('The miner said in a conference call that output would rise. Analysts on the call asked about costs.')).toEqual(['call+call']);
    expect(frames('The ministers held a conference in Oslo. Analysts asked about costs.')).toEqual(['conference']);
  });
});
