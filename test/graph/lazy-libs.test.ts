// The graph libraries are loaded on first use (src/graph/libs.ts), not at start-up: no module under
// src/ imports a graphology package as a value, except export/gexf.ts (graphology-gexf, which the
// viewer bundles); and the lazy loaders give the working libraries.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { forceAtlas2, graphComponents, graphology, louvain, noverlap, pagerank } from '../../src/graph/libs.ts';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

describe('graph libraries', () => {
  it('no source imports a graphology package as a value at start-up (gexf aside)', () => {
    const offenders: string[] = [];
    for (const f of sources(SRC)) {
      const rel = relative(SRC, f).split('\\').join('/');
      for (const line of readFileSync(f, 'utf8').split('\n')) {
        if (!/^import\s+(?!type\b).*from\s+'graphology/.test(line)) continue;
        if (rel === 'export/gexf.ts' && line.includes("'graphology-gexf'")) continue;
        offenders.push(`${rel}: ${line}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('the loaders give the libraries', () => {
    const Graph = graphology();
    const g = new Graph({ type: 'undirected' });
    g.addNode('a', { x: 0, y: 0 });
    g.addNode('b', { x: 1, y: 1 });
    g.addEdge('a', 'b', { weight: 1 });
    expect(graphComponents().connectedComponents(g)).toEqual([['a', 'b']]);
    expect(typeof forceAtlas2().assign).toBe('function');
    expect(typeof noverlap().assign).toBe('function');
    expect(Object.keys(pagerank()(g)).sort()).toEqual(['a', 'b']);
    expect(typeof louvain()).toBe('function');
  });
});
