// Joining by id: the same relation found twice keeps every evidence sentence, the highest
// confidence and the first value of each attribute; the same entity found twice keeps every name,
// mention and attribute. Used for one document's output, for the merge of documents and for the
// cross-document rules. Duplicate checks go through key sets, so an entity or relation seen in
// thousands of documents joins in linear time.

import type { Attributes, Entity, Relation, Span } from '../types.ts';

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relationId(type: string, source: string, target: string): string {
  return `${type}(${source},${target})`;
}

const spanKey = (s: Span) => `${s.doc}\u0000${s.start}`;
/** Evidence keys of the relations a map owns (the relations added to it are copies, so never shared). */
const evidenceKeys = new WeakMap<Relation, Set<string>>();
const aliasKeys = new WeakMap<Entity, Set<string>>();

/** Adds a relation to a set keyed by id, merging it into the one already there. */
export function addRelation(relations: Map<string, Relation>, r: Relation): void {
  const out = relations.get(r.id);
  if (!out) {
    const copy = { ...r, attributes: { ...r.attributes }, evidence: [...r.evidence] };
    relations.set(r.id, copy);
    return;
  }
  out.confidence = Math.max(out.confidence, r.confidence);
  for (const [k, v] of Object.entries(r.attributes)) if (!(k in out.attributes)) out.attributes[k] = v;
  let keys = evidenceKeys.get(out);
  if (!keys) evidenceKeys.set(out, (keys = new Set(out.evidence.map(spanKey))));
  for (const ev of r.evidence) {
    const k = spanKey(ev);
    if (keys.has(k)) continue;
    keys.add(k);
    out.evidence.push(ev);
  }
}

/** Adds an entity to a set keyed by id, merging names, mentions and attributes into the one already there. */
export function addEntity(entities: Map<string, Entity>, e: Entity): void {
  const out = entities.get(e.id);
  if (!out) {
    entities.set(e.id, { ...e, aliases: [...e.aliases], attributes: { ...e.attributes }, mentions: [...e.mentions] });
    return;
  }
  let keys = aliasKeys.get(out);
  if (!keys) aliasKeys.set(out, (keys = new Set(out.aliases)));
  for (const al of [e.name, ...e.aliases]) {
    if (al === out.name || keys.has(al)) continue;
    keys.add(al);
    out.aliases.push(al);
  }
  for (const m of e.mentions) out.mentions.push(m);
  mergeAttributes(out.attributes, e.attributes);
}

/** Attribute merge: lists are joined without duplicates, other values keep the first seen. */
function mergeAttributes(into: Attributes, from: Attributes): void {
  for (const [k, v] of Object.entries(from)) {
    const cur = into[k];
    if (cur === undefined) into[k] = v;
    else if (Array.isArray(cur) && Array.isArray(v)) {
      const keys = new Set(cur.map((x) => JSON.stringify(x)));
      into[k] = [...cur, ...v.filter((x) => !keys.has(JSON.stringify(x)))];
    }
  }
}
