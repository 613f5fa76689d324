// The extractor on the dev sets of ../shared/data (never copied into the project): the scores
// the issues ask for, kept as regression floors, and the eval command's output.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateBenchmark, evaluateGoldDir } from '../../src/cli/eval.ts';
import { detokenize, readConll03, readConll04, spansFromTags } from '../../src/eval/conll.ts';
import { toTokenSpan } from '../../src/eval/benchmark.ts';
import { cli, sharedData as data } from '../helpers.ts';

describe('benchmark readers', () => {
  it('turn IOB1 and BIO tags into spans', () => {
    expect(spansFromTags(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { start: 0, end: 2, type: 'PER' }, { start: 3, end: 4, type: 'LOC' }, { start: 4, end: 5, type: 'LOC' }, { start: 5, end: 6, type: 'ORG' },
    ]);
  });

  it('rebuild natural text and map character spans back to tokens', () => {
    const { text, offsets } = detokenize([['He', 'said', '"', 'yes', '"', ',', 'Smith', "'s", 'aide', '(', 'AP', ')', '.']]);
    expect(text).toBe('He said " yes ", Smith\'s aide (AP).');
    const i = text.indexOf('Smith');
    expect(toTokenSpan(offsets, text, i, i + "Smith's".length)).toEqual({ sent: 0, start: 6, end: 7 });
    const j = text.indexOf('AP');
    expect(toTokenSpan(offsets, text, j, j + 2)).toEqual({ sent: 0, start: 10, end: 11 });
  });
});

describe('dev sets', () => {
  it('CoNLL-2003 dev: PER/LOC/ORG exact micro F1 >= 85', (ctx) => {
    const r = evaluateBenchmark(readConll03(readFileSync(data(ctx, 'conll03/eng.testa'), 'utf8')), false);
    expect(r.entities.overall.f1).toBeGreaterThanOrEqual(0.85);
  });

  // Floors below the measured scores (README): entities 79.0 (CoNLL04 counts titles inside names
  // and bylines as persons, which newsgraph keeps out); relations 48 since one relation model
  // trained on newsrel and CoNLL04 decides (CoNLL04's Live_In counts nationalities, which the
  // newsrel guidelines do not; its thresholds are chosen on newsrel).
  it('CoNLL04 dev: Peop/Loc/Org exact micro F1 >= 78, relations strict micro F1 >= 45', (ctx) => {
    const r = evaluateBenchmark(readConll04(readFileSync(data(ctx, 'conll04/conll04_dev.json'), 'utf8')), true);
    expect(r.entities.overall.f1).toBeGreaterThanOrEqual(0.78);
    expect(r.relations!.overall.f1).toBeGreaterThanOrEqual(0.45);
  });

  it('newsrel dev: relation F1 >= 0.50, entity F1 >= 0.86 (the relation model; see the README)', (ctx) => {
    const r = evaluateGoldDir(data(ctx, 'newsrel/dev'));
    expect(r.relations.f1).toBeGreaterThanOrEqual(0.5);
    expect(r.entities.f1).toBeGreaterThanOrEqual(0.86);
  });

  it('newsgraph eval prints a table and --json', (ctx) => {
    const table = cli(['eval', 'conll04', data(ctx, 'conll04/conll04_dev.json')]);
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/entities\s+\d+\.\d/);
    expect(table.stdout).toContain('Work_For');
    const gold = cli(['eval', 'gold', 'test/fixtures/seed.gold.json', 'seeds/000_99a1437396bf685a.txt', '--json']);
    expect(JSON.parse(gold.stdout).entities.f1).toBeGreaterThanOrEqual(0.95);
    expect(cli(['eval', 'conll99', 'x']).code).toBe(2);
    expect(cli(['eval', 'conll03', 'no/such.file']).code).toBe(1);
  });
});
