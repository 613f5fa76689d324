// Learned relations: the pair classifier (model.bin beside this file, see README.md) over every
// ordered pair of names in a sentence, for the CoNLL04 families the rules do not cover well:
// works for, lives in, organization based in, located in, killed.

import { readFileSync } from 'node:fs';
import { CONLL_LABEL, type EntityType, type RelationType } from '../../types.ts';
import type { Component, DocEntity } from '../doc.ts';
import { pairSignature } from '../model-signature.ts';
import { CompiledModel, deserialize } from '../tagger/model.ts';
import { startsWithAny, words, wordsOf } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';
import { PAIR_CLASSES, pairFeatures, type PairClass, type PairMention } from './pair-features.ts';

/** Our relation type for a classifier label, given the endpoint types (null when they do not fit). */
export function relationFor(label: PairClass, src: EntityType, tgt: EntityType): RelationType | null {
  switch (label) {
    case 'Work_For':
      return src === 'person' && (tgt === 'organization' || tgt === 'media') ? 'holds_position' : null;
    case 'Live_In':
      return src === 'person' && (tgt === 'place' || tgt === 'state') ? 'lives_in' : null;
    case 'OrgBased_In':
      return (src === 'organization' || src === 'media') && (tgt === 'place' || tgt === 'state') ? 'based_in' : null;
    case 'Located_In':
      return src === 'place' && (tgt === 'place' || tgt === 'state') ? 'located_in' : null;
    case 'Kill':
      return src === 'person' && tgt === 'person' ? 'killed' : null;
    default:
      return null;
  }
}

const DEFAULTS = {
  /** How far below "no relation" a label may score and still be taken: 0 to 6 on CoNLL04 dev moved F1 by under 0.5. */
  noneBias: 0,
  /** Sentences with more names than this are skipped (lists, tables). */
  maxMentions: 30,
  /** Pairs further apart than this many tokens are not scored. */
  maxDistance: 40,
};
type Settings = typeof DEFAULTS;

/** No killing without a word for it: the classifier alone is not trusted with "killed". */
const KILL_STEMS = words('kill_stems');
/** Verbs after an outlet that make it a source ("Tasnim news agency reported"). */
const SOURCE_VERBS = wordsOf('say_verbs', 'report_verbs', 'citation_verbs');

function isAttributionSource(ctx: DocContext, r: MentionRef): boolean {
  // "Tasnim news agency reported": past up to two lower-case words.
  let k = r.mention.end;
  while (k < r.mention.end + 2 && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '') && !SOURCE_VERBS.has(ctx.lower(k))) k++;
  const after = ctx.lower(k);
  let b = r.mention.start - 1;
  if (ctx.lower(b) === 'the') b--;
  const before = ctx.lower(b);
  return SOURCE_VERBS.has(after) || /^(citing|told|to)$/.test(before) && (before !== 'to' || ctx.lower(b - 1) === 'according') || before === 'told';
}

function isDateline(ctx: DocContext, r: MentionRef, s0: number): boolean {
  if (r.mention.start !== s0) return false;
  for (let k = r.mention.end; k < Math.min(r.mention.end + 6, ctx.tokens.length); k++) if (ctx.lower(k) === '(') return true;
  return false;
}

let model: CompiledModel | null = null;
export const PAIR_MODEL_URL = new URL('./model.bin', import.meta.url);
function pairModel(): CompiledModel {
  return (model ??= new CompiledModel(deserialize(readFileSync(PAIR_MODEL_URL), PAIR_CLASSES.length, pairSignature(), 'relation classifier (src/extract/relations/model.bin)')));
}

/** Softmax-free confidence: the margin of the best label over "no relation", squashed to (0.5, 0.95). */
function confidence(margin: number): number {
  return Math.round((0.5 + 0.45 * (1 - Math.exp(-margin))) * 100) / 100;
}

/**
 * The classifier's relations, where the rules have not already said how the two are linked, and
 * where the lexicon does not say otherwise (an outlet it knows to be based elsewhere).
 */
export function learnedRelations(ctx: DocContext, ruled: readonly RelationDraft[], unheld: ReadonlySet<DocEntity>, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  const linked = new Set(ruled.map((r) => `${r.source.id}|${r.target.id}`));
  const titleAfter = new Set(ctx.titles.map((t) => t.start));
  const titled = new Set(ruled.filter((r) => r.type === 'holds_position').map((r) => r.source.id));
  // A victim the rules already gave a killer to gets no other from the classifier.
  const victims = new Set(ruled.filter((r) => r.type === 'killed').map((r) => r.target.id));
  const m = pairModel();
  const feats: number[] = [];
  const scores = new Float64Array(PAIR_CLASSES.length);
  const coarse = (t: EntityType) => CONLL_LABEL[t];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    // A name right before a title ("U.S. Secretary of State Marco Rubio") belongs to that title's
    // holder, which the rules already link; the classifier would pair it with everyone else.
    const refs = ctx.mentionsIn(sent).filter((r) => coarse(r.entity.type) && !r.mention.anchor && !r.mention.governs && !titleAfter.has(r.mention.end));
    const [s0, s1] = ctx.sentRange(sent);
    const killWord = ctx.tokens.slice(s0, s1).some((t) => startsWithAny(KILL_STEMS, t.lower));
    if (refs.length < 2 || refs.length > set.maxMentions) continue;
    const pm = (r: MentionRef): PairMention => ({ start: r.mention.start, end: r.mention.end, type: coarse(r.entity.type)! });
    const all = refs.map(pm);
    // One tail per head and label: "a native of Chisholm, Minn." names one home, the best scored.
    const best = new Map<string, { draft: RelationDraft; margin: number }>();
    for (const h of refs) {
      for (const t of refs) {
        if (h === t || h.entity === t.entity) continue;
        const hp = pm(h);
        const tp = pm(t);
        if (Math.abs(hp.start - tp.start) > set.maxDistance) continue;
        pairFeatures(ctx.tokens, hp, tp, all, feats);
        m.score(feats, scores);
        let top = 1;
        for (let c = 2; c < PAIR_CLASSES.length; c++) if (scores[c]! > scores[top]!) top = c;
        if (scores[top]! < scores[0]! - set.noneBias) continue;
        const type = relationFor(PAIR_CLASSES[top]!, h.entity.type, t.entity.type);
        if (!type || linked.has(`${h.entity.id}|${t.entity.id}`) || (type === 'killed' && (victims.has(t.entity.id) || !killWord))) continue;
        // An outlet that reports ("the Press Trust of India reported", "according to Reuters") is a source, not an employer.
        if (type === 'holds_position' && isAttributionSource(ctx, t)) continue;
        // A titled person's post is the rules' to say; a curated bloc without a seat has no base.
        if ((type === 'holds_position' || type === 'lives_in') && (titled.has(h.entity.id) || unheld.has(h.entity))) continue;
        if (type === 'based_in' && h.entity.entry && !h.entity.entry.basedIn) continue; // a bloc with no seat (G7)
        const knownBase = h.entity.entry?.basedIn;
        if (type === 'based_in' && knownBase && t.entity.entry?.country !== knownBase) continue;
        // A dateline place ("BRUSSELS (Reuters) -") says where the story was filed, not where its subjects are.
        if (isDateline(ctx, t, s0) && !(knownBase && t.entity.entry?.country === knownBase)) continue;
        const margin = scores[top]! - scores[0]!;
        const key = `${h.mention.start}:${top}`;
        const prev = best.get(key);
        if (prev && prev.margin >= margin) continue;
        best.set(key, { margin, draft: { type, source: h.entity, target: t.entity, sent, confidence: confidence(margin), attributes: { basis: 'learned' } } });
      }
    }
    for (const { draft } of best.values()) out.push(draft);
  }
  return out;
}

export const learnedComponent: Component<Settings> = {
  name: 'relations.learned',
  requires: ['links', 'titles', 'drafts', 'unheldPositions'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: learnedRelations(contextOf(doc), doc.drafts, new Set(doc.unheldPositions.map((u) => u.entity)), set) }),
};
