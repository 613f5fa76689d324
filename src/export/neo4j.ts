// Neo4j export: CSV files for `neo4j-admin database import full` (one node file per label, one
// relationship file per type, evidence as properties), a Cypher script with constraints and
// indexes, and the import command. The CSVs follow the importer's documented defaults: comma
// delimiter, double-quote quoting with doubled quotes inside, typed headers (`id:ID`, `:LABEL`,
// `:START_ID`, `:END_ID`, `:TYPE`, `name:int`…), one line per record (no raw line breaks: the
// importer rejects multi-line fields unless told otherwise), UTF-8 without a byte-order mark.
// Lists and objects are JSON strings (lossless; the importer's array delimiter `;` occurs in
// article text), and an empty cell means "no property". Spreadsheet formula neutralization is not
// applied here: it would change the data Neo4j stores.

import { stableStringify } from '../util/json.ts';
import { ENTITY_TYPE_LIST, RELATION_TYPE_LIST, RELATION_TYPES, type Extraction, type EntityType, type RelationType } from '../types.ts';

const LABELS: Record<EntityType, string> = {
  person: 'Person',
  state: 'State',
  organization: 'Organization',
  media: 'Media',
  place: 'Place',
  meeting: 'Meeting',
};

type Cell = string | number | boolean | null;

/** Compact JSON with sorted keys: the same data gives the same bytes, however it was built. */
const json = (v: unknown) => stableStringify(v, 0);
type ColumnType = 'int' | 'float' | 'boolean' | 'string';

/** One CSV field as the importer reads it. */
export function neo4jCell(v: Cell): string {
  if (v === null) return '';
  let s = typeof v === 'string' ? v : String(v);
  // Line breaks would split the record; control characters are noise from the source.
  // eslint-disable-next-line no-control-regex
  s = s.replace(/\r\n|[\r\n\u2028\u2029]/g, ' ').replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '');
  // Quoted when needed; an empty string is quoted so that it stays a value, not "no property".
  return s === '' || /[",\s]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
}

function typeOf(values: unknown[]): ColumnType {
  let t: ColumnType | null = null;
  for (const v of values) {
    if (v === undefined || v === null) continue;
    const k: ColumnType = typeof v === 'boolean' ? 'boolean' : typeof v === 'number' ? (Number.isInteger(v) ? 'int' : 'float') : 'string';
    if (t === null || t === k) t = k;
    else if ((t === 'int' && k === 'float') || (t === 'float' && k === 'int')) t = 'float';
    else return 'string';
  }
  return t ?? 'string';
}

function scalar(v: unknown, type: ColumnType): Cell {
  if (v === undefined || v === null) return null;
  if (type === 'string') return typeof v === 'string' ? v : json(v);
  return v as number | boolean;
}

/** A CSV: fixed columns, then one typed column per attribute key found in the rows (sorted). */
function table(fixed: [string, (r: number) => Cell][], attrs: Record<string, unknown>[], reserved: Set<string>): string {
  const keys = [...new Set(attrs.flatMap((a) => Object.keys(a)))].filter((k) => !reserved.has(k)).sort();
  const types = keys.map((k) => typeOf(attrs.map((a) => a[k])));
  const header = [...fixed.map(([h]) => h), ...keys.map((k, i) => (types[i] === 'string' ? k : `${k}:${types[i]}`))];
  const lines = [header.map(neo4jCell).join(',')];
  attrs.forEach((a, r) => {
    lines.push([...fixed.map(([, f]) => f(r)), ...keys.map((k, i) => scalar(a[k], types[i]!))].map(neo4jCell).join(','));
  });
  return lines.join('\n') + '\n';
}

const fileLabel = (t: RelationType) => t.toUpperCase();

/** Every file of the Neo4j export, by name: nodes_<Label>.csv, rels_<TYPE>.csv, schema.cypher, import.sh. */
export function extractionToNeo4j(x: Extraction): Record<string, string> {
  const files: Record<string, string> = {};
  const nodeFiles: string[] = [];
  const relFiles: string[] = [];
  for (const type of ENTITY_TYPE_LIST) {
    const ents = x.entities.filter((e) => e.type === type);
    if (ents.length === 0) continue;
    const name = `nodes_${LABELS[type]}.csv`;
    files[name] = table(
      [
        ['id:ID', (r) => ents[r]!.id],
        [':LABEL', () => `Entity;${LABELS[type]}`],
        ['name', (r) => ents[r]!.name],
        ['aliases', (r) => json(ents[r]!.aliases)],
        ['mentionCount:int', (r) => ents[r]!.mentions.length],
        ['documents', (r) => json([...new Set(ents[r]!.mentions.map((m) => m.doc))])],
        ['mentions', (r) => json(ents[r]!.mentions)],
      ],
      ents.map((e) => e.attributes),
      new Set(['id', 'name', 'aliases', 'mentionCount', 'documents', 'mentions']),
    );
    nodeFiles.push(name);
  }
  for (const type of RELATION_TYPE_LIST) {
    const rels = x.relations.filter((r) => r.type === type);
    if (rels.length === 0) continue;
    const name = `rels_${fileLabel(type)}.csv`;
    files[name] = table(
      [
        [':START_ID', (r) => rels[r]!.source],
        [':END_ID', (r) => rels[r]!.target],
        [':TYPE', () => fileLabel(type)],
        ['id', (r) => rels[r]!.id],
        ['symmetric:boolean', () => RELATION_TYPES[type].symmetric],
        ['confidence:float', (r) => rels[r]!.confidence],
        ['evidenceCount:int', (r) => rels[r]!.evidence.length],
        ['evidenceText', (r) => rels[r]!.evidence[0]?.text ?? null],
        ['evidence', (r) => json(rels[r]!.evidence)],
        ['documents', (r) => json([...new Set(rels[r]!.evidence.map((e) => e.doc))])],
      ],
      rels.map((r) => r.attributes),
      new Set(['id', 'symmetric', 'confidence', 'evidenceCount', 'evidenceText', 'evidence', 'documents']),
    );
    relFiles.push(name);
  }
  files['schema.cypher'] = schemaCypher(nodeFiles.map((f) => f.slice('nodes_'.length, -'.csv'.length)));
  files['import.sh'] = importScript(nodeFiles, relFiles);
  return files;
}

function schemaCypher(labels: string[]): string {
  const lines = [
    '// Constraints and indexes for the newsgraph import; run once after neo4j-admin database import:',
    '//   cypher-shell -u neo4j -p PASSWORD -f schema.cypher',
    'CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;',
    'CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);',
  ];
  for (const l of labels) lines.push(`CREATE INDEX ${l.toLowerCase()}_name IF NOT EXISTS FOR (n:${l}) ON (n.name);`);
  lines.push(
    'CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (n:Entity) ON EACH [n.name, n.aliases];',
    'CREATE INDEX holds_position_position IF NOT EXISTS FOR ()-[r:HOLDS_POSITION]-() ON (r.position);',
    'CREATE INDEX participant_in_role IF NOT EXISTS FOR ()-[r:PARTICIPANT_IN]-() ON (r.role);',
    '',
  );
  return lines.join('\n');
}

function importScript(nodeFiles: string[], relFiles: string[]): string {
  return [
    '#!/bin/sh',
    '# Imports this folder into a new Neo4j 5 database (default name neo4j; the database must be stopped):',
    '#   sh import.sh [DATABASE]',
    '# then creates the constraints and indexes with cypher-shell (see schema.cypher).',
    'set -e',
    'cd "$(dirname "$0")"',
    'neo4j-admin database import full --overwrite-destination \\',
    ...nodeFiles.map((f) => `  --nodes=${f} \\`),
    ...relFiles.map((f) => `  --relationships=${f} \\`),
    '  "${1:-neo4j}"',
    '',
  ].join('\n');
}
