// The corpus hygiene report: counts, merges per rule, suspected duplicates left, names on several
// types, bare-noun meetings; in graph.json's graph attributes and printed by `newsgraph build`.
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatHygiene, hygieneReport, isBareMeetingName } from '../../src/extract/hygiene.ts';
import { buildGraph } from '../../src/graph/index.ts';
import type { Entity, EntityType, Extraction } from '../../src/types.ts';
import { cli, tempDir } from '../helpers.ts';

const ent = (id: string, name: string): Entity => ({ id, type: id.split(':')[0] as EntityType, name, aliases: [], attributes: {}, mentions: [{ doc: 'd', start: 0, end: name.length, text: name }] });

function sample(): Extraction {
  return {
    schemaVersion: 1,
    documents: [{ id: 'd', sha256: '0'.repeat(64), chars: 10 }],
    entities: [
      ent('person:ada-quist', 'Ada Quist'), ent('person:bo-quist', 'Bo Quist'), ent('person:quist', 'Quist'),
      ent('organization:national-union-movement', 'National Union Movement'), ent('organization:num', 'NUM'),
      ent('place:marrowby', 'Marrowby'), ent('organization:marrowby', 'Marrowby'), ent('media:marrowby', 'MARROWBY'),
      ent('person:alexei-dorenko', 'Alexei Dorenko'), ent('person:alexey-dorenko', 'Alexey Dorenko'),
      ent('meeting:talks--d', 'talks'), ent('meeting:geneva-talks--d', 'Geneva talks'),
    ],
    relations: [{ id: 'lives_in(person:ada-quist,place:marrowby)', type: 'lives_in', source: 'person:ada-quist', target: 'place:marrowby', attributes: {}, confidence: 1, evidence: [{ doc: 'd', start: 0, end: 1, text: 'x' }] }],
    merges: [
      { rule: 'surname', into: 'person:ada-quist', from: 'person:a-quist', names: ['A. Quist'], documents: ['d'], reason: 'r' },
      { rule: 'acronym', into: 'organization:national-union-movement', from: 'organization:n-u-m', names: ['N.U.M'], documents: ['d'], reason: 'r' },
    ],
  };
}

describe('hygiene report', () => {
  it('counts entities, relations, isolated entities, types and merges per rule', () => {
    const h = hygieneReport(sample());
    expect([h.entities, h.relations, h.isolated]).toEqual([12, 1, 10]);
    expect(h.byType).toEqual({ person: 5, state: 0, organization: 3, media: 1, place: 1, meeting: 2 });
    expect(h.merges).toEqual({ total: 2, byRule: { 'same-name': 0, surname: 1, acronym: 1, spelling: 0, meeting: 0 } });
  });

  it('lists suspected duplicates left with their ids: a surname, an acronym, one normalized name', () => {
    expect(hygieneReport(sample()).duplicates).toEqual([
      { kind: 'acronym', key: 'NUM', ids: ['organization:num', 'organization:national-union-movement'] },
      { kind: 'name', key: 'alexei dorenko', ids: ['person:alexei-dorenko', 'person:alexey-dorenko'] },
      { kind: 'surname', key: 'Quist', ids: ['person:quist', 'person:ada-quist', 'person:bo-quist'] },
    ]);
  });

  it('explains names on nodes of several types, and finds meetings named by a bare noun', () => {
    const h = hygieneReport(sample());
    expect(h.crossType).toEqual([{ name: 'Marrowby', ids: ['media:marrowby', 'organization:marrowby', 'place:marrowby'], types: ['organization', 'media', 'place'] }]);
    expect(h.bareMeetings).toEqual(['meeting:talks--d']);
    expect(['talks', 'phone call'].every(isBareMeetingName)).toBe(true);
    expect(['Geneva talks', 'talks (week-12)', 'Ruto–Museveni meeting'].some(isBareMeetingName)).toBe(false);
  });

  it('prints counts and the first groups of each list', () => {
    const lines = formatHygiene(hygieneReport(sample()));
    expect(lines[0]).toBe('12 entities (person 5, organization 3, media 1, place 1, meeting 2), 1 relations, 10 isolated entities (83%)');
    expect(lines).toContain('merges: 2 (surname 1, acronym 1)');
    expect(lines).toContain('suspected duplicates left: 3 (surname 1, acronym 1, name 1)');
    expect(lines).toContain('  surname "Quist": person:quist, person:ada-quist, person:bo-quist');
    expect(lines).toContain('  "Marrowby": media:marrowby, organization:marrowby, place:marrowby (organization, media, place)');
    expect(lines).toContain('meetings named by a bare noun: 1');
    const many: Extraction = { ...sample(), entities: Array.from({ length: 15 }, (_, i) => ent(`meeting:talks-${i}--d`, 'talks')) };
    expect(formatHygiene(hygieneReport(many))).toContain('  … and 5 more (graph.json: graph attribute "hygiene")');
  });

  it('is stored in the graph\'s attributes', () => {
    expect(buildGraph(sample()).getAttribute('hygiene')).toEqual(hygieneReport(sample()));
  });

  it('stays linear: 20,000 persons sharing 2,000 surnames are indexed, never compared in pairs', () => {
    const entities: Entity[] = [];
    for (let i = 0; i < 20_000; i++) entities.push(ent(`person:p${i}`, `Given${i} Surname${i % 2000}`));
    for (let i = 0; i < 2000; i++) entities.push(ent(`person:s${i}`, `Surname${i}`));
    const h = hygieneReport({ ...sample(), entities, relations: [], merges: [] });
    expect(h.duplicates.filter((d) => d.kind === 'surname')).toHaveLength(2000);
    expect(h.duplicates[0]!.ids).toHaveLength(11);
  });
});

describe('newsgraph build and the hygiene report', () => {
  it('prints the report and the --explain trace on stderr, and writes the report into graph.json', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a.txt'), 'Kenyan President William Ruto visited Kampala on Monday.');
    writeFileSync(join(dir, 'in', 'b.txt'), 'Ruto later left Kampala. Officials said the talks were postponed.');
    const r = cli(['build', 'in', '--out', 'out', '--no-cache', '--explain'], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain('newsgraph build: merge surname: person:ruto "Ruto" [in/b.txt] → person:william-ruto "William Ruto" [in/a.txt]: "Ruto" fits one full name of the corpus\n');
    expect(r.stderr).toMatch(/newsgraph build: hygiene: \d+ entities \(person 1, .*\), \d+ relations, \d+ isolated entities/);
    expect(r.stderr).toContain('newsgraph build: hygiene: merges: 1 (surname 1)\n');
    const g = JSON.parse(readFileSync(join(dir, 'out', 'graph.json'), 'utf8')) as { attributes: { hygiene: { merges: { total: number }; bareMeetings: string[] } } };
    expect(g.attributes.hygiene.merges.total).toBe(1);
    expect(g.attributes.hygiene.bareMeetings).toEqual([]);
    const x = JSON.parse(readFileSync(join(dir, 'out', 'extraction.json'), 'utf8')) as Extraction;
    expect(x.merges).toEqual([{ rule: 'surname', into: 'person:william-ruto', from: 'person:ruto', names: ['Ruto'], documents: ['in/b.txt'], reason: '"Ruto" fits one full name of the corpus' }]);
    const quiet = cli(['build', 'in', '--out', 'out2', '--no-cache', '-q'], { cwd: dir });
    expect(quiet.stderr).toBe('');
    const extract = cli(['extract', 'in', '--no-cache', '-q', '--explain'], { cwd: dir });
    expect(extract.stderr).toContain('newsgraph extract: merge surname: person:ruto');
    expect(JSON.parse(extract.stdout).merges).toHaveLength(1);
  });
});
