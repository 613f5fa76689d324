// Precision of reported and participant_in on sentences written for these tests (not from the seed
// or the data): press-review items report no place, an outlet's report is not about a speaker of
// his own, the features that tell an actor beside an event from a participant, and no participant
// offered for a denied event.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { candidates } from '../../src/extract/relations/candidates.ts';
import { contextOf } from '../../src/extract/relations/context.ts';
import { eventClauseFeatures } from '../../src/extract/relations/event-clause-features.ts';

const NO_MODEL = { disable: ['relations.model'] };
const drafts = (text: string, rule: string, type: string) =>
  extractDocument({ id: 'd', text }, NO_MODEL).drafts.filter((d) => d.rule === rule && d.type === type).map((d) => `${d.source.id} ${d.target.id}`);

describe('press review: a place an item names is where its news happened', () => {
  const review = (item: string) => `PRESS DIGEST - Ghana - June 2.\nThese are the leading stories in the Ghanaian press.\n- - - -\nACCRA MAIL\n- Parliament approved the budget.\n- - - -\nGHANAIAN TIMES\n- ${item}\n`;
  it('reports the item\'s actors, not its towns', () => {
    const r = drafts(review('Finance Minister Kwame Mensah opened a new market in Tamale.'), 'relations.pressReview', 'reported');
    expect(r).toContain('media:ghanaian-times person:kwame-mensah');
    expect(r.filter((x) => x.includes('place:'))).toEqual([]);
  });
  it('still reports a state an item is about', () => {
    const r = drafts(review('Togo closes its border with Ghana over fuel smuggling.'), 'relations.pressReview', 'reported');
    expect(r).toContain('media:ghanaian-times state:togo');
  });
});

describe('attribution: whom an outlet\'s report is about', () => {
  const reported = (text: string) => drafts(text, 'relations.attribution', 'reported');
  it('not a speaker named before it, who speaks for himself', () => {
    expect(reported('The spokesman, Tom Baker, said it was right that the letter which the Daily Nation reported contained a plea was answered.')).toEqual([]);
    expect(reported('Tom Baker said the letter which the Daily Nation reported had arrived was genuine.')).toEqual([]);
  });
  it('still the actor of the reported sentence', () => {
    expect(reported('Ruto signed the bill on Monday, Reuters reported.')).toEqual(['media:reuters person:ruto']);
    expect(reported('Tom Baker, the mayor, opened the bridge on Monday, the Daily Nation reported.')).toEqual(['media:daily-nation person:tom-baker']);
  });
});

describe('features of an actor beside an event', () => {
  /** The features of the named person and the sentence's event. */
  const features = (text: string, person: string) => {
    const doc = extractDocument({ id: 'd', text }, NO_MODEL);
    const ctx = contextOf(doc);
    const a = ctx.refs.find((r) => r.entity.name === person)!.mention;
    const e = doc.entities.find((x) => x.frame)!.frame!.mentions[0]!;
    const out: number[] = [];
    eventClauseFeatures(ctx, a, e, 1, out);
    return out;
  };
  it('none for the subject of the meeting verb', () => {
    expect(features('Tom Baker held talks with Ann Lee in Accra on Monday.', 'Tom Baker')).toEqual([]);
  });
  it('a speaker whose clause tells of the event, told apart from "X said he met"', () => {
    const speaker = features('Tom Baker said the talks between the two unions would resume next week.', 'Tom Baker');
    const participant = features('Tom Baker said he met Ann Lee in Accra on Monday.', 'Tom Baker');
    expect(speaker.length).toBeGreaterThan(0);
    expect(participant.length).toBeGreaterThan(0);
    expect(speaker).not.toEqual(participant);
  });
  it('an actor inside a quotation the event is outside of', () => {
    expect(features('"Tom Baker is wrong," the union leader told the meeting in Accra.', 'Tom Baker').length).toBeGreaterThan(0);
  });
});

describe('meetings: who the subject of the event is', () => {
  const participants = (text: string) => drafts(text, 'relations.meetings', 'participant_in').map((x) => x.split(' ')[0]).sort();
  it('the envoy met, not the one who sent him', () => {
    expect(participants('Ruto envoy Jane Wambui met Tom Baker in Kampala on Friday.')).toEqual(['person:jane-wambui', 'person:tom-baker']);
    expect(participants('Kremlin aide Ivan Sokolov and White House envoy Jane Wambui held talks in Riyadh.')).toEqual(['person:ivan-sokolov', 'person:jane-wambui']);
  });
  it('a speaker whose complement names another subject takes no part', () => {
    expect(participants('Tom Baker said Mary Stone has asked to go on the train trip next week.')).toEqual([]);
    expect(participants('Tom Baker told Reuters he had talks with Ann Lee.')).toEqual(['person:ann-lee', 'person:tom-baker']);
    expect(participants('The Kenyan government said that the Nairobi road would be opened on Monday following talks with Tom Baker.')).toEqual(['person:tom-baker', 'state:kenya']);
  });
  it('a subject named alone, or before a title with no holder, still takes part', () => {
    expect(participants('Ruto met Jane Wambui in Kampala on Friday.')).toEqual(['person:jane-wambui', 'person:ruto']);
  });
});

describe('denied events', () => {
  it('offers the model no participant of a meeting the text denies', () => {
    const text = 'Minister Hanna Varga of Keldor said on Friday she never met President Ivo Marek. Varga held talks with Marek in Vienna on Saturday.';
    const doc = extractDocument({ id: 'neg', text }, NO_MODEL);
    const byStatus = (negated: boolean) =>
      candidates(contextOf(doc), doc.drafts)
        .filter((c) => c.types.includes('participant_in') && c.target.type === 'meeting' && (c.target.frame?.status === 'negated') === negated)
        .map((c) => c.source.name);
    expect(doc.frames.some((f) => f.status === 'negated')).toBe(true);
    expect(byStatus(true)).toEqual([]);
    expect(byStatus(false)).toEqual(expect.arrayContaining(['Hanna Varga', 'Ivo Marek']));
  });
});

describe('sports reports', () => {
  it('a score line or a squad list gives no post in a team; a titled official keeps his', () => {
    const text = 'SOCCER - KELDOR CUP RESULTS.\nOSLO 1996-08-25\nResults of Keldor Cup matches played on Sunday:\nNorvik United 2 (Arne Falk 12th, Per Lund 80th) Vestby Rovers 1 (Jon Haug 44th).\nMidfielders - Arne Falk (Norvik United), Jon Haug (Vestby Rovers), Per Lund (Norvik United).\nNorvik United chairman Olav Berg said the club would appeal.\n';
    const posts = extractDocument({ id: 'sp', text }).relations.filter((r) => r.type === 'holds_position').map((r) => `${r.source.name} > ${r.target.name}`);
    expect(posts).toEqual(['Olav Berg > Norvik United']);
  });
});
