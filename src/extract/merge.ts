// Merging: one relation merge (the same relation found twice keeps every evidence sentence, the
// highest confidence and the first value of each attribute), extractions of several documents
// joined into one (order-independent), surnames and transliterations joined to the full name
// another article gives, and the positions and quotes copied onto each person.

import { RELATION_TYPES, SCHEMA_VERSION, type Attributes, type DocumentInfo, type Entity, type Extraction, type Relation, type Span } from '../types.ts';
import { NameIndex, spellingVariants } from './names.ts';

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relationId(type: string, source: string, target: string): string {
  return `${type}(${source},${target})`;
}

/** Adds a relation to a set keyed by id, merging it into the one already there. */
export function addRelation(relations: Map<string, Relation>, r: Relation): void {
  const out = relations.get(r.id);
  if (!out) {
    relations.set(r.id, { ...r, attributes: { ...r.attributes }, evidence: [...r.evidence] });
    return;
  }
  out.confidence = Math.max(out.confidence, r.confidence);
  for (const [k, v] of Object.entries(r.attributes)) if (!(k in out.attributes)) out.attributes[k] = v;
  for (const ev of r.evidence) if (!out.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) out.evidence.push(ev);
}

/** Adds an entity to a set keyed by id, merging names, mentions and attributes into the one already there. */
function addEntity(entities: Map<string, Entity>, e: Entity): void {
  const out = entities.get(e.id);
  if (!out) {
    entities.set(e.id, { ...e, aliases: [...e.aliases], attributes: { ...e.attributes }, mentions: [...e.mentions] });
    return;
  }
  for (const al of [e.name, ...e.aliases]) if (al !== out.name && !out.aliases.includes(al)) out.aliases.push(al);
  out.mentions.push(...e.mentions);
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

/**
 * Merges extractions (of one document each, or already merged) into one: documents in id order,
 * entities and relations joined by id, then the cross-document surname merge. The result does not
 * depend on the order of `parts`. Throws when two parts contain the same document id.
 */
export function mergeExtractions(parts: readonly Extraction[]): Extraction {
  const documents: DocumentInfo[] = [];
  const seen = new Set<string>();
  for (const p of parts) {
    for (const d of p.documents) {
      if (seen.has(d.id)) throw new Error(`document "${d.id}" appears in more than one extraction`);
      seen.add(d.id);
      documents.push(d);
    }
  }
  documents.sort((x, y) => byString(x.id, y.id));
  const rank = new Map(documents.map((d, i) => [d.id, i] as const));
  // Parts are merged in the order of their first document, so that "first wins" is order-independent.
  const firstDoc = (p: Extraction) => Math.min(...p.documents.map((d) => rank.get(d.id)!));
  const ordered = parts.filter((p) => p.documents.length > 0).sort((x, y) => firstDoc(x) - firstDoc(y));
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const p of ordered) {
    for (const e of p.entities) addEntity(entities, e);
    for (const r of p.relations) addRelation(relations, r);
  }
  return finalize(documents, entities, relations, ordered.length > 1);
}

/** Sorted, stable output with the derived person attributes (positions held, quotes) recomputed. */
export function finalize(documents: DocumentInfo[], entities: Map<string, Entity>, relations: Map<string, Relation>, crossDocument: boolean): Extraction {
  const merged = crossDocument ? mergeSurnames(entities, relations) : { entities, relations };
  const docOrder = new Map(documents.map((d, i) => [d.id, i] as const));
  const spanOrder = (x: Span, y: Span) => (docOrder.get(x.doc)! - docOrder.get(y.doc)!) || x.start - y.start || x.end - y.end;
  const outEntities = [...merged.entities.values()].sort((x, y) => byString(x.id, y.id));
  for (const e of outEntities) {
    e.mentions.sort(spanOrder);
    e.aliases.sort(byString);
  }
  const outRelations = [...merged.relations.values()].sort((x, y) => byString(x.id, y.id));
  for (const r of outRelations) {
    r.evidence.sort(spanOrder);
    r.attributes = sortKeys(r.attributes);
  }
  addPositionsAndQuotes(outEntities, outRelations);
  for (const e of outEntities) e.attributes = sortKeys(e.attributes);
  return { schemaVersion: SCHEMA_VERSION, documents, entities: outEntities, relations: outRelations };
}

function sortKeys(o: Attributes): Attributes {
  const out: Attributes = {};
  for (const k of Object.keys(o).sort(byString)) out[k] = o[k]!;
  return out;
}

/**
 * Across documents: a person one article names only by surname ("Putin") is the person another
 * names in full ("Vladimir Putin"), when exactly one full name ends (or starts) with it; and two
 * spellings of one transliterated name join the more mentioned one. Relations are re-keyed and
 * merged through `addRelation`, so their attributes merge as everywhere else.
 */
function mergeSurnames(entities: Map<string, Entity>, relations: Map<string, Relation>): { entities: Map<string, Entity>; relations: Map<string, Relation> } {
  const words = (e: Entity) => e.name.split(' ');
  const full = [...entities.values()].filter((e) => e.type === 'person' && e.name.includes(' ')).sort((x, y) => byString(x.id, y.id));
  const index = new NameIndex<Entity>();
  for (const f of full) index.add(words(f), f);
  const into = new Map<string, Entity>();
  for (const e of entities.values()) {
    if (e.type !== 'person' || e.name.includes(' ')) continue;
    const hit = index.unique([e.name]);
    if (hit) into.set(e.id, hit);
  }
  // Transliterations: compared only within names of the same first word and length.
  const ranked = [...full].sort((x, y) => y.mentions.length - x.mentions.length || byString(x.id, y.id));
  const groups = new Map<string, Entity[]>();
  for (const f of ranked) {
    const w = words(f);
    const key = `${w[0]}|${w.length}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  for (const group of groups.values()) {
    for (let i = 0; i < group.length; i++) {
      const keep = group[i]!;
      if (into.has(keep.id)) continue;
      for (const other of group.slice(i + 1)) if (!into.has(other.id) && spellingVariants(words(keep), words(other))) into.set(other.id, keep);
    }
  }
  if (into.size === 0) return { entities, relations };
  // A surname joined to a spelling that itself joins another ("Meshaal" → "Khaled Meshaal" →
  // "Khaled Mashaal") goes to the end of the chain.
  for (const [id, target] of into) {
    let end = target;
    for (let hops = 0; into.has(end.id) && hops < into.size; hops++) end = into.get(end.id)!;
    into.set(id, end);
  }
  const outEntities = new Map<string, Entity>();
  for (const e of entities.values()) {
    const target = into.get(e.id);
    if (!target) addEntity(outEntities, e);
  }
  for (const [id, target] of [...into].sort((x, y) => byString(x[0], y[0]))) {
    const e = entities.get(id)!;
    addEntity(outEntities, { ...e, id: target.id, name: target.name, aliases: [e.name, ...e.aliases] });
  }
  const outRelations = new Map<string, Relation>();
  for (const r of relations.values()) {
    let source = into.get(r.source)?.id ?? r.source;
    let target = into.get(r.target)?.id ?? r.target;
    if (source === target) continue;
    if (RELATION_TYPES[r.type].symmetric && target < source) [source, target] = [target, source];
    addRelation(outRelations, { ...r, id: relationId(r.type, source, target), source, target });
  }
  return { entities: outEntities, relations: outRelations };
}

/** Positions held and quotes given, copied onto the person for the viewer and analysts. */
export function addPositionsAndQuotes(entities: Entity[], relations: Relation[]): void {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  // A post the text gives without a holder is dropped where another article names its holder.
  // What earlier runs derived from relations (posts with a holder, quotes) is derived anew, so that
  // merging already merged extractions gives the same result.
  const held = new Set(relations.filter((r) => r.type === 'holds_position').map((r) => `${r.source}|${String(r.attributes.position)}`));
  for (const e of entities) {
    delete e.attributes.quotes;
    if (!Array.isArray(e.attributes.positions)) continue;
    e.attributes.positions = (e.attributes.positions as Attributes[]).filter((p) => p.of === undefined && !held.has(`${e.id}|${String(p.position)}`));
    if ((e.attributes.positions as Attributes[]).length === 0) delete e.attributes.positions;
  }
  for (const r of relations) {
    if (r.type === 'holds_position' && typeof r.attributes.position === 'string') {
      const p = byId.get(r.source)!;
      const list = (p.attributes.positions ??= []) as Attributes[];
      list.push({ position: r.attributes.position, of: r.target });
    }
    if (r.type === 'quoted') {
      const p = byId.get(r.target)!;
      const list = (p.attributes.quotes ??= []) as Attributes[];
      for (const ev of r.evidence) {
        const q = quotedPart(ev.text);
        const [start, end] = q ? [ev.start + q[0], ev.start + q[1]] : [ev.start, ev.end];
        list.push({ outlet: r.source, cue: (r.attributes.cue as string) ?? 'said', text: ev.text.slice(start - ev.start, end - ev.start), doc: ev.doc, start, end });
      }
    }
  }
}

/** The words inside quotation marks in a sentence (all quoted stretches, from the first to the last). */
function quotedPart(sentence: string): [number, number] | null {
  const open = sentence.search(/[“"]/);
  if (open < 0) return null;
  const close = Math.max(sentence.lastIndexOf('”'), sentence.lastIndexOf('"'));
  return close > open + 1 ? [open + 1, close] : null;
}

