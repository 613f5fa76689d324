// Corpus evaluation: per-type tallies, aggregation and calibration on hand-made reports, and
// `newsgraph eval gold DIR` on a folder built from the seed and its gold.
import { copyFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { aggregate, formatCorpusReport } from '../../src/eval/corpus.ts';
import type { GoldReport } from '../../src/eval/gold.ts';
import { score } from '../../src/eval/score.ts';
import { cli, fixture, SEED, tempDir } from '../helpers.ts';

const report = (relHits: number, relErrors: number, relMisses: number, outcomes: GoldReport['relationOutcomes']): GoldReport => ({
  entities: score(2, 1, 0),
  relations: score(relHits, relErrors, relMisses),
  entityTypes: { person: { gold: 2, hits: 2, errors: 0 }, place: { gold: 0, hits: 0, errors: 1 } },
  relationTypes: { participant_in: { gold: relHits + relMisses, hits: relHits, errors: relErrors } },
  relationOutcomes: outcomes,
  matches: {}, entityErrors: [], entityMisses: [], relationErrors: [], relationMisses: [],
});

describe('aggregate', () => {
  const r = aggregate([
    { name: 'a', report: report(2, 0, 0, [{ type: 'participant_in', confidence: 0.9, hit: true }, { type: 'participant_in', confidence: 0.85, hit: true }]) },
    { name: 'b', report: report(0, 1, 2, [{ type: 'participant_in', confidence: 0.82, hit: false }]) },
  ]);
  it('micro-averages over documents and sums per type', () => {
    expect(r.relations).toMatchObject({ hits: 2, errors: 1, misses: 2 });
    expect(r.entities).toMatchObject({ hits: 4, errors: 2, misses: 0 });
    expect(r.relationTypes).toEqual([expect.objectContaining({ type: 'participant_in', gold: 4, hits: 2, errors: 1 })]);
    expect(r.entityTypes.map((t) => t.type)).toEqual(['person', 'place']);
  });
  it('lists the worst document first and tells how often confident relations are right', () => {
    expect(r.worst[0]!.name).toBe('b');
    expect(r.precisionAtHighConfidence).toBeCloseTo(2 / 3);
    expect(r.calibration.find((c) => c.from === 0.8)).toMatchObject({ relations: 2, right: 1 });
    expect(formatCorpusReport('t', r)).toContain('participant_in');
  });
});

describe('newsgraph eval gold DIR', () => {
  const dir = tempDir();
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(SEED, join(dir, 'seed.txt'));
  copyFileSync(fixture('seed.gold.json'), join(dir, 'seed.json'));
  it('prints the corpus table and --json', () => {
    const out = cli(['eval', 'gold', dir]);
    expect(out.code).toBe(0);
    expect(out.stdout).toMatch(/1 documents/);
    expect(out.stdout).toMatch(/relation type +gold +hits +errors/);
    const json = JSON.parse(cli(['eval', 'gold', dir, '--json']).stdout);
    expect(json.documents).toBe(1);
    expect(json.relations.f1).toBeGreaterThan(0.78);
  });
  it('names the folder when it holds no gold file', () => {
    const empty = tempDir();
    const out = cli(['eval', 'gold', empty]);
    rmSync(empty, { recursive: true, force: true });
    expect(out.code).toBe(1);
    expect(out.stderr).toMatch(/no NAME\.json gold files/);
  });
});
