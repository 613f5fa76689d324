// Third-person pronouns linked to the entity they stand for: "He met X on Tuesday", "She told
// Reuters", "His party won", "Its leader X" become mentions of the person (or body) that was the
// subject of the sentence before, so that the relation rules and the model's candidates see both
// ends of a relation the text states with a pronoun. Precision first: a pronoun inside a quotation,
// one with a fitting entity already before it in its own sentence, or one whose sentence before has
// a subject of another kind, links to nothing. One pass in text order; adds mentions, never entities.

import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { contextOf, type DocContext } from './relations/context.ts';
import { wordMap, words } from './words.ts';

const PRONOUNS = wordMap('subject_pronouns');
const DUMMY_IT = words('dummy_it_verbs');
const SAY = words('say_verbs');
const ARTICLES = new Set(['the', 'a', 'an']);

/** How many sentences before the pronoun's may name the only person it can stand for. */
const WINDOW = 2;

const isBody = (e: DocEntity) => e.type === 'organization' || e.type === 'state' || e.type === 'media';
const fitsKind = (e: DocEntity, kind: string) => (kind === 'person' ? e.type === 'person' : isBody(e));
const isQuote = (ctx: DocContext, k: number) => ctx.tokens[k]!.norm === '"';

/** Per token, whether it stands inside a quotation; a quotation ends at the latest with its paragraph. */
function quoted(ctx: DocContext): Uint8Array {
  const inside = new Uint8Array(ctx.tokens.length);
  let open = false;
  let sent = -1;
  for (let k = 0; k < ctx.tokens.length; k++) {
    const t = ctx.tokens[k]!;
    if (t.sent !== sent) {
      // A line break between sentences closes a quotation left open (a paragraph ends).
      if (sent >= 0 && ctx.text.slice(ctx.sentences[sent]!.end, ctx.sentences[t.sent]!.start).includes('\n')) open = false;
      sent = t.sent;
    }
    if (t.norm === '"') open = !open;
    else if (open) inside[k] = 1;
  }
  // A sentence whose first quotation mark closes a quotation (it follows ",", "." …: '…all right," said X')
  // was inside it up to there, whatever the count before says (an opening mark may sit in another sentence).
  for (let s = 0; s < ctx.sentences.length; s++) {
    const [start, end] = ctx.sentRange(s);
    let q = start;
    while (q < end && !isQuote(ctx, q)) q++;
    if (q < end && q > start && /^[,.?!]$/.test(ctx.tokens[q - 1]!.norm)) inside.fill(1, start, q);
  }
  return inside;
}

/**
 * The subject of a sentence among its mentions (in order): the speaker of a sentence that opens
 * with a quotation ('"…," X said'), else its first mention when only capitalized words, articles
 * or a post's words stand before it ("The French Foreign Minister X") and it is no possessive
 * ("X's spokesman said" has the spokesman as subject).
 */
function subjectOf(ctx: DocContext, sent: number, refs: readonly MentionLink[], inQuote: Uint8Array): DocEntity | undefined {
  const [start, end] = ctx.sentRange(sent);
  if (start < end && isQuote(ctx, start)) {
    for (const r of refs) {
      if (inQuote[r.mention.start]) continue;
      if (SAY.has(ctx.lower(r.mention.end)) || SAY.has(ctx.lower(r.mention.start - 1))) return r.entity;
    }
    return undefined;
  }
  const first = refs[0];
  if (!first || ctx.lower(first.mention.end) === "'s") return undefined;
  let inPost = 0;
  for (let k = start; k < first.mention.start; k++) {
    const title = ctx.titleByStart.get(k);
    if (title) inPost = Math.max(inPost, title.end);
    if (k < inPost || ARTICLES.has(ctx.lower(k)) || /^\p{Lu}/u.test(ctx.tokens[k]!.text)) continue;
    return undefined;
  }
  return first.entity;
}

/**
 * Whether the sentence opens with a new, unnamed holder of a post ("A rebel spokesman", "An aide")
 * before token k. Not a definite one: "The president said he…" goes back to the president named before.
 */
function unnamedHolder(ctx: DocContext, start: number, k: number): boolean {
  const first = ctx.lower(start);
  if (first !== 'a' && first !== 'an') return false;
  for (let j = start + 1; j < Math.min(k, start + 5); j++) if (ctx.titleByStart.has(j)) return true;
  return false;
}

/** Whether a sentence-opening "it" is a dummy subject ("it is expected"), not "it is chaired by X". */
function dummyIt(ctx: DocContext, k: number): boolean {
  if (!DUMMY_IT.has(ctx.lower(k + 1))) return false;
  return !(/ed$/.test(ctx.lower(k + 2)) && ctx.lower(k + 3) === 'by');
}

/** The pronouns of a document, as new links to the entities they stand for. */
export function pronounMentions(doc: Doc): MentionLink[] {
  const ctx = contextOf(doc);
  const inQuote = quoted(ctx);
  const out: MentionLink[] = [];
  /** Per sentence before the current one: its subject, and the persons it names (mentions and linked pronouns). */
  const subjects: (DocEntity | undefined)[] = [];
  const persons: Set<DocEntity>[] = [];
  for (let sent = 0; sent < ctx.sentences.length; sent++) {
    const [start, end] = ctx.sentRange(sent);
    const named = ctx.mentionsIn(sent);
    const refs: MentionLink[] = [];
    let next = 0;
    for (let k = start; k < end; k++) {
      while (next < named.length && named[next]!.mention.start <= k) refs.push(named[next++]!);
      const lower = ctx.lower(k);
      const kind = PRONOUNS.get(lower);
      if (kind === undefined || ctx.at[k] || inQuote[k]) continue;
      // "it" as a subject only where it opens its sentence, and not as a dummy one.
      if (lower === 'it' && (k !== start || dummyIt(ctx, k))) continue;
      // An entity of the kind already named before it in its sentence is likelier its referent;
      // one a pronoun before stands for is the same ("It chose X as its leader").
      const before = refs.filter((r) => fitsKind(r.entity, kind));
      if (before.some((r) => r.mention.via !== 'pronoun')) continue;
      // "A negotiator for the rebels told AP his team will attend": the new holder of a post is the subject.
      if (before.length === 0 && kind === 'person' && unnamedHolder(ctx, start, k)) continue;
      const found = before.length > 0 ? before[before.length - 1]!.entity : referent(kind, subjects[sent - 1], persons, sent);
      if (!found) continue;
      const link: MentionLink = { mention: { start: k, end: k + 1, type: found.type, via: 'pronoun' }, entity: found };
      out.push(link);
      refs.push(link);
    }
    subjects[sent] = subjectOf(ctx, sent, refs, inQuote);
    persons[sent] = new Set(refs.filter((r) => r.entity.type === 'person').map((r) => r.entity));
  }
  return out;
}

/**
 * What a pronoun of this kind stands for: the subject of the sentence before when it fits; for a
 * person with no subject found there, the only person named in the sentences of the window.
 */
function referent(kind: string, subject: DocEntity | undefined, persons: readonly Set<DocEntity>[], sent: number): DocEntity | undefined {
  if (subject) return fitsKind(subject, kind) ? subject : undefined;
  if (kind !== 'person') return undefined;
  let only: DocEntity | undefined;
  for (let s = Math.max(0, sent - WINDOW); s < sent; s++) {
    for (const e of persons[s]!) {
      if (only && only !== e) return undefined;
      only = e;
    }
  }
  return only;
}

export const pronounsComponent: Component = {
  name: 'pronouns',
  requires: ['links'],
  assigns: ['links'],
  defaults: {},
  run: (doc) => ({ links: pronounMentions(doc) }),
};
