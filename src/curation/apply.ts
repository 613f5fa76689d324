// Applies an analyst's curation decisions to an Extraction before the graph is built: a merge
// renames entity ids, a split moves the mentions that read an alias to a new entity. Joining what
// now shares an id (entities, relations and their evidence) is left to the extractor's own
// `mergeExtractions`, so that a curated extraction is merged and ordered exactly like any other.

import { mergeExtractions } from '../extract/index.ts';
import { relationId } from '../extract/merge.ts';
import { RELATION_TYPES, type Entity, type Extraction, type Relation, type Span } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { Curation, MergeDecision, SplitDecision } from './validate.ts';

/** A decision that could not be applied (an entity the extraction no longer has, …), and why. */
export interface SkippedDecision {
  index: number;
  reason: string;
}

export interface CurationResult {
  extraction: Extraction;
  applied: number;
  skipped: SkippedDecision[];
}

/** Relations with their endpoints renamed by `rename`; self-loops dropped; symmetric ends in order. */
function repoint(relations: Relation[], rename: (id: string) => string): Relation[] {
  const out: Relation[] = [];
  for (const r of relations) {
    let source = rename(r.source);
    let target = rename(r.target);
    if (source === target) continue;
    if (source === r.source && target === r.target) {
      out.push(r);
      continue;
    }
    if (RELATION_TYPES[r.type].symmetric && target < source) [source, target] = [target, source];
    out.push({ ...r, id: relationId(r.type, source, target), source, target });
  }
  return out;
}

/** Joins entities and relations that share an id (and recomputes derived person attributes); the cross-document rules ran already and would undo a split. */
function rejoin(x: Extraction, entities: Entity[], relations: Relation[]): Extraction {
  return mergeExtractions([{ ...x, entities, relations }], { crossDocument: false });
}

function applyMerge(x: Extraction, d: MergeDecision): Extraction | string {
  const byId = new Map(x.entities.map((e) => [e.id, e] as const));
  const into = byId.get(d.into);
  if (!into) return `no entity "${d.into}" in this extraction`;
  const missing = d.from.filter((id) => !byId.has(id));
  if (missing.length) return `no entity ${missing.map((m) => `"${m}"`).join(', ')} in this extraction`;
  const other = d.from.find((id) => byId.get(id)!.type !== into.type);
  if (other) return `"${other}" is a ${byId.get(other)!.type}, "${d.into}" a ${into.type}: only entities of one type merge`;
  const from = new Set(d.from);
  // The kept entity first, so that its name and its attributes win the join.
  const entities = [into, ...x.entities.filter((e) => e !== into)].map((e) => (from.has(e.id) ? { ...e, id: into.id } : e));
  return rejoin(x, entities, repoint(x.relations, (id) => (from.has(id) ? into.id : id)));
}

const inside = (m: Span, ev: Span) => m.doc === ev.doc && m.start >= ev.start && m.end <= ev.end;

function applySplit(x: Extraction, d: SplitDecision): Extraction | string {
  const e = x.entities.find((en) => en.id === d.entity);
  if (!e) return `no entity "${d.entity}" in this extraction`;
  const alias = d.alias.trim();
  const moved = e.mentions.filter((m) => m.text.replace(/\s+/g, ' ').trim() === alias);
  const kept = e.mentions.filter((m) => !moved.includes(m));
  if (moved.length === 0) return `no mention of "${d.entity}" reads "${alias}"`;
  if (kept.length === 0) return `every mention of "${d.entity}" reads "${alias}": nothing would be left`;
  const newId = `${e.type}:${slugify(alias)}`;
  if (newId === e.id) return `"${alias}" gives the entity's own id "${newId}"`;
  // The remaining entity keeps its name unless the alias was its name: then its most used other spelling.
  const counts = new Map<string, number>();
  for (const m of kept) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  const name = e.name !== alias ? e.name : [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
  const rest: Entity = { ...e, name, aliases: e.aliases.filter((a) => a !== alias && a !== name), mentions: kept };
  const split: Entity = { id: newId, type: e.type, name: alias, aliases: [], attributes: {}, mentions: moved };
  // A relation goes with the new entity for the evidence sentences that mention only the alias;
  // a relation whose sentences differ is split in two.
  const relations: Relation[] = [];
  for (const r of x.relations) {
    if (r.source !== e.id && r.target !== e.id) {
      relations.push(r);
      continue;
    }
    const toNew = r.evidence.filter((ev) => moved.some((m) => inside(m, ev)) && !kept.some((m) => inside(m, ev)));
    if (toNew.length < r.evidence.length) relations.push({ ...r, evidence: r.evidence.filter((ev) => !toNew.includes(ev)) });
    if (toNew.length > 0) relations.push(...repoint([{ ...r, evidence: toNew }], (id) => (id === e.id ? newId : id)));
  }
  const entities = x.entities.flatMap((en) => (en === e ? [rest, split] : [en]));
  const out = rejoin(x, entities, relations);
  if (!out.entities.some((en) => en.id === newId)) return `"${alias}" was joined back by the cross-document surname rule`;
  return out;
}

/** Applies the decisions in order; a decision that cannot apply is skipped and reported. */
export function applyCuration(x: Extraction, c: Curation): CurationResult {
  let current = x;
  const skipped: SkippedDecision[] = [];
  c.decisions.forEach((d, index) => {
    const next = d.op === 'merge' ? applyMerge(current, d) : applySplit(current, d);
    if (typeof next === 'string') skipped.push({ index, reason: next });
    else current = next;
  });
  return { extraction: current, applied: c.decisions.length - skipped.length, skipped };
}
