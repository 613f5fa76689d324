// A person and the state, body or outlet the sentence shows acting on them (arresting, accusing,
// quoting), or named before a calling ("tennis champion X"), are never read by the relation model as
// holds_position (relations/post-blockers.ts), on sentences written for these tests; the post itself,
// named beside the holder, still is.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/extract/index.ts';
import { candidates } from '../../src/extract/relations/candidates.ts';
import { contextOf } from '../../src/extract/relations/context.ts';
import { noPost, noReport } from '../../src/extract/relations/post-blockers.ts';

/** The sentence pairs the model may read as holds_position, as "holder > body". */
function postPairs(text: string): string[] {
  const doc = extractDocument({ id: 'doc', text }, { disable: ['relations.model'] });
  const ctx = contextOf(doc);
  return candidates(ctx, doc.drafts)
    .filter((c) => c.kind === 'sentence' && c.types.includes('holds_position') && !noPost(ctx, c))
    .map((c) => `${c.source.name} > ${c.target.name}`);
}

describe('holds_position candidates', () => {
  it('a state that arrests or extradites a person holds none of their posts', () => {
    const pairs = postPairs('Kenyan police arrested Daniel Mwangi Otieno on Friday in Mombasa.');
    expect(pairs.some((p) => p.startsWith('Daniel Mwangi Otieno > Kenya'))).toBe(false);
    expect(postPairs('Peru has asked Chile to extradite businessman Carlos Ruiz Mendez.').filter((p) => p.startsWith('Carlos Ruiz Mendez > '))).toEqual([]);
  });

  it('an outlet that quotes a minister is not the minister\'s employer', () => {
    const pairs = postPairs('The Associated Press quoted Health Minister Paulo Mendes Tavora as saying the clinic will reopen.');
    expect(pairs.filter((p) => p.endsWith('> Associated Press'))).toEqual([]);
    expect(postPairs('The Associated Press quotes Mr. Mendes Tavora as saying the clinic will reopen.').filter((p) => p.endsWith('> Associated Press'))).toEqual([]);
  });

  it('a state acting on its own former leader, the title right before him, is left to the model', () => {
    expect(postPairs('Chile has asked Spain to extradite its former president Ramon Ortiz Vega.')).toContain('Ramon Ortiz Vega > Chile');
    expect(postPairs('Chile has asked Spain to extradite former president Ramon Ortiz Vega.')).toContain('Ramon Ortiz Vega > Chile');
    // In the passive, the actor after "by" is blocked as well.
    expect(postPairs('Ramon Ortiz Vega was arrested by Chilean police in Valparaiso.')).not.toContain('Ramon Ortiz Vega > Chile');
  });

  it('a state that accuses a leader of another state', () => {
    const pairs = postPairs("Venezuela's foreign minister accused Colombian President Andres Gomez Lara of lying.");
    expect(pairs).not.toContain('Andres Gomez Lara > Venezuela');
    // The post named beside him stays a candidate.
    expect(pairs).toContain('Andres Gomez Lara > Colombia');
  });

  it('without a word of acting between, the pair is still offered', () => {
    expect(postPairs('Kenyan Interior Minister Daniel Mwangi Otieno spoke in Mombasa on Friday.')).toContain('Daniel Mwangi Otieno > Kenya');
    expect(postPairs('Associated Press correspondent Paulo Mendes Tavora wrote from Luanda.')).toContain('Paulo Mendes Tavora > Associated Press');
  });

  it('a calling before a name is no post: the name before it is a nationality or a contest', () => {
    expect(postPairs('Swedish tennis champion Lars Eriksson Holm withdrew from the tournament on Monday.').filter((p) => p.startsWith('Lars Eriksson Holm > '))).toEqual([]);
    expect(postPairs('Brazilian football star Marcos Pereira Lima will retire after the season.').filter((p) => p.startsWith('Marcos Pereira Lima > '))).toEqual([]);
    // A post before the name still is one.
    expect(postPairs('Swedish Trade Minister Lars Eriksson Holm withdrew from the talks on Monday.')).toContain('Lars Eriksson Holm > Sweden');
  });
});

/** The sentence pairs of an outlet and a person the model may read as reported or quoted. */
function reportPairs(text: string): string[] {
  const doc = extractDocument({ id: 'doc', text }, { disable: ['relations.model'] });
  const ctx = contextOf(doc);
  return candidates(ctx, doc.drafts)
    .filter((c) => c.kind === 'sentence' && (c.types.includes('reported') || c.types.includes('quoted')) && !noReport(ctx, c))
    .map((c) => [c.source.name, c.target.name].sort().join(' + '));
}

describe('reported and quoted candidates', () => {
  it('an outlet\'s own correspondent is no news it reports or quotes', () => {
    expect(reportPairs('The BBC\'s Anna Holm reports from the border that fighting resumed.')).toEqual([]);
    expect(reportPairs('Anna Holm reports for the BBC from the border.')).toEqual([]);
    expect(reportPairs('BBC correspondent Anna Holm says the border is closed.')).toEqual([]);
  });

  it('an outlet quoting someone is still read ("The BBC quotes Minister X")', () => {
    expect(reportPairs('The BBC quotes Minister Anna Holm as saying the border is closed.')).toEqual(['Anna Holm + BBC']);
  });
});
