// Merging extractions: several documents' extractions (or already merged ones) joined into one,
// in document order whatever the order of the parts, then the cross-document rules
// (corpus-merge/) and the positions and quotes copied onto each person.

import { SCHEMA_VERSION, type Attributes, type DocumentInfo, type Entity, type Extraction, type MergeRecord, type Relation, type Span } from '../types.ts';
import { mergeAcrossDocuments, type CorpusMergeOptions } from './corpus-merge/index.ts';
import { addEntity, addRelation, byString } from './join.ts';

export { addRelation, byString, relationId } from './join.ts';

export interface MergeOptions extends CorpusMergeOptions {
  /**
   * Apply the cross-document rules (default: when there is more than one document). Off for a
   * shard that another merge will complete, and for a curated extraction, whose analyst's splits
   * the rules would undo.
   */
  crossDocument?: boolean;
}

/**
 * Merges extractions (of one document each, or already merged) into one: documents in id order,
 * entities and relations joined by id, then the cross-document rules. The result does not depend
 * on the order of `parts`. Throws when two parts contain the same document id.
 */
export function mergeExtractions(parts: readonly Extraction[], options: MergeOptions = {}): Extraction {
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
  const firstDoc = (p: Extraction) => p.documents.reduce((m, d) => Math.min(m, rank.get(d.id)!), Infinity);
  const ordered = parts.filter((p) => p.documents.length > 0).sort((x, y) => firstDoc(x) - firstDoc(y));
  const entities = new Map<string, Entity>();
  const relations = new Map<string, Relation>();
  const merges: MergeRecord[] = [];
  for (const p of ordered) {
    for (const e of p.entities) addEntity(entities, e);
    for (const r of p.relations) addRelation(relations, r);
    if (p.merges) merges.push(...p.merges);
  }
  const { crossDocument = documents.length > 1, ...rest } = options;
  return finalize(documents, entities, relations, crossDocument, { ...rest, merges });
}

export interface FinalizeOptions extends CorpusMergeOptions {
  /** Merge records of the parts. */
  merges?: readonly MergeRecord[];
}

/** Sorted, stable output with the derived person attributes (positions held, quotes) recomputed. */
export function finalize(documents: DocumentInfo[], entities: Map<string, Entity>, relations: Map<string, Relation>, crossDocument: boolean, options: FinalizeOptions = {}): Extraction {
  const { merges: earlier = [], ...corpusOptions } = options;
  const merged = crossDocument
    ? mergeAcrossDocuments(documents.map((d) => d.id), entities, relations, earlier, corpusOptions)
    : { entities, relations, merges: [...earlier].sort((x, y) => byString(x.into, y.into) || byString(x.from, y.from)) };
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
  return { schemaVersion: SCHEMA_VERSION, documents, entities: outEntities, relations: outRelations, merges: merged.merges };
}

function sortKeys(o: Attributes): Attributes {
  const out: Attributes = {};
  for (const k of Object.keys(o).sort(byString)) out[k] = o[k]!;
  return out;
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

