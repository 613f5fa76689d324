// The Neo4j export against the rules of neo4j-admin database import (CSV header format and
// quoting, as documented): a small reader of that format reads every file back.
import { describe, expect, it } from 'vitest';
import { extractionToNeo4j, neo4jCell } from '../../src/export/neo4j.ts';
import type { Extraction } from '../../src/types.ts';
import { loadTricky } from '../helpers.ts';

/**
 * neo4j-admin's CSV defaults: fields split on commas; a field that starts with a double quote runs
 * to the next lone quote, "" inside being one quote; no line breaks inside fields
 * (--multiline-fields=false); no trimming.
 */
function readNeo4jCsv(text: string): string[][] {
  expect(text.endsWith('\n')).toBe(true);
  expect(text.charCodeAt(0)).not.toBe(0xfeff);
  return text.slice(0, -1).split('\n').map((line) => {
    const cells: string[] = [];
    let i = 0;
    for (;;) {
      if (line[i] === '"') {
        let s = '';
        i++;
        for (;;) {
          const q = line.indexOf('"', i);
          expect(q).toBeGreaterThanOrEqual(0);
          s += line.slice(i, q);
          if (line[q + 1] === '"') { s += '"'; i = q + 2; } else { i = q + 1; break; }
        }
        cells.push(s);
      } else {
        const c = line.indexOf(',', i);
        const raw = line.slice(i, c < 0 ? line.length : c);
        expect(raw).not.toContain('"');
        cells.push(raw);
        i = c < 0 ? line.length : c;
      }
      if (i >= line.length) break;
      expect(line[i]).toBe(',');
      i++;
    }
    return cells;
  });
}

const hostile: Extraction = {
  schemaVersion: 1,
  documents: [{ id: 'd,1.txt', sha256: '', chars: 100 }],
  entities: [
    { id: 'person:a', type: 'person', name: 'Ann "The Hammer" O\'Neil', aliases: ['A; B', 'x,y'], attributes: { positions: [{ position: 'chair', of: 'organization:o' }] }, mentions: [{ doc: 'd,1.txt', start: 0, end: 3, text: 'Ann' }] },
    { id: 'organization:o', type: 'organization', name: '=SUM(A1)', aliases: [], attributes: { country: 'state:x', kind: 'party' }, mentions: [{ doc: 'd,1.txt', start: 5, end: 6, text: 'O' }] },
    { id: 'meeting:m', type: 'meeting', name: 'talks', aliases: [], attributes: { kind: 'talks', status: 'planned' }, mentions: [{ doc: 'd,1.txt', start: 9, end: 14, text: 'talks' }] },
  ],
  relations: [
    { id: 'holds_position(person:a,organization:o)', type: 'holds_position', source: 'person:a', target: 'organization:o', attributes: { position: 'chair' }, confidence: 0.9, evidence: [{ doc: 'd,1.txt', start: 0, end: 40, text: 'Ann, the "chair",\nsaid:\r\n\u0007 yes' }] },
    { id: 'participant_in(person:a,meeting:m)', type: 'participant_in', source: 'person:a', target: 'meeting:m', attributes: { role: 'host' }, confidence: 1, evidence: [{ doc: 'd,1.txt', start: 0, end: 5, text: 'Ann hosts' }] },
  ],
};

describe('Neo4j export', () => {
  it('one node file per label and one relationship file per type, with typed headers', () => {
    const files = extractionToNeo4j(hostile);
    expect(Object.keys(files).sort()).toEqual(['import.sh', 'nodes_Meeting.csv', 'nodes_Organization.csv', 'nodes_Person.csv', 'rels_HOLDS_POSITION.csv', 'rels_PARTICIPANT_IN.csv', 'schema.cypher']);
    const persons = readNeo4jCsv(files['nodes_Person.csv']!);
    expect(persons[0]).toEqual(['id:ID', ':LABEL', 'name', 'aliases', 'mentionCount:int', 'documents', 'mentions', 'positions']);
    expect(persons[1]!.slice(0, 5)).toEqual(['person:a', 'Entity;Person', 'Ann "The Hammer" O\'Neil', '["A; B","x,y"]', '1']);
    expect(JSON.parse(persons[1]![7]!)).toEqual([{ position: 'chair', of: 'organization:o' }]);
    const orgs = readNeo4jCsv(files['nodes_Organization.csv']!);
    expect(orgs[0]!.slice(-2)).toEqual(['country', 'kind']);
    // Data, not a formula: Neo4j stores what the text says.
    expect(orgs[1]![2]).toBe('=SUM(A1)');
    const rels = readNeo4jCsv(files['rels_HOLDS_POSITION.csv']!);
    expect(rels[0]).toEqual([':START_ID', ':END_ID', ':TYPE', 'id', 'symmetric:boolean', 'confidence:float', 'evidenceCount:int', 'evidenceText', 'evidence', 'documents', 'position']);
    expect(rels[1]!.slice(0, 7)).toEqual(['person:a', 'organization:o', 'HOLDS_POSITION', 'holds_position(person:a,organization:o)', 'false', '0.9', '1']);
    // No line break inside a record; the evidence JSON keeps the sentence exactly.
    expect(rels[1]![7]).toBe('Ann, the "chair", said:  yes');
    expect(JSON.parse(rels[1]![8]!)[0].text).toBe(hostile.relations[0]!.evidence[0]!.text);
    expect(rels[1]![10]).toBe('chair');
  });

  it('every file of a real extraction reads back with as many cells as header columns', () => {
    const x = loadTricky();
    const files = extractionToNeo4j(x);
    let nodes = 0;
    let rels = 0;
    const ids = new Set<string>();
    for (const [name, text] of Object.entries(files)) {
      if (!name.endsWith('.csv')) continue;
      const rows = readNeo4jCsv(text);
      for (const r of rows) expect(r).toHaveLength(rows[0]!.length);
      for (const h of rows[0]!) expect(h).toMatch(/^(?:[A-Za-z]+(?::(?:int|float|boolean|ID))?|:LABEL|:START_ID|:END_ID|:TYPE)$/);
      if (name.startsWith('nodes_')) { nodes += rows.length - 1; rows.slice(1).forEach((r) => ids.add(r[0]!)); }
      else {
        rels += rows.length - 1;
        for (const r of rows.slice(1)) expect(ids.has(r[0]!) || x.entities.some((e) => e.id === r[0])).toBe(true);
      }
    }
    expect(nodes).toBe(x.entities.length);
    expect(rels).toBe(x.relations.length);
    expect(ids.size).toBe(x.entities.length);
  });

  it('the import script names every file; the schema has the id constraint', () => {
    const files = extractionToNeo4j(loadTricky());
    const csv = Object.keys(files).filter((f) => f.endsWith('.csv'));
    for (const f of csv) expect(files['import.sh']).toContain(`--${f.startsWith('nodes_') ? 'nodes' : 'relationships'}=${f} \\`);
    expect(files['import.sh']).toContain('neo4j-admin database import full');
    expect(files['schema.cypher']).toContain('CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;');
  });

  it('cells: quoting only where needed, empty string kept apart from no value', () => {
    expect(neo4jCell('plain')).toBe('plain');
    expect(neo4jCell('a,b')).toBe('"a,b"');
    expect(neo4jCell('say "hi"')).toBe('"say ""hi"""');
    expect(neo4jCell('')).toBe('""');
    expect(neo4jCell(null)).toBe('');
    expect(neo4jCell(0.5)).toBe('0.5');
    expect(neo4jCell(' padded ')).toBe('" padded "');
  });
});
