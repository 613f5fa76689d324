// Curation: validating curation.json and applying merges and splits to an Extraction.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { applyCuration, applyCurationFile, curationToJson, parseCuration, type Curation } from '../../src/curation/index.ts';
import type { Entity, Extraction, Relation, Span } from '../../src/types.ts';
import { cli, tempDir } from '../helpers.ts';

// Offsets into one imagined document; apply never reads the text, only ids and spans.
const span = (start: number, text: string, doc = 'a'): Span => ({ doc, start, end: start + text.length, text });
const ent = (id: string, type: Entity['type'], name: string, mentions: Span[], aliases: string[] = []): Entity => ({ id, type, name, aliases, attributes: {}, mentions });
const rel = (type: Relation['type'], source: string, target: string, evidence: Span[], confidence = 0.8): Relation => ({ id: `${type}(${source},${target})`, type, source, target, attributes: {}, confidence, evidence });

function sample(): Extraction {
  const s1 = span(0, 'Russia and the Russian Federation back Moscow.');
  const s2 = span(50, 'The United Nations in New York met.');
  const s3 = span(90, 'UNESCO in Paris said so.');
  return {
    schemaVersion: 1,
    documents: [{ id: 'a', sha256: '0'.repeat(64), chars: 200 }],
    entities: [
      ent('organization:united-nations', 'organization', 'United Nations', [span(54, 'United Nations'), span(90, 'UNESCO')], ['UNESCO']),
      ent('place:moscow', 'place', 'Moscow', [span(39, 'Moscow')]),
      ent('place:new-york', 'place', 'New York', [span(72, 'New York')]),
      ent('place:paris', 'place', 'Paris', [span(100, 'Paris')]),
      ent('state:russia', 'state', 'Russia', [span(0, 'Russia')]),
      ent('state:russian-federation', 'state', 'Russian Federation', [span(15, 'Russian Federation')]),
    ],
    relations: [
      rel('based_in', 'organization:united-nations', 'place:new-york', [s2]),
      rel('based_in', 'organization:united-nations', 'place:paris', [s3]),
      rel('supports', 'state:russia', 'place:moscow', [s1], 0.5),
      rel('supports', 'state:russia', 'state:russian-federation', [s1]),
      rel('supports', 'state:russian-federation', 'place:moscow', [s1], 0.9),
    ].sort((a, b) => (a.id < b.id ? -1 : 1)),
  };
}
const cur = (...decisions: Curation['decisions']): Curation => ({ curationVersion: 1, decisions });

describe('curation', () => {
  it('a merge joins mentions, aliases and relations; a relation between the two is dropped', () => {
    const { extraction: x, applied, skipped } = applyCuration(sample(), cur({ op: 'merge', into: 'state:russia', from: ['state:russian-federation'] }));
    expect([applied, skipped]).toEqual([1, []]);
    expect(x.entities.map((e) => e.id)).not.toContain('state:russian-federation');
    const russia = x.entities.find((e) => e.id === 'state:russia')!;
    expect(russia.name).toBe('Russia');
    expect(russia.aliases).toContain('Russian Federation');
    expect(russia.mentions.map((m) => m.text)).toEqual(['Russia', 'Russian Federation']);
    expect(x.relations.map((r) => r.id)).toEqual([
      'based_in(organization:united-nations,place:new-york)',
      'based_in(organization:united-nations,place:paris)',
      'supports(state:russia,place:moscow)',
    ]);
    // The two supports(…, place:moscow) joined: one sentence, the higher confidence.
    const sup = x.relations.find((r) => r.id === 'supports(state:russia,place:moscow)')!;
    expect(sup.evidence).toHaveLength(1);
    expect(sup.confidence).toBe(0.9);
  });

  it('a split moves the mentions that read the alias, with the relations whose sentences name only it', () => {
    const { extraction: x, skipped } = applyCuration(sample(), cur({ op: 'split', entity: 'organization:united-nations', alias: 'UNESCO' }));
    expect(skipped).toEqual([]);
    const un = x.entities.find((e) => e.id === 'organization:united-nations')!;
    const unesco = x.entities.find((e) => e.id === 'organization:unesco')!;
    expect(un.aliases).toEqual([]);
    expect(un.mentions.map((m) => m.text)).toEqual(['United Nations']);
    expect(unesco).toMatchObject({ name: 'UNESCO', type: 'organization' });
    expect(x.relations.map((r) => r.id)).toContain('based_in(organization:unesco,place:paris)');
    expect(x.relations.map((r) => r.id)).toContain('based_in(organization:united-nations,place:new-york)');
    expect(x.relations.map((r) => r.id)).not.toContain('based_in(organization:united-nations,place:paris)');
  });

  it('skips and explains decisions that cannot apply, and applies the rest', () => {
    const { extraction: x, applied, skipped } = applyCuration(
      sample(),
      cur(
        { op: 'merge', into: 'state:russia', from: ['place:moscow'] },
        { op: 'merge', into: 'state:atlantis', from: ['state:russia'] },
        { op: 'split', entity: 'place:paris', alias: 'Lutetia' },
        { op: 'split', entity: 'place:paris', alias: 'Paris' },
        { op: 'merge', into: 'state:russia', from: ['state:russian-federation'] },
      ),
    );
    expect(applied).toBe(1);
    expect(skipped.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(skipped[0]!.reason).toContain('only entities of one type merge');
    expect(skipped[1]!.reason).toContain('no entity "state:atlantis"');
    expect(skipped[2]!.reason).toContain('reads "Lutetia"');
    expect(skipped[3]!.reason).toContain('nothing would be left');
    expect(x.entities.map((e) => e.id)).not.toContain('state:russian-federation');
  });

  it('decisions apply in order: a later merge may use an entity an earlier split created', () => {
    const { extraction: x, skipped } = applyCuration(
      sample(),
      cur({ op: 'split', entity: 'organization:united-nations', alias: 'UNESCO' }, { op: 'merge', into: 'organization:united-nations', from: ['organization:unesco'] }),
    );
    expect(skipped).toEqual([]);
    expect(x.entities.find((e) => e.id === 'organization:united-nations')!.mentions).toHaveLength(2);
  });

  it('is deterministic, and leaves its input unchanged', () => {
    const input = sample();
    const before = JSON.stringify(input);
    const c = cur({ op: 'merge', into: 'state:russia', from: ['state:russian-federation'] }, { op: 'split', entity: 'organization:united-nations', alias: 'UNESCO' });
    expect(JSON.stringify(applyCuration(input, c).extraction)).toBe(JSON.stringify(applyCuration(sample(), c).extraction));
    expect(JSON.stringify(input)).toBe(before);
  });

  it('validates the file and names the reason', () => {
    expect(() => parseCuration('{')).toThrow(/invalid JSON/);
    expect(() => parseCuration('[]')).toThrow(/not a JSON object/);
    expect(() => parseCuration('{"curationVersion":2,"decisions":[]}')).toThrow(/curationVersion/);
    expect(() => parseCuration('{"curationVersion":1,"decisions":[{"op":"delete"}]}')).toThrow(/decision 1: "op"/);
    expect(() => parseCuration('{"curationVersion":1,"decisions":[{"op":"merge","into":"state:a","from":["state:a"]}]}')).toThrow(/into itself/);
    expect(() => parseCuration('{"curationVersion":1,"decisions":[{"op":"merge","into":"state:a","from":["x"]}]}')).toThrow(/"from"/);
    expect(() => parseCuration('{"curationVersion":1,"decisions":[],"extra":1}')).toThrow(/only/);
    const c = cur({ op: 'merge', into: 'state:russia', from: ['state:russian-federation'] });
    expect(parseCuration(curationToJson(c))).toEqual(c);
  });

  it('applyCurationFile names the file in its errors', () => {
    const dir = tempDir();
    const file = join(dir, 'curation.json');
    expect(() => applyCurationFile(file, sample())).toThrow(`${file}: cannot read the curation file (ENOENT)`);
    writeFileSync(file, '{"curationVersion":1}');
    expect(() => applyCurationFile(file, sample())).toThrow(`${file}: "decisions" must be a list`);
    rmSync(dir, { recursive: true, force: true });
  });

  it('newsgraph build --curation applies the file; a bad file fails in one line naming it, writing nothing', () => {
    const dir = tempDir();
    const file = join(dir, 'curation.json');
    writeFileSync(file, curationToJson(cur({ op: 'merge', into: 'meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt', from: ['meeting:talks--seeds-000-99a1437396bf685a-txt'] }, { op: 'merge', into: 'state:atlantis', from: ['state:russia'] })));
    const out = join(dir, 'out');
    const r = cli(['build', 'seeds', '--out', out, '--curation', file]);
    expect(r.stderr).toContain(`${file}: decision 2 skipped: no entity "state:atlantis"`);
    expect(r.code).toBe(1);
    const graph = JSON.parse(readFileSync(join(out, 'graph.json'), 'utf8')) as { nodes: { key: string }[] };
    expect(graph.nodes.map((n) => n.key)).toContain('meeting:istanbul-talks--seeds-000-99a1437396bf685a-txt');
    expect(graph.nodes.map((n) => n.key)).not.toContain('meeting:talks--seeds-000-99a1437396bf685a-txt');
    writeFileSync(file, '{"curationVersion":1,"decisions":{}}');
    const bad = cli(['build', 'seeds', '--out', join(dir, 'bad'), '--curation', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr.trim().split('\n')).toEqual([`newsgraph: ${file}: "decisions" must be a list`]);
    expect(existsSync(join(dir, 'bad'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});
