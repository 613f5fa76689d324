// The relation model's scoring loop (scoreDocument) against a plain reading of it, with a made-up
// scorer: each type's probability is read at its own class (the loop reads it through the
// candidate's allowed classes), symmetric relations keep one canonical order, the best probability
// per relation wins, and with an active set only candidates with an active type (or a rule's) are
// scored; a sports report leaves out the pairs that can only be stances. Sentences written for this test.
import { describe, expect, it } from 'vitest';
import { RELATION_TYPES, type RelationType } from '../../src/types.ts';
import { extractDocument } from '../../src/extract/index.ts';
import { candidates, CANDIDATE_DEFAULTS } from '../../src/extract/relations/candidates.ts';
import { contextOf } from '../../src/extract/relations/context.ts';
import { candidateFeatures, Votes } from '../../src/extract/relations/model-features.ts';
import { activeTypes, classOf, entityKeys, MODEL_CLASSES, relationKey, scoreDocument } from '../../src/extract/relations/model.ts';
import { softmax } from '../../src/extract/relations/softmax.ts';
import type { Scorer } from '../../src/extract/tagger/model.ts';

/** Scores that depend on every feature and differ per class, without a trained model. */
const fakeScorer: Scorer = {
  score(features, out) {
    out.fill(0);
    for (const f of features) for (let c = 0; c < out.length; c++) out[c]! += (((f >>> (c % 24)) & 255) - 128) / 64;
  },
};

const TEXT = [
  'Presidents Ilona Varga of Freedonia and Tomas Reyes of Sylvania met in Geneva on Tuesday.',
  'The Freedonian army has fought Sylvanian troops along the border since March, officials said.',
  'Varga told the Daily Courier that Freedonia wanted a ceasefire with Sylvania.',
].join('\n');

describe('relation scoring loop', () => {
  const doc = extractDocument({ id: 'scoring', text: TEXT }, { disable: ['relations.model'] });

  /** The loop read plainly: class index of each type, destructured swaps, every candidate. */
  function reference(active?: ReadonlySet<RelationType>): Map<string, number> {
    const ctx = contextOf(doc);
    const key = entityKeys(doc);
    const votes = new Votes(doc.drafts, key);
    const scores = new Float64Array(MODEL_CLASSES.length);
    const probs = new Float64Array(MODEL_CLASSES.length);
    const best = new Map<string, number>();
    for (const c of candidates(ctx, doc.drafts, CANDIDATE_DEFAULTS)) {
      if (active && c.kind !== 'draft' && !c.types.some((t) => active.has(t))) continue;
      fakeScorer.score(candidateFeatures(ctx, c, votes, []), scores);
      softmax(scores, [0, ...c.types.map(classOf)], probs);
      for (const type of c.types) {
        const p = probs[classOf(type)]!;
        if (p < 0.05 && c.kind !== 'draft') continue;
        const k = relationKey(key, type, c.source, c.target);
        if (!(best.get(k)! >= p)) best.set(k, p);
      }
    }
    return best;
  }

  for (const active of [undefined, new Set<RelationType>(['at_war_with', 'holds_position'])]) {
    it(`gives each relation its best probability at its own class${active ? ' (active types only)' : ''}`, () => {
      const key = entityKeys(doc);
      const got = scoreDocument(doc, fakeScorer, active);
      const want = reference(active);
      expect(got.length).toBeGreaterThan(3);
      expect(new Map(got.map((s) => [relationKey(key, s.type, s.source, s.target), s.probability]))).toEqual(want);
      for (const s of got) if (RELATION_TYPES[s.type].symmetric) expect(key(s.source) <= key(s.target)).toBe(true);
    });
  }

  it('an active set leaves out the candidates with no active type', () => {
    const all = scoreDocument(doc, fakeScorer);
    const some = scoreDocument(doc, fakeScorer, new Set<RelationType>(['at_war_with']));
    expect(some.length).toBeLessThan(all.length);
  });
});

describe('sports reports', () => {
  // An invented results story: players and teams face each other in every line.
  const SPORTS = [
    'SOCCER - KELDOR CUP RESULTS.',
    'OSLO 1996-08-25',
    'Norvik United 2 (Arne Falk 12th, Per Lund 80th) Vestby Rovers 1 (Jon Haug 44th).',
    'Arne Falk of Norway beat Jon Haug of Sweden in the sprint final.',
  ].join('\n');
  const thresholds = { supports: 0.5, opposes: 0.5, killed: 0.5, holds_position: 0.4, lives_in: 0.5, part_of: 0.5, based_in: 0.5, located_in: 0.5 };

  it('leaves stance, war, killing, counterpart, base, home and part types out of the types the model adds on its own', () => {
    const sports = activeTypes({ thresholds }, true);
    expect([...sports].sort()).toEqual(['holds_position', 'located_in']);
    // Not in other reports.
    expect([...activeTypes({ thresholds }, false)].sort()).toEqual(['based_in', 'holds_position', 'killed', 'lives_in', 'located_in', 'opposes', 'part_of', 'supports']);
  });

  it('scores no pair of two players or two countries, but still a player and his team', () => {
    const doc = extractDocument({ id: 'sports', text: SPORTS }, { disable: ['relations.model'] });
    const scored = (active: ReadonlySet<RelationType>) => scoreDocument(doc, fakeScorer, active).map((s) => `${s.source.type} ${s.type} ${s.target.type}`);
    const all = scored(activeTypes({ thresholds }, false));
    const sports = scored(activeTypes({ thresholds }, true));
    // Two players, or two countries, can only be each other's supporters, opponents or counterparts.
    const facing = (list: string[]) => list.filter((s) => /^(person \S+ person|state \S+ state)$/.test(s));
    expect(facing(all).length).toBeGreaterThan(0);
    expect(facing(sports)).toEqual([]);
    expect(sports).toContain('person holds_position organization');
  });
});
