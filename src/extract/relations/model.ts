// The relation model: a multinomial logistic regression trained on newsrel train (and CoNLL04 train
// for its families) by `npm run train`, over the candidates of candidates.ts with the features of
// model-features.ts, where the rules' drafts are votes. It decides which relations a document
// states: per relation type a threshold chosen by cross-validation on train, and a confidence that
// is the calibrated probability that the relation is right (see relation-model.json and README.md).

import { readFileSync } from 'node:fs';
import { RELATION_TYPE_LIST, RELATION_TYPES, type Attributes, type RelationType } from '../../types.ts';
import type { Component, Doc, DocEntity, RelationDraft } from '../doc.ts';
import { relationModelSignature } from '../model-signature.ts';
import { isSportsReport } from '../mention-types.ts';
import { CompiledModel, deserialize, type Scorer } from '../tagger/model.ts';
import { CANDIDATE_DEFAULTS, candidates, type Candidate } from './candidates.ts';
import { contextOf } from './context.ts';
import { candidateFeatures, Votes } from './model-features.ts';
import { noPost, noReport } from './post-blockers.ts';
import { softmax } from './softmax.ts';

/** Classes of the model: 0 is "no relation", then the relation types in the types module's order. */
export const MODEL_CLASSES = ['none', ...RELATION_TYPE_LIST] as const;
const CLASS_INDEX = new Map<string, number>(MODEL_CLASSES.map((c, i) => [c, i]));
export const classOf = (t: RelationType) => CLASS_INDEX.get(t)!;
/** The classes a candidate may take, cached per list of types (candidates share the lists of `typesFor`). */
const allowedCache = new WeakMap<readonly RelationType[], number[]>();
function allowedOf(types: readonly RelationType[]): number[] {
  let a = allowedCache.get(types);
  if (!a) allowedCache.set(types, (a = [0, ...types.map(classOf)]));
  return a;
}
/** Does any of the types belong to the active set? */
function anyActive(types: readonly RelationType[], active: ReadonlySet<RelationType>): boolean {
  for (let j = 0; j < types.length; j++) if (active.has(types[j]!)) return true;
  return false;
}
/** Below this probability a pair is no relation whatever the thresholds (rules' drafts aside). */
const FLOOR = 0.05;

export interface ModelParameters {
  signature: string;
  /** Probability above which a relation of the type is kept. */
  thresholds: Partial<Record<RelationType, number>>;
  /** Platt scaling of the probability into a calibrated confidence: 1 / (1 + exp(-(a·logit(p) + b))). */
  calibration: { a: number; b: number };
  /** A rule's relations of a type are kept whatever the model says when its precision on train is at least this. */
  trust: number;
  /** "rule|type" → precision on train, for the rules judged there (enough drafts to tell). */
  rulePrecision: Record<string, number>;
}

/**
 * How far a rule's relation of a type is trusted: its precision on train when it reaches the trust
 * level, the trust level itself for a rule too rarely seen on train to judge, 0 when it fell short.
 */
export function ruleTrust(p: Pick<ModelParameters, 'trust' | 'rulePrecision'>, rule: string, type: string): number {
  const precision = p.rulePrecision[`${rule}|${type}`];
  if (precision === undefined) return p.trust;
  return precision >= p.trust ? precision : 0;
}

export const MODEL_URL = new URL('./relation-model.bin', import.meta.url);
export const PARAMETERS_URL = new URL('./relation-model.json', import.meta.url);

let loaded: { scorer: Scorer; params: ModelParameters } | null = null;
function model(): { scorer: Scorer; params: ModelParameters } {
  if (loaded) return loaded;
  const name = 'relation model (src/extract/relations/relation-model.bin)';
  const signature = relationModelSignature();
  const scorer = new CompiledModel(deserialize(readFileSync(MODEL_URL), MODEL_CLASSES.length, signature, name));
  const params = JSON.parse(readFileSync(PARAMETERS_URL, 'utf8')) as ModelParameters;
  if (params.signature !== signature) throw new Error(`${name}: its parameters were trained with other features or lexicons; run \`npm run train\``);
  loaded = { scorer, params };
  return loaded;
}

/** A stable key of an entity within its document (meetings have no id before they are named). */
export function entityKeys(doc: Doc): (e: DocEntity) => string {
  const keys = new Map<DocEntity, string>();
  doc.entities.forEach((e, i) => keys.set(e, e.id || `#meeting-${i}`));
  return (e) => keys.get(e) ?? e.id;
}

/** The key of a relation within a document, symmetric types in a canonical order. */
export function relationKey(key: (e: DocEntity) => string, type: RelationType, source: DocEntity, target: DocEntity): string {
  const [s, t] = RELATION_TYPES[type].symmetric && key(target) < key(source) ? [target, source] : [source, target];
  return `${key(s)}|${type}|${key(t)}`;
}

/** One relation the model reads in a document: its best candidate and probability. */
export interface Scored {
  type: RelationType;
  source: DocEntity;
  target: DocEntity;
  probability: number;
  candidate: Candidate;
}

/**
 * Every candidate of the document scored, then the best probability per relation (source, type,
 * target). With `active`, a candidate none of whose types is active is skipped unless a rule
 * proposed it (its relation may stand on the rule's trust).
 */
export function scoreDocument(doc: Doc, scorer: Scorer, active?: ReadonlySet<RelationType>): Scored[] {
  const ctx = contextOf(doc);
  const key = entityKeys(doc);
  const votes = new Votes(doc.drafts, key);
  const feats: number[] = [];
  const scores = new Float64Array(MODEL_CLASSES.length);
  const probs = new Float64Array(MODEL_CLASSES.length);
  const best = new Map<string, Scored>();
  // Indexed loops and plain variables: run for every candidate (tens of thousands in a cold run,
  // mostly unoptimized), where a closure for `some`, for-of iterators and a destructured pair per
  // type allocate each time.
  for (const c of candidates(ctx, doc.drafts, CANDIDATE_DEFAULTS)) {
    const types = c.types;
    if (active && c.kind !== 'draft' && !anyActive(types, active)) continue;
    // "Pakistani police arrested X", "AP quotes Minister X", "French football star X": no post (post-blockers.ts).
    const blocked = types.includes('holds_position') && noPost(ctx, c);
    if (blocked && types.length === 1) continue;
    // "VOA's Ravi Khanna reports…": an outlet's own correspondent is no news it reports or quotes.
    const staff = (types.includes('reported') || types.includes('quoted')) && noReport(ctx, c);
    candidateFeatures(ctx, c, votes, feats);
    scorer.score(feats, scores);
    const allowed = allowedOf(types);
    softmax(scores, allowed, probs);
    for (let j = 0; j < types.length; j++) {
      const type = types[j]!;
      if ((blocked && type === 'holds_position') || (staff && (type === 'reported' || type === 'quoted'))) continue;
      const p = probs[allowed[j + 1]!]!; // allowed is [0, ...the classes of types]
      if (p < FLOOR && c.kind !== 'draft') continue;
      let source = c.source;
      let target = c.target;
      if (RELATION_TYPES[type].symmetric && key(target) < key(source)) {
        source = c.target;
        target = c.source;
      }
      const k = relationKey(key, type, source, target);
      const prev = best.get(k);
      if (!prev || p > prev.probability) best.set(k, { type, source, target, probability: p, candidate: c });
    }
  }
  return [...best.values()];
}

const active = new WeakMap<Pick<ModelParameters, 'thresholds'>, { all: ReadonlySet<RelationType>; sports: ReadonlySet<RelationType> }>();
/**
 * Types a sports report's pairs never take from the model: players, teams and their countries
 * facing each other in score lines and tables are no stance, war, killing or counterparts. On
 * CoNLL-2003 train and all of newsrel, 0 of the 11,896 such pairs in sports reports crossed a
 * threshold. Nor are they bases, homes or parts: a score line puts a team beside the other side's
 * city ("OAKLAND 5 Baltimore 3"), a player beside his club's town. On the same texts and 6,000 VOA
 * documents the model alone gave 151 bases (about one in ten right: "Benfica" in Portugal), 10
 * homes (none right) and no part in sports reports; the rules' still stand. Together a third of
 * the candidates scored there.
 */
const NOT_IN_SPORTS: ReadonlySet<RelationType> = new Set(['supports', 'opposes', 'sanctions', 'at_war_with', 'counterpart_of', 'killed', 'based_in', 'lives_in', 'part_of']);
/** The types the model may add on its own (a threshold it can reach), in any report and in a sports report. */
export function activeTypes(params: Pick<ModelParameters, 'thresholds'>, sports: boolean): ReadonlySet<RelationType> {
  let a = active.get(params);
  if (!a) {
    const all = new Set(RELATION_TYPE_LIST.filter((t) => (params.thresholds[t] ?? 2) <= 1));
    active.set(params, (a = { all, sports: new Set([...all].filter((t) => !NOT_IN_SPORTS.has(t))) }));
  }
  return sports ? a.sports : a.all;
}

export function calibrate(p: number, cal: ModelParameters['calibration']): number {
  const q = Math.min(1 - 1e-6, Math.max(1e-6, p));
  const z = cal.a * Math.log(q / (1 - q)) + cal.b;
  return 1 / (1 + Math.exp(-z));
}

/** The attributes a rule gave the relation (position, role, cue, status), else the model's own mark. */
function attributesFrom(drafts: RelationDraft[] | undefined): Attributes {
  const out: Attributes = {};
  for (const d of drafts ?? []) for (const [k, v] of Object.entries(d.attributes ?? {})) if (!(k in out)) out[k] = v;
  if (!drafts?.length) out.basis = 'learned';
  return out;
}

export const modelComponent: Component = {
  name: 'relations.model',
  requires: ['relations', 'drafts', 'links', 'entities', 'titles'],
  assigns: ['relations', 'dropped'],
  defaults: {},
  run(doc) {
    const { scorer, params } = model();
    const key = entityKeys(doc);
    const byTuple = new Map<string, RelationDraft[]>();
    for (const d of doc.relations) {
      const k = relationKey(key, d.type, d.source, d.target);
      const list = byTuple.get(k);
      if (list) list.push(d);
      else byTuple.set(k, [d]);
    }
    const relations: RelationDraft[] = [];
    const kept = new Set<string>();
    const sports = isSportsReport(doc.tokens);
    const titledSents = sports ? new Set(doc.titles.map((t) => doc.tokens[t.start]!.sent)) : undefined;
    for (const s of scoreDocument(doc, scorer, activeTypes(params, sports))) {
      // "the Biden administration" is the body Biden leads, not one he holds a post in.
      if (s.type === 'holds_position' && s.target.leader === s.source) continue;
      const k = relationKey(key, s.type, s.source, s.target);
      const drafts = byTuple.get(k);
      // A sports report's score lines ("Werder Bremen 1 (Schulz 31st) Borussia …") pair players with
      // teams, as often the other side's: a place in a team is no post, and the model's readings there
      // swung by about 150 relations from one retrain to the next. A sentence with a title ("ZIFA
      // vice-chairman X", "resigns as manager of Y") may still give one, as may a rule.
      if (titledSents && s.type === 'holds_position' && !drafts && !titledSents.has(s.candidate.sent)) continue;
      // A trusted rule's relation stands; the model decides the others.
      const trust = Math.max(0, ...(drafts ?? []).map((d) => ruleTrust(params, d.rule ?? '', d.type)));
      const threshold = params.thresholds[s.type] ?? 2;
      if (trust === 0 && s.probability < threshold) continue;
      kept.add(k);
      const sent = drafts?.find((d) => d.sent === s.candidate.sent)?.sent ?? drafts?.[0]?.sent ?? s.candidate.sent;
      // The calibrated probability alone: a trusted rule's train precision is in-sample (README).
      const confidence = calibrate(s.probability, params.calibration);
      relations.push({ type: s.type, source: s.source, target: s.target, sent, confidence: Math.round(confidence * 100) / 100, attributes: attributesFrom(drafts), rule: 'relations.model' });
    }
    const dropped = [...doc.dropped];
    for (const [k, ds] of byTuple) if (!kept.has(k)) dropped.push({ draft: ds[0]!, reason: 'below the relation model threshold' });
    return { relations, dropped };
  },
};
