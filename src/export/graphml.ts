// graph.graphml for yEd, Cytoscape and NetworkX. graphology-graphml only parses, so this small
// writer declares typed <key>s and escapes every value; its parser is used in the round-trip test.

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

export function graphToGraphml(g: NewsGraph): string {
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
  ];
  for (const k of [...NODE_KEYS, ...EDGE_KEYS]) out.push(`  <key id="${k.id}" for="${k.for}" attr.name="${k.name}" attr.type="${k.type}"/>`);
  out.push('  <graph id="newsgraph" edgedefault="directed">');
  g.forEachNode((n, a) => {
    out.push(`    <node id="${escapeXml(n)}">`);
    const row: Record<string, unknown> = { ...a, aliases: a.aliases, attributes: a.attributes };
    for (const k of NODE_KEYS) out.push(`      <data key="${k.id}">${value(row[k.name])}</data>`);
    out.push('    </node>');
  });
  g.forEachEdge((e, a, s, t) => {
    out.push(`    <edge id="${escapeXml(e)}" source="${escapeXml(s)}" target="${escapeXml(t)}"${a.directed ? '' : ' directed="false"'}>`);
    const row: Record<string, unknown> = { label: a.label, confidence: a.confidence, weight: a.weight, attributes: a.attributes, evidence: a.evidence };
    for (const k of EDGE_KEYS) out.push(`      <data key="${k.id}">${value(row[k.name])}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
