// Definite descriptions of bodies, states and outlets: "the party said", "the country's president",
// "the armed group", "the paper quoted X" become mentions of the one entity of a fitting kind that
// the text named just before. Runs before the relation rules so that they and the model's
// candidates see these mentions ("the party's Secretary-General X" holds a post in the party).
// Adds mentions to entities the document has already; never makes an entity.

import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { contextOf } from './relations/context.ts';
import { wordMap, words, wordsOf } from './words.ts';

const HEADS = wordMap('description_heads');
const PARTY_NAMES = words('party_names');
const ARMED_NAME = words('armed_name_words');
const ARMED_AFTER = wordsOf('fighter_nouns', 'armed_nouns');
const ARMED_BEFORE = words('armed_nouns');
const BODY_WORDS = words('generic_body_words');
const PREPOSITIONS = words('prepositions');

/** How many sentences before the description's own may name the entity. */
const WINDOW = 2;
/** Lower-case words allowed between "the" and the head ("the armed group", "the startup company"). */
const MAX_MODIFIERS = 2;

/** A word that may stand between "the" and the head: not "the", a preposition or a conjunction ("the presence of government troops"). */
const modifies = (w: string) => w !== 'the' && w !== 'and' && w !== 'or' && !PREPOSITIONS.has(w);

const nameWords = (e: DocEntity) => e.name.toLowerCase().split(/[^\p{L}]+/u);

/** Whether entity e may be what a description with this head and kind refers to. */
function fits(e: DocEntity, head: string, kind: string, armed: ReadonlySet<DocEntity>): boolean {
  if (e.type === 'state') return kind === 'state';
  if (e.type !== 'organization' && e.type !== 'media') return false;
  const named = nameWords(e);
  if (named.includes(head)) return true; // "the commission" for "the Truth Commission"
  if (e.type === 'media') {
    if (kind === 'agency') return e.entry?.kind === 'agency';
    return kind === 'newspaper' && (e.entry === undefined || e.entry.kind === 'newspaper');
  }
  const party = named.includes('party') || PARTY_NAMES.has(e.name.toLowerCase());
  const isArmed = armed.has(e) || named.some((w) => ARMED_NAME.has(w));
  switch (kind) {
    case 'organization':
      return true;
    case 'party':
      return party;
    case 'armed':
      return isArmed;
    case 'company':
      // Lexicon bodies are governments' and international ones; a name of state-body words is no firm.
      return !party && !isArmed && e.entry === undefined && !named.some((w) => BODY_WORDS.has(w));
    default:
      return false;
  }
}

/** The definite descriptions of a document, as new links to the entities they denote. */
export function descriptionMentions(doc: Doc): MentionLink[] {
  const ctx = contextOf(doc);
  const n = ctx.tokens.length;
  const inTitle = new Uint8Array(n);
  for (const t of ctx.titles) for (let k = t.start; k < t.end; k++) inTitle[k] = 1;
  // Organizations the text shows armed by a word beside a mention ("EPR gunmen", "rebel Unita").
  const armed = new Set<DocEntity>();
  for (const r of ctx.refs) {
    if (r.entity.type !== 'organization') continue;
    if (ARMED_AFTER.has(ctx.lower(r.mention.end)) || ARMED_BEFORE.has(ctx.lower(r.mention.start - 1))) armed.add(r.entity);
  }
  // One scan in text order: the sentence each entity was last named in, kept only while in the window.
  const lastSeen = new Map<DocEntity, number>();
  const out: MentionLink[] = [];
  let next = 0; // next ref to record
  for (let k = 0; k < n; k++) {
    while (next < ctx.refs.length && ctx.refs[next]!.mention.start < k) {
      const r = ctx.refs[next++]!;
      lastSeen.set(r.entity, ctx.sentOf(r.mention.start));
    }
    const head = ctx.lower(k);
    const kind = HEADS.get(head);
    if (kind === undefined || ctx.at[k] || inTitle[k] || ctx.tokens[k]!.text !== head) continue;
    // "the" and at most two lower-case words, none named, before the head.
    let start = k;
    while (start > 0 && k - start < MAX_MODIFIERS && /^\p{Ll}[\p{Ll}-]*$/u.test(ctx.tokens[start - 1]!.text) && modifies(ctx.lower(start - 1)) && !ctx.at[start - 1] && !inTitle[start - 1]) start--;
    if (ctx.lower(start - 1) !== 'the' || ctx.sentOf(start - 1) !== ctx.sentOf(k)) continue;
    // "the government of X", "the newspaper Haaretz": the text names it right there.
    const after = ctx.tokens[k + 1];
    if (after && after.sent === ctx.sentOf(k) && (after.lower === 'of' || ctx.at[k + 1] || /^\p{Lu}/u.test(after.text))) continue;
    const sent = ctx.sentOf(k);
    let found: DocEntity | undefined;
    let count = 0;
    for (const [e, s] of lastSeen) {
      if (s < sent - WINDOW) {
        lastSeen.delete(e);
        continue;
      }
      if (fits(e, head, kind, armed) && ++count === 1) found = e;
    }
    if (count !== 1 || !found) continue;
    out.push({ mention: { start, end: k + 1, type: found.type, via: 'described' }, entity: found });
  }
  return out;
}

export const descriptionsComponent: Component = {
  name: 'descriptions',
  requires: ['links'],
  assigns: ['links'],
  defaults: {},
  run: (doc) => ({ links: descriptionMentions(doc) }),
};
