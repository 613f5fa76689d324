// The cross-document merge: the rules (names.ts, meetings.ts) run over the whole corpus, their
// proposals are joined (union-find: a group keeps its best-named member), relations are re-pointed
// and every join is recorded. Passes repeat until no rule proposes anything, because one join can
// enable another ("Xi" joins "Xi Jinping", then "Putin"'s context matches "Vladimir Putin"'s); the
// result is a fixed point, so merging a merged extraction again changes nothing.

import { RELATION_TYPES, type Entity, type MergeRecord, type Relation } from '../../types.ts';
import { addEntity, addRelation, byString, relationId } from '../join.ts';
import { acronymOf } from '../names.ts';
import { Corpus } from './corpus.ts';
import { formatDecision, type Proposal, type RuleResult } from './decisions.ts';
import { meetingRule } from './meetings.ts';
import { acronymCandidates, acronymRule, isShortPersonName, sameNameRule, spellingRule, surnameCandidates, surnameRule } from './names.ts';

export { formatDecision, type MergeDecision } from './decisions.ts';

/**
 * Every rule on one pass, in the order their proposals are considered when a joined entity's rule
 * is recorded (see resolveGroups). Contexts are compared as if every short form that fits one entity were
 * joined already, so that "Putin" and "Xi" of one article match "Vladimir Putin" and "Xi Jinping"
 * of another in the same pass.
 */
function runRules(c: Corpus): RuleResult[] {
  const surnames = surnameCandidates(c);
  const acronyms = acronymCandidates(c);
  c.assume([...surnames, ...acronyms].filter((k) => k.fits.length === 1).map((k) => [k.entity.id, k.fits[0]!.id]));
  return [sameNameRule(c), surnameRule(c, surnames), acronymRule(c, acronyms), spellingRule(c), meetingRule(c)];
}
/** Passes stop here even if a rule still proposes (never reached on real corpora: two or three suffice). */
const MAX_PASSES = 8;

export interface CorpusMergeOptions {
  /** Called with one line per decision (a join, or a candidate kept apart, and why). */
  explain?: (line: string) => void;
}

export interface CorpusMerge {
  entities: Map<string, Entity>;
  relations: Map<string, Relation>;
  merges: MergeRecord[];
}

/** Which member of a group remains: a full name over a surname or an initial, a long form over an acronym, then the most mentioned, the one with most names, the smallest id. */
function keepOrder(x: Entity, y: Entity): number {
  const short = (e: Entity) => (isShortPersonName(e) || acronymOf(e.name) !== undefined ? 1 : 0);
  return short(x) - short(y) || y.mentions.length - x.mentions.length || y.aliases.length - x.aliases.length || byString(x.id, y.id);
}

class UnionFind {
  private readonly parent = new Map<string, string>();
  find(id: string): string {
    let root = id;
    while (this.parent.has(root)) root = this.parent.get(root)!;
    for (let x = id; x !== root; ) {
      const next = this.parent.get(x)!;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra !== rb) this.parent.set(ra > rb ? ra : rb, ra > rb ? rb : ra);
  }
}

/** The entity each joined id goes to, with the proposal that joined it. */
function resolveGroups(c: Corpus, proposals: readonly Proposal[]): Map<string, { into: Entity; by: Proposal }> {
  const uf = new UnionFind();
  const touching = new Map<string, Proposal[]>();
  for (const p of proposals) {
    if (p.from.type !== p.into.type) continue; // never across types
    uf.union(p.from.id, p.into.id);
    for (const e of [p.from, p.into]) {
      const list = touching.get(e.id);
      if (list) list.push(p);
      else touching.set(e.id, [p]);
    }
  }
  const groups = new Map<string, Entity[]>();
  for (const id of [...touching.keys()].sort(byString)) {
    const root = uf.find(id);
    const list = groups.get(root);
    if (list) list.push(c.byId.get(id)!);
    else groups.set(root, [c.byId.get(id)!]);
  }
  const out = new Map<string, { into: Entity; by: Proposal }>();
  for (const members of groups.values()) {
    const keep = [...members].sort(keepOrder)[0]!;
    // A member's rule: the proposal that joined it to the one kept, else one that joined it to another, else the first that named it.
    for (const m of members) {
      if (m === keep) continue;
      const list = touching.get(m.id)!;
      const by = list.find((p) => p.from === m && p.into === keep) ?? list.find((p) => p.from === m) ?? list[0]!;
      out.set(m.id, { into: keep, by });
    }
  }
  return out;
}

/**
 * Rewrites entities and relations through the joins, in place (the maps and their entities are the
 * merge's own copies): only what a join touches is moved. Returns the records of this pass.
 */
function applyJoins(c: Corpus, entities: Map<string, Entity>, relations: Map<string, Relation>, joins: Map<string, { into: Entity; by: Proposal }>, docRank: Map<string, number>): MergeRecord[] {
  const records: MergeRecord[] = [];
  for (const [id, { into, by }] of [...joins].sort((x, y) => byString(x[0], y[0]))) {
    const e = entities.get(id)!;
    entities.delete(id);
    addEntity(entities, { ...e, id: into.id, name: into.name, aliases: [e.name, ...e.aliases] });
    const documents = [...c.docsOf(id)].sort((x, y) => docRank.get(x)! - docRank.get(y)!);
    records.push({ rule: by.rule, into: into.id, from: id, names: [...new Set([e.name, ...e.aliases])].sort(byString), documents, reason: by.reason });
  }
  const rename = (id: string) => joins.get(id)?.into.id ?? id;
  const moved: Relation[] = [];
  for (const r of relations.values()) {
    const claimant = r.attributes.claimedBy;
    const claimed = typeof claimant === 'string' && joins.has(claimant);
    if (!joins.has(r.source) && !joins.has(r.target) && !claimed) continue;
    relations.delete(r.id);
    let [source, target] = [rename(r.source), rename(r.target)];
    if (source === target) continue;
    if (RELATION_TYPES[r.type].symmetric && target < source) [source, target] = [target, source];
    moved.push({ ...r, id: relationId(r.type, source, target), source, target, attributes: claimed ? { ...r.attributes, claimedBy: rename(claimant) } : r.attributes });
  }
  for (const r of moved) addRelation(relations, r);
  return records;
}

/**
 * Applies the cross-document rules to a corpus joined by id. `earlier` are the records of merges
 * already done (by the parts merged): kept, with their `into` following any later join.
 */
export function mergeAcrossDocuments(documentIds: readonly string[], entities: Map<string, Entity>, relations: Map<string, Relation>, earlier: readonly MergeRecord[], options: CorpusMergeOptions = {}): CorpusMerge {
  const docRank = new Map(documentIds.map((d, i) => [d, i] as const));
  let records = [...earlier];
  let refusals: { line: string }[] = [];
  const c = new Corpus(entities.values(), [...relations.values()], documentIds.length);
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const results = runRules(c);
    const joins = resolveGroups(c, results.flatMap((r) => r.proposals));
    if (options.explain) {
      const docsOf = (e: Entity) => c.docsOf(e.id);
      for (const [id, { into, by }] of [...joins].sort((x, y) => byString(x[0], y[0]))) {
        options.explain(formatDecision({ kind: 'merge', rule: by.rule, from: c.byId.get(id)!, into, reason: by.reason }, docsOf));
      }
      // A candidate kept apart in one pass may join in the next: only the last pass's refusals stand.
      refusals = results.flatMap((r) => r.refusals.map((k) => ({ line: formatDecision({ kind: 'keep-apart', ...k }, docsOf) })));
    }
    if (joins.size === 0) break;
    const done = applyJoins(c, entities, relations, joins, docRank);
    c.joined(new Map([...joins].map(([from, { into }]) => [from, into.id])), [...relations.values()]);
    records = records.map((r) => (joins.has(r.into) ? { ...r, into: joins.get(r.into)!.into.id } : r));
    records.push(...done);
  }
  for (const r of refusals) options.explain?.(r.line);
  records.sort((x, y) => byString(x.into, y.into) || byString(x.from, y.from));
  return { entities, relations, merges: records };
}
