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
