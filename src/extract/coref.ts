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
  // Who holds each post, by the post and by the post and the body or state that gives it: looked up
  // per title, never scanned (a long article names the same post thousands of times).
  const holders = new Map<string, Set<DocEntity>>();
  const holderKeys = new Map<DocEntity, number>();
  const holderKey = (e: DocEntity) => {
    let k = holderKeys.get(e);
    if (k === undefined) holderKeys.set(e, (k = holderKeys.size));
    return k;
  };
  const hold = (key: string, person: DocEntity) => {
    const set = holders.get(key);
    if (set) set.add(person);
    else holders.set(key, new Set([person]));
  };
  for (const d of doc.drafts) {
    if (d.type !== 'holds_position') continue;
    const post = String(d.canonical ?? d.attributes?.position);
    hold(post, d.source);
    hold(`${post}\u0000${holderKey(d.target)}`, d.source);
  }
  // The persons each token already names, to tell whether a span is one of theirs.
  const owners: (DocEntity[] | undefined)[] = new Array(doc.tokens.length);
  const note = (e: DocEntity, m: { start: number; end: number }) => {
    for (let k = m.start; k < m.end; k++) (owners[k] ??= []).push(e);
  };
  for (const r of ctx.refs) if (r.entity.type === 'person') note(r.entity, r.mention);
  const taken = (person: DocEntity, start: number, end: number) => {
    for (let k = start; k < end; k++) if (owners[k]?.includes(person)) return true;
    return false;
  };
  for (const t of doc.titles) {
    const next = ctx.at[t.end];
    if (next && next.entity.type === 'person') continue; // a title before a name, not a reference
    if (ctx.lower(t.end) === 'of' || ctx.lower(t.end) === 'for') continue; // "the president of X" names its holder after: left to the relation rules
    const r = ctx.mentionEndingAt(t.start);
    const holder = r && HOLDERS.has(r.entity.type) && ctx.sentOf(r.mention.start) === ctx.sentOf(t.start) ? r : undefined;
    const start = holder ? holder.mention.start : t.start;
    const possessive = holder !== undefined && ctx.lower(t.start - 1) === "'s";
    if (ctx.lower(start - 1) !== 'the' && !possessive) continue;
    const persons = holders.get(holder ? `${t.position}\u0000${holderKey(holder.entity)}` : t.position);
    if (!persons || persons.size !== 1) continue;
    const person = [...persons][0]!;
    if (taken(person, start, t.end)) continue;
    out.push({ mention: { start, end: t.end, type: 'person', via: 'nominal' }, entity: person });
    note(person, { start, end: t.end });
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
