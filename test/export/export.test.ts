// Exports: golden files (UPDATE_GOLDEN=1 rewrites them), schema validation and round trips.
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/export/csv.ts';
import { rgb } from '../../src/export/gexf.ts';
import { outputStreams, renderOutputs } from '../../src/export/index.ts';
import { stableJsonChunks } from '../../src/export/json.ts';
import { stableStringify } from '../../src/util/json.ts';
import { graphFromExtraction } from '../../src/graph/index.ts';
import { fixture, GEXF_RNG, loadTricky, tempDir } from '../helpers.ts';

const x = loadTricky();
const graph = graphFromExtraction(x);
const outputs = renderOutputs(x, graph);

describe('golden files', () => {
  for (const name of Object.keys(outputs) as (keyof typeof outputs)[]) {
    it(name, () => {
      const file = fixture(join('golden', `tricky.${name}`));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, outputs[name]!);
      expect(outputs[name]).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('streamed outputs', () => {
  it('are the bytes of graphology\'s export and of the Extraction, one element per chunk', () => {
    expect(outputs['graph.json']).toBe(stableStringify(graph.export()) + '\n');
    expect(outputs['extraction.json']).toBe(stableStringify(x) + '\n');
    const chunks = [...outputStreams(x, graph)['graph.json']];
    expect(chunks.length).toBeGreaterThan(graph.order + graph.size);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(outputs['graph.json']!.length / 2);
  });

  it('write what JSON.stringify writes for empty lists and objects, nested values and missing ones', () => {
    const v = { b: [], a: {}, c: [{ z: 1, y: [1, { q: undefined, p: 'line\nbreak' }] }], d: undefined, e: [[], {}], f: 'x' };
    for (const depth of [0, 1, 2, 3, 5]) expect([...stableJsonChunks(v, depth)].join('')).toBe(stableStringify(v));
  });
});

describe('graph.gexf', () => {
  it('writes colours as r, g, b (networkx\'s read_gexf refuses the hex attribute)', () => {
    expect(rgb('#e15759')).toBe('rgb(225,87,89)');
    // A person's colour (style.ts: #d55e00) as the three channels.
    expect(outputs['graph.gexf']).toContain('<viz:color r="213" g="94" b="0"/>');
    expect(outputs['graph.gexf']).not.toContain('hex=');
  });

  it('validates against the GEXF 1.3 RELAX NG schema', () => {
    const file = join(tempDir(), 'g.gexf');
    writeFileSync(file, outputs['graph.gexf']!.replace(/ xsi:schemaLocation="[^"]*"/, ''));
    execFileSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, file], { stdio: 'pipe' });
  });

  it('keeps evidence and aliases intact through a write/read round trip', () => {
    const g = parseGexf(Graph, outputs['graph.gexf']!);
    const ann = g.getNodeAttributes('person:ann-o-neil');
    expect(ann.label).toBe('Ann O\'Neil <"&">');
    expect(JSON.parse(ann.aliases as string)).toEqual(x.entities[0]!.aliases);
    const ev = JSON.parse(g.getEdgeAttribute('quoted(media:wire,person:ann-o-neil)', 'evidence') as string);
    expect(ev[0].text).toBe(x.relations[0]!.evidence[0]!.text);
    expect(g.getNodeAttribute('media:wire', 'label')).toBe('The Wire'); // control character removed
    expect(g.hasEdge('at_war_with(state:elbonia,state:ruritania)')).toBe(true);
  });
});

describe('graph.graphml', () => {
  it('parses back with graphology-graphml with its typed attributes', () => {
    const g = parseGraphml(Graph, outputs['graph.graphml']!);
    expect(g.order).toBe(x.entities.length);
    expect(g.size).toBe(x.relations.length);
    const ev = JSON.parse(g.getEdgeAttribute('quoted(media:wire,person:ann-o-neil)', 'evidence') as string);
    expect(ev[0].text).toBe(x.relations[0]!.evidence[0]!.text);
    expect(typeof g.getNodeAttribute('state:ruritania', 'pagerank')).toBe('number');
  });
});

describe('triples.csv', () => {
  it('neutralizes spreadsheet formulas and quotes separators', () => {
    expect(csvCell('=SUM(A1)')).toBe(`"'=SUM(A1)"`);
    expect(csvCell('-2+3')).toBe(`"'-2+3"`);
    expect(csvCell('@x')).toBe(`"'@x"`);
    // Regression (issue 13, defect 10): what a spreadsheet skips before the formula does not hide it.
    for (const cell of [' =1+1', '\u00a0=1+1', '\u200b=1+1', '\uff1dSUM(A1)', ' \t+1', '\tx', '\u3000@cmd', '\ufeff-1']) {
      expect(csvCell(cell).startsWith(`"'`), JSON.stringify(cell)).toBe(true);
    }
    expect(csvCell('a = b')).toBe('a = b');
    expect(csvCell('Minus-sign')).toBe('Minus-sign');
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(0.5)).toBe('0.5');
    const lines = outputs['triples.csv']!.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(outputs['triples.csv']).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
