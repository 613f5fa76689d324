// graph.graphml for yEd, Cytoscape and NetworkX. graphology-graphml only parses, so this small
// writer declares typed <key>s and escapes every value, one element at a time; its parser is used
// in the round-trip test.

import type { NewsGraph } from '../graph/index.ts';
import { stableStringify } from '../util/json.ts';
import { escapeXml } from './xml.ts';

type KeyType = 'string' | 'double' | 'int' | 'boolean';
interface Key { id: string; for: 'node' | 'edge'; name: string; type: KeyType }

const NODE_KEYS: Key[] = [
  { id: 'label', for: 'node', name: 'label', type: 'string' },
  { id: 'entityType', for: 'node', name: 'entityType', type: 'string' },
  { id: 'aliases', for: 'node', name: 'aliases', type: 'string' },
  { id: 'attributes', for: 'node', name: 'attributes', type: 'string' },
  { id: 'mentions', for: 'node', name: 'mentions', type: 'int' },
  { id: 'degree', for: 'node', name: 'degree', type: 'int' },
  { id: 'pagerank', for: 'node', name: 'pagerank', type: 'double' },
  { id: 'community', for: 'node', name: 'community', type: 'int' },
  { id: 'color', for: 'node', name: 'color', type: 'string' },
  { id: 'size', for: 'node', name: 'size', type: 'double' },
  { id: 'x', for: 'node', name: 'x', type: 'double' },
  { id: 'y', for: 'node', name: 'y', type: 'double' },
];
const EDGE_KEYS: Key[] = [
  { id: 'e_label', for: 'edge', name: 'label', type: 'string' },
  { id: 'e_confidence', for: 'edge', name: 'confidence', type: 'double' },
  { id: 'e_weight', for: 'edge', name: 'weight', type: 'double' },
  { id: 'e_attributes', for: 'edge', name: 'attributes', type: 'string' },
  { id: 'e_evidence', for: 'edge', name: 'evidence', type: 'string' },
];

function value(v: unknown): string {
  return escapeXml(typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : stableStringify(v, 0));
}

export function* graphmlChunks(g: NewsGraph): Generator<string> {
  yield '<?xml version="1.0" encoding="UTF-8"?>\n';
  yield '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n';
  for (const k of [...NODE_KEYS, ...EDGE_KEYS]) yield `  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>\n`;
  yield '  <graph id="newsgraph" edgedefault="directed">\n';
  for (const { node, attributes: a } of g.nodeEntries()) {
    const row = a as unknown as Record<string, unknown>;
    yield `    <node id="${escapeXml(node)}">\n${NODE_KEYS.map((k) => `      <data key="${k.id}">${value(row[k.name])}</data>\n`).join('')}    </node>\n`;
  }
  for (const { edge, attributes: a, source, target } of g.edgeEntries()) {
    const row = a as unknown as Record<string, unknown>;
    yield `    <edge id="${escapeXml(edge)}" source="${escapeXml(source)}" target="${escapeXml(target)}"${a.directed ? '' : ' directed="false"'}>\n`;
    yield `${EDGE_KEYS.map((k) => `      <data key="${k.id}">${value(row[k.name])}</data>\n`).join('')}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
