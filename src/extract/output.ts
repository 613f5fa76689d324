// A finished Doc as the Extraction of one document: entities with their mentions (offsets into the
// document as given, through the HTML source map when there is one), relations with their evidence
// sentence, meetings with their names and attributes.

import { createHash } from 'node:crypto';
import { RELATION_TYPES, type Attributes, type DocumentInfo, type Entity, type Relation, type Span } from '../types.ts';
import { effectiveLinks, type Doc, type DocEntity } from './doc.ts';
import { toSource } from './html.ts';
import { meetingAttributes } from './meeting-names.ts';
import { addRelation, relationId } from './merge.ts';

/** A span of the document as given: offsets into HTML source when the pipeline read its text. */
function spanOf(doc: Doc, start: number, end: number): Span {
  const [s, e] = doc.view ? toSource(doc.view, start, end) : [start, end];
  return { doc: doc.input.id, start: s, end: e, text: doc.input.text.slice(s, e) };
}

export function documentInfo(doc: Doc): DocumentInfo {
  const { input } = doc;
  const info: DocumentInfo = { id: input.id, sha256: createHash('sha256').update(input.text).digest('hex'), chars: input.text.length };
  if (input.title !== undefined) info.title = input.title;
  if (input.url !== undefined) info.url = input.url;
  if (input.published !== undefined) info.published = input.published;
  return info;
}

/** The token spans of each entity: its links that stand, and a meeting's frame mentions. */
function spansByEntity(doc: Doc): Map<DocEntity, { start: number; end: number; anchor?: boolean }[]> {
  const out = new Map<DocEntity, { start: number; end: number; anchor?: boolean }[]>();
  const add = (e: DocEntity, s: { start: number; end: number; anchor?: boolean }) => {
    const list = out.get(e);
    if (list) list.push(s);
    else out.set(e, [s]);
  };
  // A description ("the party") is no name of the entity: like a demonym modifier, it is left out of its mentions.
  for (const l of effectiveLinks(doc.links)) add(l.entity, { start: l.mention.start, end: l.mention.end, ...(l.mention.anchor || l.mention.via === 'described' || l.mention.via === 'pronoun' ? { anchor: true } : {}) });
  for (const e of doc.entities) if (e.frame) for (const m of e.frame.mentions) add(e, { start: m.start, end: m.end });
  for (const list of out.values()) list.sort((x, y) => x.start - y.start || x.end - y.end);
  return out;
}

/** Entities and relations of one finished document, keyed by id (not yet sorted). */
export function docOutput(doc: Doc): { entities: Map<string, Entity>; relations: Map<string, Relation> } {
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const idOf = (e: DocEntity) => doc.meetingNames.get(e)?.id ?? e.id;
  const ensure = (e: DocEntity): Entity => {
    const id = idOf(e);
    let out = entities.get(id);
    if (!out) {
      const named = doc.meetingNames.get(e);
      out = { id, type: e.type, name: named?.name ?? e.name, aliases: [], attributes: {}, mentions: [] };
      if (e.entry) {
        out.aliases.push(...e.entry.aliases);
        if (e.entry.country) out.attributes.country = e.entry.country;
        if (e.entry.kind) out.attributes.kind = e.entry.kind;
      }
      entities.set(id, out);
    }
    return out;
  };
  const spans = spansByEntity(doc);
  const unheld = new Map<DocEntity, string[]>();
  for (const u of doc.unheldPositions) {
    const list = unheld.get(u.entity);
    if (list) list.push(u.position);
    else unheld.set(u.entity, [u.position]);
  }
  // A state named only by demonyms ("Russian") is listed with those mentions when a relation needs it.
  const referenced = new Set(doc.relations.flatMap((r) => [r.source, r.target]));
  for (const e of doc.entities) {
    const all = spans.get(e) ?? [];
    const own = all.filter((s) => !s.anchor);
    const kept = own.length > 0 || !referenced.has(e) ? own : all;
    if (kept.length === 0) continue;
    const out = ensure(e);
    const aliases = doc.meetingNames.get(e)?.aliases ?? e.aliases;
    for (const al of aliases) if (al !== out.name && !out.aliases.includes(al)) out.aliases.push(al);
    for (const s of kept) out.mentions.push(spanOf(doc, doc.tokens[s.start]!.start, doc.tokens[s.end - 1]!.end));
    if (e.frame) Object.assign(out.attributes, meetingAttributes(doc, e));
    const posts = unheld.get(e);
    if (posts) {
      const list = (out.attributes.positions ??= []) as Attributes[];
      for (const position of [...new Set(posts)].sort()) if (!list.some((p) => p.position === position && p.of === undefined)) list.push({ position });
    }
  }
  for (const r of doc.relations) {
    let [src, tgt] = [ensure(r.source), ensure(r.target)];
    if (RELATION_TYPES[r.type].symmetric && tgt.id < src.id) [src, tgt] = [tgt, src];
    const sent = doc.sentences[r.sent]!;
    const claimant = doc.claims.get(r);
    const attributes: Attributes = { ...(r.attributes ?? {}), ...(claimant ? { claimedBy: idOf(claimant) } : {}) };
    addRelation(relations, {
      id: relationId(r.type, src.id, tgt.id), type: r.type, source: src.id, target: tgt.id,
      attributes, confidence: r.confidence, evidence: [spanOf(doc, sent.start, sent.end)],
    });
  }
  return { entities, relations };
}
