// All exports of one build, as file name → content: chunks for the files we write ourselves (so a
// large graph is never one string), a string for the GEXF (graphology-gexf renders strings).

import type { NewsGraph } from '../graph/index.ts';
import type { Extraction } from '../types.ts';
import { csvChunks } from './csv.ts';
import { graphToGexf } from './gexf.ts';
import { graphmlChunks } from './graphml.ts';
import { extractionJsonChunks, graphJsonChunks } from './json.ts';

export type OutputName = 'graph.json' | 'graph.gexf' | 'graph.graphml' | 'triples.csv' | 'extraction.json';

/** The five files of a build, each rendered only when it is read (write them with writeOutputSet). */
export function outputStreams(x: Extraction, g: NewsGraph): Record<OutputName, Iterable<string>> {
  return {
    'graph.json': graphJsonChunks(g),
    // A generator, so that the GEXF string exists only while its file is written.
    'graph.gexf': (function* () {
      yield graphToGexf(g);
    })(),
    'graph.graphml': graphmlChunks(g),
    'triples.csv': csvChunks(x),
    'extraction.json': extractionJsonChunks(x),
  };
}

/** The same files as whole strings (tests, small graphs). */
export function renderOutputs(x: Extraction, g: NewsGraph): Record<OutputName, string> {
  const out = {} as Record<OutputName, string>;
  for (const [name, chunks] of Object.entries(outputStreams(x, g)) as [OutputName, Iterable<string>][]) out[name] = [...chunks].join('');
  return out;
}

export function extractionToJson(x: Extraction): string {
  return [...extractionJsonChunks(x)].join('');
}
