// graph.json (graphology's own serialization, as graph.export() gives it, loaded directly by the
// viewer) and the streaming JSON writer that extraction.json shares: the same bytes as
// stableStringify, produced one element at a time so a large graph is never one string.

import type { NewsGraph } from '../graph/index.ts';
import { stableStringify } from '../util/json.ts';

type Json = Record<string, unknown>;

/**
 * Chunks of `stableStringify(value)`: arrays and objects down to `depth` are written piece by
 * piece, deeper values whole. Lazy values (iterables standing for arrays) are walked as they come.
 */
export function* stableJsonChunks(value: unknown, depth = 2, pad = ''): Generator<string> {
  const inner = pad + '  ';
  if (depth > 0 && isLazyArray(value)) {
    let first = true;
    for (const item of value) {
      yield first ? `[\n${inner}` : `,\n${inner}`;
      first = false;
      yield* stableJsonChunks(item, depth - 1, inner);
    }
    yield first ? '[]' : `\n${pad}]`;
  } else if (depth > 0 && value !== null && typeof value === 'object' && !Array.isArray(value)) {
    const keys = Object.keys(value).filter((k) => (value as Json)[k] !== undefined).sort();
    if (keys.length === 0) return void (yield '{}');
    for (let i = 0; i < keys.length; i++) {
      yield `${i === 0 ? '{\n' : ',\n'}${inner}${JSON.stringify(keys[i])}: `;
      yield* stableJsonChunks((value as Json)[keys[i]!], depth - 1, inner);
    }
    yield `\n${pad}}`;
  } else {
    // JSON text has no raw line breaks inside strings, so re-indenting is a plain replace.
    yield (stableStringify(value) ?? 'null').replace(/\n/g, `\n${pad}`);
  }
}

function isLazyArray(v: unknown): v is Iterable<unknown> {
  return Array.isArray(v) || (v !== null && typeof v === 'object' && typeof (v as Iterable<unknown>)[Symbol.iterator] === 'function' && !(v instanceof Map) && !(v instanceof Set));
}

/** graph.export(), with nodes and edges serialized as they are read (graphology's own format). */
export function* graphJsonChunks(g: NewsGraph): Generator<string> {
  const nodes = function* () {
    for (const { node, attributes } of g.nodeEntries()) yield Object.keys(attributes).length > 0 ? { key: node, attributes } : { key: node };
  };
  const edges = function* () {
    for (const { edge, attributes, source, target, undirected } of g.edgeEntries()) {
      const e: Json = { key: edge, source, target };
      if (Object.keys(attributes).length > 0) e.attributes = attributes;
      if (g.type === 'mixed' && undirected) e.undirected = true;
      yield e;
    }
  };
  const options = { type: g.type, multi: g.multi, allowSelfLoops: g.allowSelfLoops };
  yield* stableJsonChunks({ options, attributes: g.getAttributes(), nodes: nodes(), edges: edges() }, 2);
  yield '\n';
}

export function* extractionJsonChunks(x: object): Generator<string> {
  yield* stableJsonChunks(x, 2);
  yield '\n';
}
