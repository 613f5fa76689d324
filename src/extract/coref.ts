// Nominal coreference within a document: "the Russian president", "Russia's foreign minister",
// "the spokesman" become mentions of the one person the text names as holding that position.
// Runs after the position rules, whose drafts say who holds what.

import { RELATION_TYPES, type EntityType } from '../types.ts';
import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { contextOf } from './relations/context.ts';

const HOLDERS: ReadonlySet<EntityType> = new Set(RELATION_TYPES.holds_position.target);

/** The nominal mentions of a document, as new links to the persons they denote. */
export function nominalMentions(doc: Doc): MentionLink[] {
  const ctx = contextOf(doc);
  const out: MentionLink[] = [];
  const held = doc.drafts.filter((d) => d.type === 'holds_position');
  const taken = (person: DocEntity, start: number, end: number) =>
    ctx.refs.some((r) => r.entity === person && r.mention.start < end && start < r.mention.end) ||
    out.some((r) => r.entity === person && r.mention.start < end && start < r.mention.end);
  for (const t of doc.titles) {
    const next = ctx.at[t.end];
    if (next && next.entity.type === 'person') continue; // a title before a name, not a reference
    if (ctx.lower(t.end) === 'of' || ctx.lower(t.end) === 'for') continue; // "the president of X" names its holder after: left to the relation rules
    const r = ctx.mentionEndingAt(t.start);
    const holder = r && HOLDERS.has(r.entity.type) && ctx.sentOf(r.mention.start) === ctx.sentOf(t.start) ? r : undefined;
    const start = holder ? holder.mention.start : t.start;
    const possessive = holder !== undefined && ctx.lower(t.start - 1) === "'s";
    if (ctx.lower(start - 1) !== 'the' && !possessive) continue;
    const persons = new Set(held.filter((d) => (d.canonical ?? d.attributes?.position) === t.position && (!holder || d.target === holder.entity)).map((d) => d.source));
    if (persons.size !== 1) continue;
    const person = [...persons][0]!;
    if (taken(person, start, t.end)) continue;
    out.push({ mention: { start, end: t.end, type: 'person', via: 'nominal' }, entity: person });
  }
  return out;
}

export const corefComponent: Component = {
  name: 'coref',
  requires: ['titles', 'links', 'drafts'],
  assigns: ['links'],
  defaults: {},
  run: (doc) => ({ links: nominalMentions(doc) }),
};
