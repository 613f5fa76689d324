// extract(docs) → Extraction: runs the stages in order for each document (text → mentions →
// meetings → resolution → relations) and merges the documents into stable, sorted entities and
// relations. Pure: no I/O, no clock, no randomness.

import { createHash } from 'node:crypto';
import {
  RELATION_TYPES, SCHEMA_VERSION,
  type Attributes, type DocumentInfo, type Entity, type Extraction, type InputDocument, type Relation, type Span,
} from '../types.ts';
import { meetingAttributes, nameMeetings } from './meeting-names.ts';
import { addPositionsAndQuotes, byString, mergeSurnames, relationId } from './merge.ts';
import { addNominalMentions } from './coref.ts';
import { htmlToText, looksLikeHtml, toSource, type TextView } from './html.ts';
import { findMeetingMentions, groupMeetings } from './meetings.ts';
import { findMentions } from './mentions.ts';
import { actionRelations } from './relations/actions.ts';
import { attributionRelations, sentenceClaimants } from './relations/attribution.ts';
import { DocContext, type RelationDraft } from './relations/context.ts';
import { learnedRelations } from './relations/learned.ts';
import { killingRelations } from './relations/killings.ts';
import { meetingRelations } from './relations/meetings.ts';
import { residenceRelations } from './relations/residence.ts';
import { placeRelations } from './relations/places.ts';
import { positionRelations } from './relations/positions.ts';
import { resolveDocument, type DocEntity } from './resolve.ts';
import { analyze, type TextAnalysis } from './text.ts';

export interface DocResult {
  entities: DocEntity[];
  relations: RelationDraft[];
  analysis: TextAnalysis;
}

/** Runs every stage on one document. */
export function extractDocument(doc: InputDocument): DocResult {
  const a = analyze(doc.text);
  const { mentions, titles } = findMentions(a);
  const frames = groupMeetings(a, findMeetingMentions(a));
  const resolved = resolveDocument(a, mentions, frames);
  let ctx = new DocContext(a, resolved);
  const positions = positionRelations(ctx);
  // "the Russian president" refers to whoever the text says holds that post: known only now.
  if (addNominalMentions(ctx, titles, positions, resolved) > 0) ctx = new DocContext(a, resolved);
  const relations = [
    ...positions,
    ...meetingRelations(ctx),
    ...attributionRelations(ctx),
    ...actionRelations(ctx),
    ...placeRelations(ctx),
    ...residenceRelations(ctx),
    ...killingRelations(ctx),
  ];
  const learned = learnedRelations(ctx, relations);
  relations.push(...learned);
  // Reported claims keep who claimed them.
  const claimants = sentenceClaimants(ctx);
  for (const r of relations) {
    const c = claimants.get(r.sent);
    if (!c || r.type === 'quoted' || r.type === 'reported' || c === r.source || c === r.target) continue;
    r.attributes = { ...r.attributes, claimedBy: c.id };
  }
  const kept = relations.filter((r) => {
    const spec = RELATION_TYPES[r.type];
    return r.source !== r.target && (spec.source as readonly string[]).includes(r.source.type) && (spec.target as readonly string[]).includes(r.target.type);
  });
  nameMeetings(doc, a, resolved.entities, kept);
  return { entities: resolved.entities, relations: kept, analysis: a };
}


/** A span of the document as given: offsets into HTML source when the pipeline read its text. */
function spanOf(doc: InputDocument, view: TextView | null, start: number, end: number): Span {
  const [s, e] = view ? toSource(view, start, end) : [start, end];
  return { doc: doc.id, start: s, end: e, text: doc.text.slice(s, e) };
}


export interface ExtractOptions {
  /**
   * Called when one document cannot be extracted; that document is then left out and the others
   * are processed. Without it, the error is thrown.
   */
  onError?: (doc: InputDocument, error: Error) => void;
}

/**
 * One document's extraction, on its own: the unit that workers compute, the cache stores and
 * `mergeExtractions` combines. Throws when the document cannot be extracted.
 */
export function extractOne(doc: InputDocument): Extraction {
  const view = looksLikeHtml(doc.text) ? htmlToText(doc.text) : null;
  const result = extractDocument(view ? { ...doc, text: view.text } : doc);
  const info: DocumentInfo = { id: doc.id, sha256: createHash('sha256').update(doc.text).digest('hex'), chars: doc.text.length };
  if (doc.title !== undefined) info.title = doc.title;
  if (doc.url !== undefined) info.url = doc.url;
  if (doc.published !== undefined) info.published = doc.published;

  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const { entities: ents, relations: rels, analysis: a } = result;
  const ensure = (e: DocEntity): Entity => {
    let out = entities.get(e.id);
    if (!out) {
      out = { id: e.id, type: e.type, name: e.name, aliases: [], attributes: {}, mentions: [] };
      if (e.entry) {
        out.aliases.push(...e.entry.aliases);
        if (e.entry.country) out.attributes.country = e.entry.country;
        if (e.entry.kind) out.attributes.kind = e.entry.kind;
      }
      entities.set(e.id, out);
    }
    return out;
  };
  // A state named only by demonyms ("Russian") is listed with those mentions when a relation needs it.
  const referenced = new Set(rels.flatMap((r) => [r.source, r.target]));
  for (const e of ents) {
    const own = e.spans.filter((s) => !s.anchor);
    const spans = own.length > 0 || !referenced.has(e) ? own : e.spans;
    if (spans.length === 0) continue;
    const out = ensure(e);
    for (const al of e.aliases) if (al !== out.name && !out.aliases.includes(al)) out.aliases.push(al);
    for (const s of spans) out.mentions.push(spanOf(doc, view, a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end));
    if (e.type === 'meeting') Object.assign(out.attributes, meetingAttributes(doc, a, e));
    if (e.positions) {
      const list = (out.attributes.positions ??= []) as Attributes[];
      for (const position of [...e.positions].sort()) if (!list.some((p) => p.position === position && p.of === undefined)) list.push({ position });
    }
  }
  for (const r of rels) {
    let [src, tgt] = [r.source, r.target];
    if (RELATION_TYPES[r.type].symmetric && tgt.id < src.id) [src, tgt] = [tgt, src];
    ensure(src);
    ensure(tgt);
    const id = relationId(r.type, src.id, tgt.id);
    const sent = a.sentences[r.sent]!;
    const ev = spanOf(doc, view, sent.start, sent.end);
    let rel = relations.get(id);
    if (!rel) {
      rel = { id, type: r.type, source: src.id, target: tgt.id, attributes: {}, confidence: r.confidence, evidence: [] };
      relations.set(id, rel);
    }
    rel.confidence = Math.max(rel.confidence, r.confidence);
    for (const [k, v] of Object.entries(r.attributes ?? {})) if (!(k in rel.attributes)) rel.attributes[k] = v;
    if (!rel.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) rel.evidence.push(ev);
  }
  return finalize([info], entities, relations, false);
}

/**
 * Merges extractions (of one document each, or already merged) into one: documents in id order,
 * entities and relations joined by id, then the cross-document surname merge. The result does not
 * depend on the order of `parts`. Throws when two parts contain the same document id.
 */
export function mergeExtractions(parts: Extraction[]): Extraction {
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
  const ordered = [...parts].filter((p) => p.documents.length > 0).sort((x, y) => firstDoc(x) - firstDoc(y));
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  for (const p of ordered) {
    for (const e of p.entities) {
      const out = entities.get(e.id);
      if (!out) {
        entities.set(e.id, { ...e, aliases: [...e.aliases], attributes: { ...e.attributes }, mentions: [...e.mentions] });
        continue;
      }
      for (const al of [e.name, ...e.aliases]) if (al !== out.name && !out.aliases.includes(al)) out.aliases.push(al);
      out.mentions.push(...e.mentions);
      mergeAttributes(out.attributes, e.attributes);
    }
    for (const r of p.relations) {
      const out = relations.get(r.id);
      if (!out) {
        relations.set(r.id, { ...r, attributes: { ...r.attributes }, evidence: [...r.evidence] });
        continue;
      }
      out.confidence = Math.max(out.confidence, r.confidence);
      for (const [k, v] of Object.entries(r.attributes)) if (!(k in out.attributes)) out.attributes[k] = v;
      for (const ev of r.evidence) if (!out.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) out.evidence.push(ev);
    }
  }
  return finalize(documents, entities, relations, true);
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

/** Extracts entities and relations from documents, merged across documents. */
export function extract(docs: InputDocument[], options: ExtractOptions = {}): Extraction {
  const parts: Extraction[] = [];
  for (const doc of docs) {
    try {
      parts.push(extractOne(doc));
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(doc, err as Error);
    }
  }
  return mergeExtractions(parts);
}

/** Sorted, stable output with the derived person attributes (positions held, quotes) recomputed. */
function finalize(documents: DocumentInfo[], entities: Map<string, Entity>, relations: Map<string, Relation>, crossDocument: boolean): Extraction {
  if (crossDocument) mergeSurnames(entities, relations);
  const docOrder = new Map(documents.map((d, i) => [d.id, i] as const));
  const spanOrder = (x: Span, y: Span) => (docOrder.get(x.doc)! - docOrder.get(y.doc)!) || x.start - y.start || x.end - y.end;
  const outEntities = [...entities.values()].sort((x, y) => byString(x.id, y.id));
  for (const e of outEntities) {
    e.mentions.sort(spanOrder);
    e.aliases.sort(byString);
  }
  const outRelations = [...relations.values()].sort((x, y) => byString(x.id, y.id));
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
