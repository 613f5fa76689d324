// Merging across documents: stable relation ids, surnames and transliterations joined to the
// full name another article gives, and the positions and quotes copied onto each person.

import { RELATION_TYPES, type Attributes, type Entity, type Relation } from '../types.ts';

export const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export function relationId(type: string, source: string, target: string): string {
  return `${type}(${source},${target})`;
}

/**
 * Across documents: a person one article names only by surname ("Putin") is the person another
 * names in full ("Vladimir Putin"), when exactly one full name ends (or starts) with it.
 */
export function mergeSurnames(entities: Map<string, Entity>, relations: Map<string, Relation>): void {
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

