// Exports: golden files (UPDATE_GOLDEN=1 rewrites them), schema validation and round trips.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../src/export/csv.ts';
import { renderOutputs } from '../../src/export/index.ts';
import { graphFromExtraction } from '../../src/graph/index.ts';
import { fixture, loadTricky, SHARED, tempDir } from '../helpers.ts';

const x = loadTricky();
const outputs = renderOutputs(x, graphFromExtraction(x));

describe('golden files', () => {
  for (const name of Object.keys(outputs)) {
    it(name, () => {
      const file = fixture(join('golden', `tricky.${name}`));
      if (process.env.UPDATE_GOLDEN) writeFileSync(file, outputs[name]!);
      expect(outputs[name]).toBe(readFileSync(file, 'utf8'));
    });
  }
});

describe('graph.gexf', () => {
  it('validates against the GEXF 1.3 RELAX NG schema', () => {
    const rng = join(SHARED, 'gexf-1.3', 'gexf.rng');
    expect(existsSync(rng), `${rng} missing: ../shared must sit beside the project`).toBe(true);
    const file = join(tempDir(), 'g.gexf');
    writeFileSync(file, outputs['graph.gexf']!.replace(/ xsi:schemaLocation="[^"]*"/, ''));
    execFileSync('xmllint', ['--noout', '--relaxng', rng, file], { stdio: 'pipe' });
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
    expect(csvCell('a, "b"')).toBe('"a, ""b"""');
    expect(csvCell(0.5)).toBe('0.5');
    const lines = outputs['triples.csv']!.trim().split('\r\n');
    expect(lines).toHaveLength(1 + 4);
    expect(outputs['triples.csv']).not.toMatch(/(^|,)[=+\-@]/m);
  });
});
