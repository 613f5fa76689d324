// Where a post stands for a person named elsewhere: "the minister", "the visiting premier",
// "the Russian president", "Russia's foreign minister". One set of guards for nominal coreference
// (coref.ts): a name or a holder after the post, a new or next holder, a post inside a phrase about it.

import type { DocEntity, TitleSpan } from './doc.ts';
import { RELATION_TYPES, type EntityType } from '../types.ts';
import type { DocContext, MentionRef } from './relations/context.ts';
import { words, wordsOf } from './words.ts';

const HOLDERS: ReadonlySet<EntityType> = new Set(RELATION_TYPES.holds_position.target);
/** "Deputy Foreign Minister X" is no "the minister", "former President X" no "the president": a rank before a post must be the description's too. */
const LOWER_RANK = words('post_modifiers');
/** "the president of parliament", "the spokesman for X", "the ambassador to Y": another person, named by what follows. */
const HOLDER_AFTER = words('post_holder_links');
const PLACE_AFTER = words('post_place_links');
const POSTED_TO = words('posted_to');
const STOPS = words('post_qualifier_stops');
const NO_MODIFIER = wordsOf('prepositions', 'post_qualifier_stops');
/** "the new president", "the next chancellor": most often another person than the one titled before. */
const SUCCESSOR = words('successor_modifiers');
/** "the police chief", "the army general": a body's word before the post names whose post; the person's title must hold it too. */
const BODY_WORDS = words('generic_body_words');

/** A post said of a person: its first token, the state or body before the post that gives it, the body words and the rank ("former", "deputy") before it, and whether a name follows it, whose when known ("the president, X,"). */
export interface PostDescription {
  start: number;
  holder?: MentionRef;
  bodies: string[];
  rank?: string;
  nameAfter: boolean;
  named?: DocEntity;
}

const lastWord = (p: string) => p.slice(p.lastIndexOf(' ') + 1);

/**
 * Whether a person titled `held` is what "the `said`" refers to: the same post, or a post whose head
 * it names ("the minister" for a foreign minister) unless that post is of a lower rank ("deputy …").
 */
export function samePost(said: string, held: string): boolean {
  if (said === held) return true;
  if (said.includes(' ') || lastWord(held) !== said) return false;
  return !LOWER_RANK.has(held.slice(0, held.indexOf(' ')));
}

/** Whether a person's title (canonical, as written, where) fits the description of post `said`; none after "deputy", "former" ("deputy Speaker X" is no "the speaker"). */
export function fitsDescription(ctx: DocContext, d: PostDescription, said: string, held: { position: string; surface: string; start: number }): boolean {
  return samePost(said, held.position) && rankOf(ctx, held.start) === d.rank && d.bodies.every((b) => held.surface.split(' ').includes(b));
}

/** The rank word before a title starting at token k, or before its capitalized qualifier ("former President", "deputy Parliamentary Speaker"). */
function rankOf(ctx: DocContext, k: number): string | undefined {
  if (LOWER_RANK.has(ctx.lower(k - 1))) return ctx.lower(k - 1);
  return k >= 2 && /^\p{Lu}/u.test(ctx.tokens[k - 1]!.text) && !ctx.at[k - 1] && LOWER_RANK.has(ctx.lower(k - 2)) ? ctx.lower(k - 2) : undefined;
}

/**
 * A word that may stand between "the" and the post: lower case or an age ("50-year-old"), none named,
 * a post, a preposition or a conjunction ("the title of president" is no person).
 */
function modifier(ctx: DocContext, k: number, inTitle: Uint8Array): boolean {
  const w = ctx.tokens[k]!.text;
  return /^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(w) && !NO_MODIFIER.has(w) && !SUCCESSOR.has(w) && !ctx.at[k] && !inTitle[k];
}

/** The first token of an age ending at token k ("61 - year - old" as the tokenizer splits it), or -1. */
function ageStart(ctx: DocContext, k: number): number {
  if (k < 4 || ctx.lower(k) !== 'old' || ctx.lower(k - 1) !== '-' || ctx.lower(k - 2) !== 'year' || ctx.lower(k - 3) !== '-') return -1;
  return /^[\p{Ll}\d]+$/u.test(ctx.tokens[k - 4]!.text) && ctx.sentOf(k - 4) === ctx.sentOf(k) ? k - 4 : -1;
}

/** "to" before a verb ("urged the minister to meet"): no post's place. */
function infinitive(ctx: DocContext, k: number): boolean {
  return ctx.lower(k) === 'to' && !ctx.at[k + 1] && /^\p{Ll}+$/u.test(ctx.tokens[k + 1]?.text ?? '') && !STOPS.has(ctx.lower(k + 1));
}

/** The person named in apposition after the post ("the president, X,", "the envoy to Y, X,"). */
function namedAfter(ctx: DocContext, t: TitleSpan): DocEntity | undefined {
  let k = t.end;
  const place = POSTED_TO.has(ctx.lower(k)) ? ctx.at[k + 1] : undefined;
  if (place && place.entity.type !== 'person' && place.mention.start === k + 1) k = place.mention.end;
  const r = ctx.lower(k) === ',' ? ctx.at[k + 1] : undefined;
  return r && r.entity.type === 'person' && ctx.sentOf(r.mention.start) === ctx.sentOf(t.start) ? r.entity : undefined;
}

/**
 * What follows the post: undefined when it names another holder ("the president of parliament",
 * "the envoy to Kabul" when no state or body before the post says whose) or is the title of the name after it ("the minister Jan Berg"); else whether a
 * name follows ("the president, X,", "the leader Ayatollah …"), and whose when it is known.
 */
function whatFollows(ctx: DocContext, t: TitleSpan, held: boolean): { nameAfter: boolean; named?: DocEntity } | undefined {
  const named = namedAfter(ctx, t);
  if (named) return { nameAfter: true, named };
  const after = ctx.tokens[t.end];
  if (!after || after.sent !== ctx.sentOf(t.start)) return { nameAfter: false };
  if (ctx.at[t.end] || HOLDER_AFTER.has(after.lower)) return undefined;
  if (!held && PLACE_AFTER.has(after.lower) && !infinitive(ctx, t.end)) return undefined;
  return { nameAfter: /^\p{Lu}/u.test(after.text) };
}

/**
 * "the [modifiers] POST", "the STATE POST" or "STATE's POST" ending at title t, when it stands for
 * a person named elsewhere; undefined when it is no such description.
 */
export function postDescription(ctx: DocContext, t: TitleSpan, inTitle: Uint8Array, maxModifiers: number): PostDescription | undefined {
  for (let k = t.start; k < t.end; k++) if (ctx.at[k]) return undefined;
  const sent = ctx.sentOf(t.start);
  const r = ctx.mentionEndingAt(t.start);
  const held = !!r && HOLDERS.has(r.entity.type) && ctx.sentOf(r.mention.start) === sent;
  const follows = whatFollows(ctx, t, held);
  if (!follows) return undefined;
  const withNamed = (d: Omit<PostDescription, 'nameAfter' | 'named'>): PostDescription => ({ ...d, ...follows });
  if (r && held) {
    const possessive = ctx.lower(t.start - 1) === "'s";
    return ctx.lower(r.mention.start - 1) === 'the' || possessive ? withNamed({ start: r.mention.start, holder: r, bodies: [] }) : undefined;
  }
  let start = t.start;
  for (let n = 0; n < maxModifiers && start > 0 && ctx.sentOf(start - 1) === sent; n++) {
    const age = ageStart(ctx, start - 1);
    if (age >= 0) start = age;
    else if (modifier(ctx, start - 1, inTitle)) start--;
    else break;
  }
  if (start === 0 || ctx.lower(start - 1) !== 'the' || ctx.sentOf(start - 1) !== sent) return undefined;
  const bodies: string[] = [];
  let rank: string | undefined;
  for (let k = start; k < t.start; k++) {
    if (BODY_WORDS.has(ctx.lower(k))) bodies.push(ctx.lower(k));
    if (LOWER_RANK.has(ctx.lower(k))) rank = ctx.lower(k);
  }
  return withNamed(rank ? { start, bodies, rank } : { start, bodies });
}
