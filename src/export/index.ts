// All exports of one build, as file name → content; the CLI writes them atomically.

import type { NewsGraph } from '../graph/index.ts';
import type { Extraction } from '../types.ts';
import { stableStringify } from '../util/json.ts';
import { extractionToCsv } from './csv.ts';
import { graphToGexf } from './gexf.ts';
import { graphToGraphml } from './graphml.ts';
import { graphToJson } from './json.ts';

export function extractionToJson(x: Extraction): string {
  return stableStringify(x) + '\n';
}

export function renderOutputs(x: Extraction, g: NewsGraph): Record<string, string> {
  return {
    'graph.json': graphToJson(g),
    'graph.gexf': graphToGexf(g),
    'graph.graphml': graphToGraphml(g),
    'triples.csv': extractionToCsv(x),
    'extraction.json': extractionToJson(x),
  };
}
