// Nominal coreference within a document: "the minister", "the visiting premier", "the Russian
// president", "Russia's foreign minister" become mentions of the one person they denote. Two passes
// over the same descriptions (post-descriptions.ts, one set of guards):
// - 'coref.titled', before the relation rules so that they see the person: the one person titled
//   with that post in the sentence or the two before, else the only one the document titled so far;
// - 'coref', after the position rules, whose drafts say who holds what: the one person drafted as
//   holding that post (of that state or body, when the description names one).
// Each link is a listed mention of its person; none when two persons fit.

import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { fitsDescription, postDescription } from './post-descriptions.ts';
import { contextOf, type DocContext } from './relations/context.ts';

export interface TitledSettings {
  /** How many sentences before the description's own the person it prefers; past them, the only one of the document so far. */
  window: number;
  /** Lower-case words allowed between "the" and the post ("the visiting foreign minister", "the 50-year-old premier"). */
  maxModifiers: number;
}

const DEFAULTS: TitledSettings = { window: 2, maxModifiers: 2 };

function titleTokens(ctx: DocContext): Uint8Array {
  const inTitle = new Uint8Array(ctx.tokens.length);
  for (const t of ctx.titles) for (let k = t.start; k < t.end; k++) inTitle[k] = 1;
  return inTitle;
}

/** The posts of a document said again of a person titled before, as new links to that person. */
export function titledMentions(doc: Doc, settings: TitledSettings = DEFAULTS): MentionLink[] {
  const ctx = contextOf(doc);
  const inTitle = titleTokens(ctx);
  // One scan in text order: each person's titles so far and the sentence it was last named in.
  const posts = new Map<DocEntity, { position: string; surface: string; start: number }[]>();
  const lastSeen = new Map<DocEntity, number>();
  const out: MentionLink[] = [];
  let next = 0;
  for (const t of ctx.titles) {
    while (next < ctx.refs.length && ctx.refs[next]!.mention.start < t.start) {
      const r = ctx.refs[next++]!;
      if (r.entity.type !== 'person') continue;
      lastSeen.set(r.entity, ctx.sentOf(r.mention.start));
      const title = r.mention.title;
      if (!title) continue;
      const held = posts.get(r.entity);
      if (held) held.push(title);
      else posts.set(r.entity, [title]);
    }
    const d = postDescription(ctx, t, inTitle, settings.maxModifiers);
    if (!d || d.holder || d.nameAfter) continue; // whose post a state or body names, or a name after it, is the drafts' to say
    const sent = ctx.sentOf(t.start);
    const near: DocEntity[] = [];
    const far: DocEntity[] = [];
    for (const [e, held] of posts) {
      if (!held.some((p) => fitsDescription(ctx, d, t.position, p))) continue;
      (lastSeen.get(e)! >= sent - settings.window ? near : far).push(e);
    }
    const found = near.length > 0 ? near : far;
    if (found.length !== 1) continue;
    out.push({ mention: { start: d.start, end: t.end, type: 'person', via: 'nominal' }, entity: found[0]! });
  }
  return out;
}

/** The descriptions no earlier pass linked, as links to the one person drafted as holding that post. */
export function draftedMentions(doc: Doc): MentionLink[] {
  const ctx = contextOf(doc);
  const inTitle = titleTokens(ctx);
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
  const out: MentionLink[] = [];
  for (const t of doc.titles) {
    const d = postDescription(ctx, t, inTitle, 0);
    if (!d) continue;
    const persons = holders.get(d.holder ? `${t.position}\u0000${holderKey(d.holder.entity)}` : t.position);
    if (!persons || persons.size !== 1) continue;
    const person = [...persons][0]!;
    if (d.named && d.named !== person) continue;
    out.push({ mention: { start: d.start, end: t.end, type: 'person', via: 'nominal' }, entity: person });
  }
  return out;
}

export const corefTitledComponent: Component<TitledSettings> = {
  name: 'coref.titled',
  requires: ['titles', 'links'],
  assigns: ['links'],
  defaults: DEFAULTS,
  run: (doc, settings) => ({ links: titledMentions(doc, settings) }),
};

export const corefComponent: Component = {
  name: 'coref',
  requires: ['titles', 'links', 'drafts'],
  assigns: ['links'],
  defaults: {},
  run: (doc) => ({ links: draftedMentions(doc) }),
};
