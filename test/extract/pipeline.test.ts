// The declared pipeline: every component's requirements are assigned earlier, components return
// only what they declare, ablations and settings are validated, word classes are all used, and the
// source tree has no import cycle.
import { describe, expect, it } from 'vitest';
import madge from 'madge';
import { join } from 'node:path';
import { extract, extractDocument, PIPELINE } from '../../src/extract/index.ts';
import type { Component, Doc, DocEntity, RelationDraft } from '../../src/extract/doc.ts';
import { orderErrors, preparePipeline, runPipeline } from '../../src/extract/pipeline.ts';
import { classNames, parseWordClasses, used } from '../../src/extract/words.ts';
import { ROOT } from '../helpers.ts';

const TEXT = 'Russian Foreign Minister Sergei Lavrov met his Turkish counterpart Hakan Fidan in Ankara on Monday, TASS reported. Lavrov told Reuters the talks were useful.';

describe('pipeline order', () => {
  it('assigns every field before a component requires it', () => {
    expect(orderErrors(PIPELINE)).toEqual([]);
  });
  it('finds a component moved before what it needs', () => {
    const moved = [...PIPELINE];
    const [resolve] = moved.splice(moved.findIndex((c) => c.name === 'resolve'), 1);
    moved.unshift(resolve!);
    expect(orderErrors(moved)).toContain('resolve requires "mentions", which no earlier component assigns');
  });
  it('has unique component names', () => {
    expect(new Set(PIPELINE.map((c) => c.name)).size).toBe(PIPELINE.length);
  });
  it('stamps each draft with the component that proposed it', () => {
    const doc = extractDocument({ id: 'd', text: TEXT });
    const rules = new Set(doc.drafts.map((d) => d.rule));
    expect(rules).toContain('relations.positions');
    expect(rules).toContain('relations.meetings');
    for (const r of rules) expect(PIPELINE.map((c) => c.name)).toContain(r);
  });
});

describe('appending fields', () => {
  const person = (name: string) => ({ id: `person:${name}`, type: 'person', name }) as unknown as DocEntity;
  const [a, b] = [person('a'), person('b')];
  const step = (name: string, run: (doc: Doc) => Partial<Doc>): { component: Component<object>; settings: object } => ({
    component: { name, requires: [], assigns: ['entities', 'drafts'], defaults: {}, run },
    settings: {},
  });
  const draft = { type: 'opposes', source: a, target: b, sent: 0, confidence: 0.5 } as RelationDraft;
  const seen: Doc[] = [];
  const doc = runPipeline({ id: 'x', text: 'x' }, {
    steps: [
      step('first', () => ({ entities: [a], drafts: [draft] })),
      step('second', (d) => (seen.push(d), { entities: [], drafts: [] })),
      step('third', (d) => (seen.push(d), { entities: [b], drafts: [draft] })),
    ],
  });
  it('appends in order, each draft stamped with its rule, the rule\'s own draft untouched', () => {
    expect(doc.entities).toEqual([a, b]);
    expect(doc.drafts.map((d) => d.rule)).toEqual(['first', 'third']);
    expect(draft.rule).toBeUndefined();
  });
  it('keeps a list itself when nothing is added (per-document caches are keyed by it)', () => {
    expect(seen[1]!.entities).toBe(seen[0]!.entities);
    expect(seen[1]!.drafts).toBe(seen[0]!.drafts);
    expect(doc.entities).not.toBe(seen[1]!.entities);
  });
});

describe('ablations and settings', () => {
  it('disables a component: its fields stay empty, the rest still runs', () => {
    const rules = (d: ReturnType<typeof extractDocument>) => new Set(d.drafts.map((x) => x.rule));
    expect(rules(extractDocument({ id: 'd', text: TEXT }))).toContain('relations.attribution');
    const without = extractDocument({ id: 'd', text: TEXT }, { disable: ['relations.attribution'] });
    expect(rules(without)).not.toContain('relations.attribution');
    expect(without.relations.some((r) => r.type === 'holds_position')).toBe(true);
    // Without the model, the rules' drafts that fit their types are the relations.
    const rulesOnly = extractDocument({ id: 'd', text: TEXT }, { disable: ['relations.model'] });
    expect(rulesOnly.relations.every((r) => r.rule !== 'relations.model')).toBe(true);
  });
  it('refuses unknown or essential components and bad settings', () => {
    expect(() => preparePipeline({ disable: ['relations.nothing'] })).toThrow(/no pipeline component "relations.nothing"/);
    expect(() => preparePipeline({ disable: ['resolve'] })).toThrow(/cannot be disabled/);
    expect(() => preparePipeline({ settings: { 'relations.meetings': { window: 3 } } })).toThrow(/has no setting "window"/);
    expect(() => preparePipeline({ settings: { 'relations.meetings': { participant: 'high' } } })).toThrow(/must be a number/);
  });
  it('applies a setting', () => {
    const doc = extractDocument({ id: 'd', text: TEXT }, { settings: { 'relations.positions': { titleBeforeName: 0.55 } } });
    const d = doc.drafts.find((r) => r.type === 'holds_position' && r.source.id === 'person:sergei-lavrov' && r.target.id === 'state:russia');
    expect(d?.confidence).toBe(0.55);
  });
});

describe('word classes', () => {
  it('reads quoted members, phrases and word=value pairs', () => {
    const c = parseWordClasses('# c\n[a] test\nx, "," , """, native of\n[b] map\nled=leader, hosted=host\n');
    expect([...c.get('a')!.members]).toEqual(['x', ',', '"', 'native of']);
    expect(c.get('b')!.values.get('led')).toBe('leader');
    expect(() => parseWordClasses('[a] x\n[a] y\n')).toThrow(/defined twice/);
  });
  it('are all used by the rules (none left over in the data file)', () => {
    extract([{ id: 'd', text: TEXT }]);
    expect(classNames().filter((n) => !used.has(n))).toEqual([]);
  });
});

describe('merging', () => {
  it('keeps a claimant whichever document spells the full name (one relation merge)', () => {
    const a = { id: 'a', text: 'Kenyan President William Ruto backed Uganda on Monday.' };
    const short = { id: 'b', text: 'Ruto backed Uganda again, Reuters reported.' };
    const full = { id: 'b', text: 'William Ruto backed Uganda again, Reuters reported.' };
    const rel = (x: ReturnType<typeof extract>) => x.relations.find((r) => r.id === 'supports(person:william-ruto,state:uganda)');
    expect(rel(extract([a, short]))?.attributes.claimedBy).toBe('media:reuters');
    expect(rel(extract([a, full]))?.attributes.claimedBy).toBe('media:reuters');
    expect(rel(extract([a, short]))?.evidence.map((e) => e.doc)).toEqual(['a', 'b']);
    expect(JSON.stringify(extract([short, a]))).toBe(JSON.stringify(extract([a, short])));
  });
});

describe('source tree', () => {
  it('has no import cycle (madge --circular)', async () => {
    const res = await madge(join(ROOT, 'src'), { fileExtensions: ['ts'] });
    expect(res.circular()).toEqual([]);
  }, 60_000);
});

describe('model signatures', () => {
  it('refuses a model trained with other features or lexicons, naming the fix', async () => {
    const { serialize, deserialize } = await import('../../src/extract/tagger/model.ts');
    const bytes = serialize({ nc: 2, scale: 100, keys: new Uint32Array([7]), weights: new Int16Array([1, -1]), common: new Uint32Array(0) }, 'features-v1 lexicon-aaaa');
    expect(deserialize(bytes, 2, 'features-v1 lexicon-aaaa', 'test model').keys[0]).toBe(7);
    expect(() => deserialize(bytes, 2, 'features-v1 lexicon-bbbb', 'test model')).toThrow(/test model: trained with other features or lexicons.*npm run train/);
    expect(() => deserialize(bytes, 3, 'features-v1 lexicon-aaaa', 'test model')).toThrow(/npm run train/);
  });
});

describe('cross-document surnames', () => {
  it('follow a chain of joins to its end ("Meshaal" → "Khaled Meshaal" → "Khaled Mashaal")', () => {
    const x = extract([
      { id: 'a', text: 'Hamas leader Khaled Mashaal spoke in Doha. Khaled Mashaal later left. Khaled Mashaal returned.' },
      { id: 'b', text: 'Khaled Meshaal met officials in Cairo. Khaled Meshaal said little.' },
      { id: 'c', text: 'Meshaal condemned Israel on Monday.' },
    ]);
    const ids = new Set(x.entities.map((e) => e.id));
    for (const r of x.relations) {
      expect(ids.has(r.source), r.id).toBe(true);
      expect(ids.has(r.target), r.id).toBe(true);
    }
    expect(ids.has('person:khaled-meshaal')).toBe(false);
  });
});
