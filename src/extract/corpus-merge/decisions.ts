// The decisions of the cross-document merge: a rule proposes to join one entity into another, or
// says why it keeps one apart; `formatDecision` writes each as the one line `--explain` prints.

import type { Entity, MergeRule } from '../../types.ts';

export interface Proposal {
  rule: MergeRule;
  from: Entity;
  into: Entity;
  reason: string;
}

export interface Refusal {
  rule: MergeRule;
  entity: Entity;
  /** The entities it was not joined to. */
  others: Entity[];
  reason: string;
}

export type MergeDecision = ({ kind: 'merge' } & Proposal) | ({ kind: 'keep-apart' } & Refusal);

/** What a rule found in one pass. */
export interface RuleResult {
  proposals: Proposal[];
  refusals: Refusal[];
}

const MAX_DOCS_SHOWN = 3;

/** "person:putin "Putin" [b.txt, c.txt +2 more]": an entity as the trace names it. */
export function describeEntity(e: Entity, docs: ReadonlySet<string>): string {
  const list = [...docs].sort();
  const shown = list.slice(0, MAX_DOCS_SHOWN).join(', ') + (list.length > MAX_DOCS_SHOWN ? ` +${list.length - MAX_DOCS_SHOWN} more` : '');
  return `${e.id} ${JSON.stringify(e.name)} [${shown}]`;
}

/** One line per decision: the verdict, the rule, the entities with their documents, the reason. */
export function formatDecision(d: MergeDecision, docsOf: (e: Entity) => ReadonlySet<string>): string {
  if (d.kind === 'merge') return `merge ${d.rule}: ${describeEntity(d.from, docsOf(d.from))} → ${describeEntity(d.into, docsOf(d.into))}: ${d.reason}`;
  return `keep apart ${d.rule}: ${describeEntity(d.entity, docsOf(d.entity))} from ${d.others.map((o) => describeEntity(o, docsOf(o))).join(', ')}: ${d.reason}`;
}
