// A folder of gold-annotated articles scored as one corpus: micro-averaged entities and relations,
// a table per entity and relation type, the worst documents, and a calibration table (how often
// relations of each confidence band are right). Pure: the CLI reads the files.

import { ENTITY_TYPE_LIST, RELATION_TYPE_LIST } from '../types.ts';
import type { GoldReport, TypeTally } from './gold.ts';
import { score, type Score } from './score.ts';

export interface TypeRow extends TypeTally {
  type: string;
  precision: number;
  recall: number;
  f1: number;
}

export interface CalibrationRow {
  /** Lower bound of the band (inclusive); the upper bound is the next row's. */
  from: number;
  to: number;
  relations: number;
  right: number;
  precision: number;
}

export interface CorpusReport {
  documents: number;
  entities: Score;
  relations: Score;
  entityTypes: TypeRow[];
  relationTypes: TypeRow[];
  /** Documents by relation F1, then entity F1, worst first. */
  worst: { name: string; entities: Score; relations: Score }[];
  calibration: CalibrationRow[];
  /** Share of relations with confidence ≥ 0.8 that are right (null when there are none). */
  precisionAtHighConfidence: number | null;
}

function rows(tables: Record<string, TypeTally>[], order: readonly string[]): TypeRow[] {
  const sum = new Map<string, TypeTally>();
  for (const t of tables) {
    for (const [type, v] of Object.entries(t)) {
      const s = sum.get(type) ?? { gold: 0, hits: 0, errors: 0 };
      s.gold += v.gold;
      s.hits += v.hits;
      s.errors += v.errors;
      sum.set(type, s);
    }
  }
  const known = [...order, ...[...sum.keys()].filter((k) => !order.includes(k)).sort()];
  return known
    .filter((type) => sum.has(type))
    .map((type) => {
      const v = sum.get(type)!;
      const s = score(v.hits, v.errors, v.gold - v.hits);
      return { type, ...v, precision: s.precision, recall: s.recall, f1: s.f1 };
    });
}

const BANDS = [0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001];

export function aggregate(reports: { name: string; report: GoldReport }[], worstCount = 5): CorpusReport {
  const total = (pick: (r: GoldReport) => Score) => {
    let h = 0, e = 0, m = 0;
    for (const { report } of reports) {
      const s = pick(report);
      h += s.hits;
      e += s.errors;
      m += s.misses;
    }
    return score(h, e, m);
  };
  const outcomes = reports.flatMap(({ report }) => report.relationOutcomes);
  const calibration: CalibrationRow[] = [];
  for (let i = 0; i + 1 < BANDS.length; i++) {
    const [from, to] = [BANDS[i]!, BANDS[i + 1]!];
    const inBand = outcomes.filter((o) => o.confidence >= from && o.confidence < to);
    const right = inBand.filter((o) => o.hit).length;
    calibration.push({ from, to: Math.min(1, to), relations: inBand.length, right, precision: inBand.length ? right / inBand.length : 0 });
  }
  const high = outcomes.filter((o) => o.confidence >= 0.8);
  const worst = reports
    .map(({ name, report }) => ({ name, entities: report.entities, relations: report.relations }))
    .sort((a, b) => a.relations.f1 - b.relations.f1 || a.entities.f1 - b.entities.f1 || (a.name < b.name ? -1 : 1))
    .slice(0, worstCount);
  return {
    documents: reports.length,
    entities: total((r) => r.entities),
    relations: total((r) => r.relations),
    entityTypes: rows(reports.map(({ report }) => report.entityTypes), ENTITY_TYPE_LIST),
    relationTypes: rows(reports.map(({ report }) => report.relationTypes), RELATION_TYPE_LIST),
    worst,
    calibration,
    precisionAtHighConfidence: high.length ? high.filter((o) => o.hit).length / high.length : null,
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(6);

function typeTable(title: string, list: TypeRow[]): string[] {
  const out = [`${title.padEnd(16)}${'gold'.padStart(6)}${'hits'.padStart(6)}${'errors'.padStart(8)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`];
  for (const r of list) out.push(`  ${r.type.padEnd(14)}${String(r.gold).padStart(6)}${String(r.hits).padStart(6)}${String(r.errors).padStart(8)}${pct(r.precision)}${pct(r.recall)}${pct(r.f1)}`);
  return out;
}

export function formatCorpusReport(title: string, r: CorpusReport): string {
  const line = (name: string, s: Score) => `${name.padEnd(16)}${pct(s.precision)}${pct(s.recall)}${pct(s.f1)}   hits ${s.hits}, errors ${s.errors}, misses ${s.misses}`;
  const lines = [
    `${title}: ${r.documents} documents`,
    `${''.padEnd(16)}${'P'.padStart(6)}${'R'.padStart(6)}${'F1'.padStart(6)}`,
    line('entities', r.entities),
    line('relations', r.relations),
    '',
    ...typeTable('entity type', r.entityTypes),
    '',
    ...typeTable('relation type', r.relationTypes),
    '',
    'calibration (relation confidence → share right)',
    ...r.calibration.filter((c) => c.relations > 0).map((c) => `  ${c.from.toFixed(1)}–${c.to.toFixed(1)}  ${String(c.relations).padStart(5)} relations, ${pct(c.precision)}% right`),
    `  confidence ≥ 0.8: ${r.precisionAtHighConfidence === null ? 'none' : `${pct(r.precisionAtHighConfidence).trim()}% right`}`,
    '',
    'worst documents (relation F1, entity F1)',
    ...r.worst.map((w) => `  ${w.name.padEnd(28)}${pct(w.relations.f1)}${pct(w.entities.f1)}`),
  ];
  return lines.join('\n') + '\n';
}
