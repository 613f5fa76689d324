// Training data of the relation model, from ../shared/data (never committed):
// - newsrel train: each article run through the pipeline (all but the model), its entities matched
//   to the gold entities by the gold scorer, and each candidate labelled: a relation type is
//   positive when (source, type, target) is a required gold relation and one of its evidence quotes
//   lies in the candidate's sentence(s); a candidate that could be an optional relation, or a
//   required one stated elsewhere, is left out (neither positive nor negative);
// - CoNLL04 train: each sentence run through the pipeline, our mentions matched to the gold spans,
//   the CoNLL04 families mapped to our types (Work_For → holds_position, Live_In → lives_in,
//   OrgBased_In → based_in, Located_In → located_in, Kill → killed), other types not trained there;
//   Live_In towards a country is left out (it counts nationalities, which our guidelines do not).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detokenize, readConll04 } from '../src/eval/conll.ts';
import { scoreGold, type Gold } from '../src/eval/gold.ts';
import { effectiveLinks, type Doc, type DocEntity } from '../src/extract/doc.ts';
import { extractDocument } from '../src/extract/index.ts';
import { finalize } from '../src/extract/merge.ts';
import { documentInfo, docOutput } from '../src/extract/output.ts';
import { candidates, CANDIDATE_DEFAULTS } from '../src/extract/relations/candidates.ts';
import { contextOf } from '../src/extract/relations/context.ts';
import { candidateFeatures, Votes } from '../src/extract/relations/model-features.ts';
import { classOf, entityKeys, type Scored } from '../src/extract/relations/model.ts';
import type { Example } from '../src/extract/relations/softmax.ts';
import { RELATION_TYPES, type RelationType } from '../src/types.ts';

/** The pipeline without the component being trained. */
export const WITHOUT_MODEL = { disable: ['relations.model'] };

export interface NewsDoc {
  name: string;
  doc: Doc;
  examples: Example[];
  /** The outcome of a relation the model might predict: a hit (gold key), ignored (optional) or an error. */
  outcome: (s: Scored) => { kind: 'hit'; key: string } | { kind: 'ignore' } | { kind: 'error' };
  /** Required gold relations by type. */
  required: Map<string, RelationType>;
  /** The gold entity a document entity was matched to. */
  goldOf: (e: DocEntity) => string | undefined;
  /** What each rule proposed (drafts that fit their type), scored against the gold. */
  ruleOutcomes: { rule: string; type: RelationType; kind: 'hit' | 'ignore' | 'error'; key: string }[];
}

function sym(type: string): boolean {
  return (RELATION_TYPES as Record<string, { symmetric: boolean }>)[type]?.symmetric ?? false;
}

export function loadNewsrel(dir: string): NewsDoc[] {
  const out: NewsDoc[] = [];
  for (const f of readdirSync(dir).filter((f) => f.endsWith('.json')).sort()) {
    const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as Gold & { evidence?: Record<string, string[]> };
    const name = f.replace(/\.json$/, '.txt');
    const text = readFileSync(join(dir, name), 'utf8');
    out.push(labelNewsDoc(name, text, gold));
  }
  return out;
}

function labelNewsDoc(name: string, text: string, gold: Gold & { evidence?: Record<string, string[]> }): NewsDoc {
  const doc = extractDocument({ id: name, text }, WITHOUT_MODEL);
  const { entities, relations } = docOutput(doc);
  const report = scoreGold(finalize([documentInfo(doc)], entities, relations, false), gold, text, name);
  const idOf = (e: DocEntity) => doc.meetingNames.get(e)?.id ?? e.id;
  const goldOf = (e: DocEntity) => report.matches[idOf(e)];
  const key = (s: string, r: string, t: string) => `${s}|${r}|${t}`;
  const required = new Map<string, RelationType>();
  for (const [s, r, t] of gold.relations) required.set(key(s, r, t), r as RelationType);
  const optional = new Set((gold.optional_relations ?? []).map(([s, r, t]) => key(s, r, t)));
  const find = (set: { has(k: string): boolean }, s: string, r: string, t: string) => (set.has(key(s, r, t)) ? key(s, r, t) : sym(r) && set.has(key(t, r, s)) ? key(t, r, s) : undefined);
  // Sentences holding each required relation's evidence.
  const evidence = new Map<string, Set<number>>();
  for (const [k] of required) {
    const [s, r, t] = k.split('|');
    const sents = new Set<number>();
    for (const q of gold.evidence?.[`${s} ${r} ${t}`] ?? []) {
      for (let i = text.indexOf(q); i >= 0; i = text.indexOf(q, i + 1)) {
        doc.sentences.forEach((x, si) => {
          if (x.start < i + q.length && i < x.end) sents.add(si);
        });
      }
    }
    evidence.set(k, sents);
  }
  const ctx = contextOf(doc);
  const votes = new Votes(doc.drafts, entityKeys(doc));
  const examples: Example[] = [];
  for (const c of candidates(ctx, doc.drafts, CANDIDATE_DEFAULTS)) {
    const gs = goldOf(c.source);
    const gt = goldOf(c.target);
    const pos: RelationType[] = [];
    const skip = new Set<RelationType>();
    for (const type of c.types) {
      if (gs === undefined || gt === undefined) continue;
      const req = find(required, gs, type, gt);
      if (req) {
        const ev = evidence.get(req)!;
        if (ev.has(c.sent) || ev.has(c.targetSent)) pos.push(type);
        else skip.add(type);
      } else if (find(optional, gs, type, gt)) skip.add(type);
    }
    if (pos.length === 0 && skip.size > 0) continue;
    const features = candidateFeatures(ctx, c, votes, []).slice();
    const allowed = [0, ...c.types.filter((t) => !skip.has(t)).map(classOf)];
    if (pos.length === 0) examples.push({ features, label: 0, allowed, weight: 1 });
    for (const t of pos) examples.push({ features, label: classOf(t), allowed, weight: 1 });
  }
  const outcome: NewsDoc['outcome'] = (sc) => {
    const gs = goldOf(sc.source);
    const gt = goldOf(sc.target);
    if (gs === undefined || gt === undefined) return { kind: 'error' };
    const req = find(required, gs, sc.type, gt);
    if (req) return { kind: 'hit', key: req };
    return find(optional, gs, sc.type, gt) ? { kind: 'ignore' } : { kind: 'error' };
  };
  const ekey = entityKeys(doc);
  const ruleOutcomes: NewsDoc['ruleOutcomes'] = [];
  const seenRule = new Set<string>();
  for (const d of doc.relations) {
    const k = `${d.rule}|${ekey(d.source)}|${d.type}|${ekey(d.target)}`;
    if (seenRule.has(k)) continue;
    seenRule.add(k);
    const o = outcome({ type: d.type, source: d.source, target: d.target, probability: 1, candidate: undefined as never });
    ruleOutcomes.push({ rule: d.rule ?? '', type: d.type, kind: o.kind, key: o.kind === 'hit' ? o.key : k });
  }
  return { name, doc, examples, outcome, required, goldOf, ruleOutcomes };
}

const CONLL04_TYPES: Record<string, RelationType> = { Work_For: 'holds_position', Live_In: 'lives_in', OrgBased_In: 'based_in', Located_In: 'located_in', Kill: 'killed' };
const FAMILIES = new Set(Object.values(CONLL04_TYPES));

/** Examples from CoNLL04 sentences, for the families it annotates; `weight` per example. */
export function loadConll04(json: string, weight: number): Example[] {
  const out: Example[] = [];
  for (const d of readConll04(json)) {
    const s = d.sentences[0]!;
    const { text, offsets } = detokenize([s.tokens]);
    const doc = extractDocument({ id: 'c04', text }, WITHOUT_MODEL);
    const span = (e: { start: number; end: number }) => `${offsets[0]![e.start]![0]}:${offsets[0]![e.end - 1]![1]}`;
    const goldIndex = new Map(s.entities.map((e, i) => [span(e), i] as const));
    const entityGold = new Map<DocEntity, number>();
    for (const l of effectiveLinks(doc.links)) {
      const k = `${doc.tokens[l.mention.start]!.start}:${doc.tokens[l.mention.end - 1]!.end}`;
      const g = goldIndex.get(k);
      if (g !== undefined && !entityGold.has(l.entity)) entityGold.set(l.entity, g);
    }
    const rel = new Map((s.relations ?? []).map((r) => [`${r.head}>${r.tail}`, CONLL04_TYPES[r.type]] as const));
    const ctx = contextOf(doc);
    const votes = new Votes(doc.drafts, entityKeys(doc));
    for (const c of candidates(ctx, doc.drafts, CANDIDATE_DEFAULTS)) {
      if (c.kind !== 'sentence') continue;
      const h = entityGold.get(c.source);
      const t = entityGold.get(c.target);
      const types = c.types.filter((x) => FAMILIES.has(x));
      if (h === undefined || t === undefined || types.length === 0) continue;
      const gold = rel.get(`${h}>${t}`);
      // CoNLL04's Live_In counts nationalities ("Mexican President X"), which the newsrel guidelines
      // do not: towards a country it is left untrained, towards a city or region it is a home.
      if (gold === 'lives_in' && c.target.type === 'state') continue;
      const label = gold && types.includes(gold) ? classOf(gold) : 0;
      out.push({ features: candidateFeatures(ctx, c, votes, []).slice(), label, allowed: [0, ...types.map(classOf)], weight });
    }
  }
  return out;
}
