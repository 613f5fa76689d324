// graph.json: graphology's own serialization (graph.export()), loaded directly by the viewer.

import type { NewsGraph } from '../graph/index.ts';
import { stableStringify } from '../util/json.ts';

export function graphToJson(g: NewsGraph): string {
  return stableStringify(g.export()) + '\n';
}
