// extract(docs) → Extraction: runs the stages in order for each document (text → mentions →
// meetings → resolution → relations) and merges the documents into stable, sorted entities and
// relations. Pure: no I/O, no clock, no randomness.

import { createHash } from 'node:crypto';
import * as chrono from 'chrono-node';
import {
  RELATION_TYPES, SCHEMA_VERSION,
  type Attributes, type DocumentInfo, type Entity, type Extraction, type InputDocument, type Relation, type Span,
} from '../types.ts';
import { slugify } from '../util/slug.ts';
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

/** How the text calls a person for short: a one-word form it uses ("Xi", "Putin"), else the last word. */
function surname(e: DocEntity): string {
  const single = [...e.aliases].filter((a) => !a.includes(' ') && e.name.split(' ').includes(a)).sort();
  if (single.length > 0) return single[0]!;
  const parts = e.name.split(' ');
  return parts[parts.length - 1]!;
}

/** Names meetings from what the text says of them, once their relations are known. */
function nameMeetings(doc: InputDocument, a: TextAnalysis, entities: DocEntity[], relations: RelationDraft[]): void {
  let n = 0;
  for (const e of entities) {
    if (e.type !== 'meeting' || !e.frame) continue;
    n++;
    const where = relations.filter((r) => r.source === e && r.type === 'located_in').map((r) => r.target);
    const place = where.find((p) => p.type === 'place') ?? where[0];
    const people = [...new Set(relations.filter((r) => r.target === e && r.type === 'participant_in' && r.source.type === 'person').map((r) => r.source))];
    const head = e.frame.head;
    let name: string;
    if (e.frame.kind === 'call' && people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else if (place) name = `${place.name} ${head}`;
    else if (people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else name = head;
    e.name = name;
    const specific = name !== head;
    e.id = specific ? `meeting:${slugify(name)}` : `meeting:${slugify(doc.id)}-${slugify(head)}-${n}`;
    for (const s of e.spans) e.aliases.add(a.text.slice(a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end));
    e.aliases.delete(name);
  }
}

function meetingAttributes(doc: InputDocument, a: TextAnalysis, e: DocEntity): Attributes {
  const f = e.frame!;
  const attrs: Attributes = { kind: f.kind };
  if (f.status) attrs.status = f.status;
  if (f.venue) attrs.venue = f.venue;
  if (f.level) attrs.level = f.level;
  // The date is the one said of the event: from its first mention to the end of that clause.
  const first = f.mentions[0]!;
  const sent = a.sentences[a.tokens[first.start]!.sent]!;
  let k = first.end;
  while (k < sent.tokenEnd && k < first.end + 12 && !/^[,;.:]$/.test(a.tokens[k]!.norm)) k++;
  const clause = a.text.slice(a.tokens[first.start]!.start, a.tokens[Math.max(first.end, k) - 1]!.end);
  const ref = doc.published && !Number.isNaN(Date.parse(doc.published)) ? new Date(doc.published) : undefined;
  const hit = chrono.parse(clause, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false }).find((r) => DATE_WORDS.test(r.text));
  if (hit) {
    attrs.dateText = hit.text;
    if (ref) attrs.date = hit.start.date().toISOString().slice(0, 10);
  }
  return attrs;
}

/** A date phrase names a day, a month, a year or a relative day, not just "now". */
const DATE_WORDS = /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|month|year/i;

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

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** A span of the document as given: offsets into HTML source when the pipeline read its text. */
function spanOf(doc: InputDocument, view: TextView | null, start: number, end: number): Span {
  const [s, e] = view ? toSource(view, start, end) : [start, end];
  return { doc: doc.id, start: s, end: e, text: doc.text.slice(s, e) };
}

export function relationId(type: string, source: string, target: string): string {
  return `${type}(${source},${target})`;
}

export interface ExtractOptions {
  /**
   * Called when one document cannot be extracted; that document is then left out and the others
   * are processed. Without it, the error is thrown.
   */
  onError?: (doc: InputDocument, error: Error) => void;
}

/** Extracts entities and relations from documents, merged across documents. */
export function extract(docs: InputDocument[], options: ExtractOptions = {}): Extraction {
  const documents: DocumentInfo[] = [];
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const docOrder = new Map<string, number>();

  for (const doc of docs) {
    let view: TextView | null;
    let result: DocResult;
    try {
      view = looksLikeHtml(doc.text) ? htmlToText(doc.text) : null;
      result = extractDocument(view ? { ...doc, text: view.text } : doc);
    } catch (err) {
      if (!options.onError) throw err;
      options.onError(doc, err as Error);
      continue;
    }
    docOrder.set(doc.id, docOrder.size);
    const info: DocumentInfo = { id: doc.id, sha256: createHash('sha256').update(doc.text).digest('hex'), chars: doc.text.length };
    if (doc.title !== undefined) info.title = doc.title;
    if (doc.url !== undefined) info.url = doc.url;
    if (doc.published !== undefined) info.published = doc.published;
    documents.push(info);

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
  }

  mergeSurnames(entities, relations);
  const spanOrder = (x: Span, y: Span) => (docOrder.get(x.doc)! - docOrder.get(y.doc)!) || x.start - y.start || x.end - y.end;
  const outEntities = [...entities.values()].sort((x, y) => byString(x.id, y.id));
  for (const e of outEntities) {
    e.mentions.sort(spanOrder);
    e.aliases.sort(byString);
    e.attributes = sortKeys(e.attributes);
  }
  const outRelations = [...relations.values()].sort((x, y) => byString(x.id, y.id));
  for (const r of outRelations) {
    r.evidence.sort(spanOrder);
    r.attributes = sortKeys(r.attributes);
  }
  addPositionsAndQuotes(outEntities, outRelations);
  return { schemaVersion: SCHEMA_VERSION, documents, entities: outEntities, relations: outRelations };
}

/**
 * Across documents: a person one article names only by surname ("Putin") is the person another
 * names in full ("Vladimir Putin"), when exactly one full name ends (or starts) with it.
 */
function mergeSurnames(entities: Map<string, Entity>, relations: Map<string, Relation>): void {
  const full = [...entities.values()].filter((e) => e.type === 'person' && e.name.includes(' '));
  const into = new Map<string, Entity>();
  for (const e of entities.values()) {
    if (e.type !== 'person' || e.name.includes(' ')) continue;
    const hits = full.filter((f) => {
      const parts = f.name.split(' ');
      return parts[parts.length - 1] === e.name || parts[0] === e.name;
    });
    if (hits.length === 1) into.set(e.id, hits[0]!);
  }
  // Transliterations of one name ("Volodymyr Zelensky", "Volodymyr Zelenskiy"): the same first
  // name and surnames one letter apart join the more mentioned spelling.
  const ranked = [...full].sort((x, y) => y.mentions.length - x.mentions.length || byString(x.id, y.id));
  for (let i = 0; i < ranked.length; i++) {
    const keep = ranked[i]!;
    if (into.has(keep.id)) continue;
    for (const other of ranked.slice(i + 1)) {
      if (into.has(other.id) || !spellingVariants(keep.name, other.name)) continue;
      into.set(other.id, keep);
    }
  }
  if (into.size === 0) return;
  for (const [id, target] of into) {
    const e = entities.get(id)!;
    target.mentions.push(...e.mentions);
    for (const al of [e.name, ...e.aliases]) if (al !== target.name && !target.aliases.includes(al)) target.aliases.push(al);
    entities.delete(id);
  }
  const moved = [...relations.values()];
  relations.clear();
  for (const r of moved) {
    let source = into.get(r.source)?.id ?? r.source;
    let target = into.get(r.target)?.id ?? r.target;
    if (source === target) continue;
    if (RELATION_TYPES[r.type].symmetric && target < source) [source, target] = [target, source];
    const id = relationId(r.type, source, target);
    const prev = relations.get(id);
    if (!prev) relations.set(id, { ...r, id, source, target });
    else {
      prev.confidence = Math.max(prev.confidence, r.confidence);
      for (const ev of r.evidence) if (!prev.evidence.some((x) => x.doc === ev.doc && x.start === ev.start)) prev.evidence.push(ev);
    }
  }
}

function spellingVariants(a: string, b: string): boolean {
  const pa = a.split(' ');
  const pb = b.split(' ');
  if (pa.length !== pb.length || pa[0] !== pb[0]) return false;
  const la = pa[pa.length - 1]!;
  const lb = pb[pb.length - 1]!;
  return la !== lb && Math.min(la.length, lb.length) >= 5 && editDistance(la.toLowerCase(), lb.toLowerCase()) <= 1 && pa.slice(1, -1).join(' ') === pb.slice(1, -1).join(' ');
}

function editDistance(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0]!;
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j]!;
      d[j] = Math.min(d[j]! + 1, d[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length]!;
}

/** Positions held and quotes given, copied onto the person for the viewer and analysts. */
function addPositionsAndQuotes(entities: Entity[], relations: Relation[]): void {
  const byId = new Map(entities.map((e) => [e.id, e] as const));
  // A post the text gives without a holder is dropped where another article names its holder.
  const held = new Set(relations.filter((r) => r.type === 'holds_position').map((r) => `${r.source}|${String(r.attributes.position)}`));
  for (const e of entities) {
    if (!Array.isArray(e.attributes.positions)) continue;
    e.attributes.positions = (e.attributes.positions as Attributes[]).filter((p) => !held.has(`${e.id}|${String(p.position)}`));
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

function sortKeys(o: Attributes): Attributes {
  const out: Attributes = {};
  for (const k of Object.keys(o).sort(byString)) out[k] = o[k]!;
  return out;
}
