// holds_position and counterpart_of: titles before names ("Russian Foreign Minister Sergey Lavrov",
// "Kremlin spokesperson Dmitry Peskov"), appositions ("Dmitry Peskov, the Kremlin's spokesman",
// "Walter Mears, columnist for The Associated Press") and counterparts ("his Russian counterpart X").

import { RELATION_TYPES, type EntityType } from '../../types.ts';
import type { Component, DocEntity, TitleSpan } from '../doc.ts';
import { words, wordsOf } from '../words.ts';
import { stancePrefixBefore } from './stance-prefixes.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const HOLDERS: ReadonlySet<EntityType> = new Set(RELATION_TYPES.holds_position.target);

const DEFAULTS = {
  /** How far before a title qualifying lower-case words may reach ("foreign ministry spokesman"). */
  qualifierWords: 3,
  titleBeforeName: 0.9,
  titleFirst: 0.85,
  titleOf: 0.8,
  apposition: 0.85,
  counterpart: 0.85,
  counterpartPost: 0.8,
};
type Settings = typeof DEFAULTS;

/** "ANC Deputy President X": modifiers of a post, capitalized or not. */
const POST_MODIFIERS = words('post_modifiers');
/** "Indian External Affairs Minister X", "Polish Justice Minister X": a portfolio names part of the post, capitalized or not. */
const PORTFOLIO = wordsOf('portfolio_words', 'generic_body_words');
/**
 * Words no post is qualified with: function words and verbs. A holder may still stand before them
 * ("the Kurdish Party statement said its leader X": the party's leader), but the post's name stops there.
 */
const NOT_QUALIFIERS = wordsOf('post_qualifier_stops', 'prepositions', 'say_verbs', 'report_verbs');
/** "X is the director of Y": a copula links a name to its post as an apposition's comma does. */
const COPULAS = words('post_copulas');
/** Words that open a clause: a name before them holds no title after them ("the daily reported that Prime Minister X"). */
const CLAUSE_LINKS = words('clause_links');

/** "ambassador to Russia", "envoy in Kabul": the words between a post and where it is held. */
const POSTED_TO = words('posted_to');

/** A lower-case word or a post modifier ("Deputy") that is no mention: a holder may stand before it. */
function between(ctx: DocContext, k: number): boolean {
  if (ctx.at[k] || CLAUSE_LINKS.has(ctx.lower(k))) return false;
  return POST_MODIFIERS.has(ctx.lower(k)) || PORTFOLIO.has(ctx.lower(k)) || /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? '');
}
/** A word that names part of the post ("foreign ministry", "deputy"): no function word or verb. */
function qualifies(ctx: DocContext, k: number): boolean {
  return between(ctx, k) && !NOT_QUALIFIERS.has(ctx.lower(k));
}

/**
 * The state or body a title belongs to, right before it, past up to three words between
 * ("Iran's foreign ministry spokesman" → Iran, "foreign ministry spokesperson"; "ANC Deputy President");
 * the post's qualifier is only the words that name part of it.
 */
function holderBefore(ctx: DocContext, titleStart: number, reach: number): { ref: MentionRef; qualifier: string } | undefined {
  let q = titleStart;
  while (q > titleStart - reach && q > 0 && qualifies(ctx, q - 1)) q--;
  let k = q;
  while (k > titleStart - reach && k > 0 && between(ctx, k - 1)) k--;
  const r = ctx.mentionEndingAt(k);
  if (!r || !HOLDERS.has(r.entity.type) || ctx.sentOf(r.mention.start) !== ctx.sentOf(titleStart)) return undefined;
  // "the pro-Syrian President X" is Lebanon's, who backs Syria (stance-prefixes.ts).
  if (stancePrefixBefore(ctx, r.mention.start)) return undefined;
  return { ref: r, qualifier: ctx.tokens.slice(q, titleStart).map((t) => t.lower).join(' ') };
}

/**
 * A title right before a person's name is that person's ("Jan Novak, Interpol chief Ana Ruiz": the
 * chief is Ruiz): a list of titled names or a new clause, never an apposition to the name before.
 */
function titlesName(ctx: DocContext, t: TitleSpan): boolean {
  const r = ctx.at[t.end];
  return !!r && r.entity.type === 'person' && r.mention.start === t.end;
}

/**
 * "Sudan's paramilitary Rapid Support Forces": a state's named body after its possessive (past the
 * words that describe it) holds the post named before them, not the state.
 */
function bodyOfOwner(ctx: DocContext, owner: MentionRef, reach: number): MentionRef {
  let k = owner.mention.end;
  if (ctx.lower(k) !== "'s") return owner;
  const stop = k + 1 + reach;
  // Only words that describe the body: "the IMF's mission in Ukraine" names no body in Ukraine.
  for (k++; k < stop && qualifies(ctx, k); ) k++;
  const body = ctx.at[k];
  return body && body.mention.start === k && HOLDERS.has(body.entity.type) && body.entity !== owner.entity ? body : owner;
}

/**
 * "director of the Egyptian Museum": a demonym before a capitalized word no mention covers begins
 * a name the tagger missed; the post is that body's, not the state's.
 */
function inUnknownName(ctx: DocContext, r: MentionRef): boolean {
  const next = ctx.tokens[r.mention.end];
  return r.mention.via === 'demonym' && !!next && /^\p{Lu}/u.test(next.text) && !ctx.at[r.mention.end] && !ctx.titleByStart.has(r.mention.end);
}

/**
 * A titled name's holder named after it with "of": "President Joseph Mwanza of Zambia", "Chairman
 * Ana Ruiz of the Globex board" (a place is no holder: "Sen. Bob Dole of Kansas" holds no post of Kansas).
 */
function holderAfterName(ctx: DocContext, end: number, reach: number): MentionRef | undefined {
  if (ctx.lower(end) !== 'of') return undefined;
  const h = ctx.lower(end + 1) === 'the' ? end + 2 : end + 1;
  const owner = ctx.at[h];
  if (!owner || owner.mention.start !== h || !HOLDERS.has(owner.entity.type) || inUnknownName(ctx, owner) || ctx.sentOf(h) !== ctx.sentOf(end)) return undefined;
  return bodyOfOwner(ctx, owner, reach);
}

/** "their counterparts, A, B and C": the persons listed from the first, joined by commas and "and". */
function personList(ctx: DocContext, first: MentionRef): MentionRef[] {
  const list = [first];
  for (let k = first.mention.end; ; ) {
    if (ctx.lower(k) === ',') k++;
    if (ctx.lower(k) === 'and') k++;
    const r = ctx.at[k];
    if (!r || r.mention.start !== k || r.entity.type !== 'person' || k === list[list.length - 1]!.mention.end) return list;
    list.push(r);
    k = r.mention.end;
  }
}

/** The outermost of a run of titles ("Foreign Minister Prince Faisal": foreign minister). */
type Title = { start: number; end: number; position: string; surface: string };

function outerTitle(byEnd: ReadonlyMap<number, TitleSpan>, t: Title): Title {
  let cur = t;
  for (;;) {
    const prev = byEnd.get(cur.start);
    if (!prev) return cur;
    cur = prev;
  }
}

export function positionRelations(ctx: DocContext, set: Settings = DEFAULTS): { drafts: RelationDraft[]; unheldPositions: { entity: DocEntity; position: string }[] } {
  const out: RelationDraft[] = [];
  const unheld: { entity: DocEntity; position: string }[] = [];
  const positionOf = new Map<string, { position: string; holder: MentionRef['entity'] }>();
  const byStart = ctx.titleByStart;
  const byEnd = ctx.titleByEnd;
  /** A post held, named by its title: the first post found for a person is the one its counterparts share. */
  const hold = (person: DocEntity, holder: DocEntity, sent: number, confidence: number, position: string, t: TitleSpan): void => {
    out.push({ type: 'holds_position', source: person, target: holder, sent, confidence, attributes: { position }, canonical: t.position });
    if (!positionOf.has(person.id)) positionOf.set(person.id, { position, holder });
  };

  for (const r of ctx.refs) {
    const m = r.mention;
    if (r.entity.type !== 'person' || !m.title) continue;
    const title = outerTitle(byEnd, m.title);
    const found = holderBefore(ctx, title.start, set.qualifierWords);
    if (!found) {
      // "President Joseph Mwanza of Zambia": the holder after the name.
      // Not after a post of something unnamed: "championship leader Aaron Slight of New Zealand" gives a nationality.
      const of = title.start - 1;
      const after = qualifies(ctx, of) && !POST_MODIFIERS.has(ctx.lower(of)) ? undefined : holderAfterName(ctx, m.end, set.qualifierWords);
      if (after) hold(r.entity, after.entity, ctx.sentOf(m.start), set.titleOf, title.surface, title);
      else unheld.push({ entity: r.entity, position: title.surface }); // a post without a named holder ("Secretary of State Marco Rubio")
      continue;
    }
    const holder = found.ref;
    const position = found.qualifier ? `${found.qualifier} ${title.surface}` : title.surface;
    hold(r.entity, holder.entity, ctx.sentOf(m.start), set.titleBeforeName, position, title);
  }

  // Title first: "France's foreign minister, Jean-Noel Barrot", "Mali's junta leader, General Assimi Goita".
  for (const t of ctx.titles) {
    if (ctx.lower(t.end) !== ',') continue;
    let k = t.end + 1;
    const next = byStart.get(k);
    if (next) k = next.end;
    const person = ctx.at[k];
    if (!person || person.entity.type !== 'person' || person.mention.start !== k) continue;
    const found = holderBefore(ctx, t.start, set.qualifierWords);
    if (!found) continue;
    const position = found.qualifier ? `${found.qualifier} ${t.surface}` : t.surface;
    hold(person.entity, found.ref.entity, ctx.sentOf(k), set.titleFirst, position, t);
  }

  // Title, then where it is posted, then the name: "Israel's ambassador to Washington Itamar
  // Rabinovich", "Former US ambassador to Russia Michael McFaul": the post is the holder's before
  // the title, never the place's it is posted to.
  for (const t of ctx.titles) {
    if (!POSTED_TO.has(ctx.lower(t.end))) continue;
    const place = ctx.at[t.end + 1];
    if (!place || place.mention.start !== t.end + 1) continue;
    const k = place.mention.end + (ctx.lower(place.mention.end) === ',' ? 1 : 0);
    const person = ctx.at[k];
    if (!person || person.entity.type !== 'person' || person.mention.start !== k) continue;
    const found = holderBefore(ctx, t.start, set.qualifierWords);
    if (!found || found.ref.entity === place.entity) continue;
    const position = found.qualifier ? `${found.qualifier} ${t.surface}` : t.surface;
    hold(person.entity, found.ref.entity, ctx.sentOf(person.mention.start), set.titleBeforeName, position, t);
  }

  // Title, then its holder after "of": "the Secretary-General of the Kurdish Party (KP) Ali Rahimi",
  // "The Speaker of Kenya's parliament, John Mwangi".
  for (const t of ctx.titles) {
    if (ctx.lower(t.end) !== 'of') continue;
    let h = t.end + 1;
    if (ctx.lower(h) === 'the') h++;
    const owner = ctx.at[h];
    if (!owner || owner.mention.start !== h || !HOLDERS.has(owner.entity.type) || inUnknownName(ctx, owner)) continue;
    const holder = bodyOfOwner(ctx, owner, set.qualifierWords);
    let k = holder.mention.end;
    // An abbreviation in brackets, or the holder's body in lower case ("Kenya's parliament").
    if (ctx.lower(k) === '(' && ctx.lower(k + 2) === ')') k += 3;
    else if (ctx.lower(k) === "'s") for (k++; k < holder.mention.end + 3 && qualifies(ctx, k); ) k++;
    if (ctx.lower(k) === ',') k++;
    const person = ctx.at[k];
    if (!person || person.entity.type !== 'person' || person.mention.start !== k || ctx.sentOf(k) !== ctx.sentOf(t.start)) continue;
    hold(person.entity, holder.entity, ctx.sentOf(k), set.titleOf, t.surface, t);
  }

  // Apposition: PERSON , [the] [former] HOLDER['s] TITLE  |  PERSON , TITLE (for|of|at) HOLDER;
  // and the same after a copula: "X is the political director of Y", "X was Kenya's envoy".
  for (const r of ctx.refs) {
    if (r.entity.type !== 'person') continue;
    const i = r.mention.end;
    if (ctx.lower(i) !== ',' && !COPULAS.has(ctx.lower(i))) continue;
    const sent = ctx.sentOf(r.mention.start);
    let k = i + 1;
    if (ctx.lower(k) === 'the' || ctx.lower(k) === 'a' || ctx.lower(k) === 'an') k++;
    // "Eliahu Cohen, a former Israeli envoy": past the post's modifiers before its holder.
    for (let n = 0; n < 2 && POST_MODIFIERS.has(ctx.lower(k)) && !ctx.at[k] && !byStart.has(k); n++) k++;
    let t1: TitleSpan | undefined;
    for (let j = k + 1; j <= k + 5 && !t1; j++) t1 = byStart.get(j);
    if (t1 && (ctx.sentOf(t1.start) !== sent || titlesName(ctx, t1))) t1 = undefined;
    const h1 = ctx.at[k];
    const f1 = t1 && holderBefore(ctx, t1.start, set.qualifierWords);
    // "Kent Walker, Google's senior vice president"
    if (t1 && h1 && f1 && f1.ref === h1) {
      const position = f1.qualifier ? `${f1.qualifier} ${t1.surface}` : t1.surface;
      out.push({ type: 'holds_position', source: r.entity, target: h1.entity, sent, confidence: set.apposition, attributes: { position }, canonical: t1.position });
      continue;
    }
    const t2 = byStart.get(k);
    if (t2 && !titlesName(ctx, t2) && /^(for|of|at|with)$/.test(ctx.lower(t2.end))) {
      let h = t2.end + 1;
      if (ctx.lower(h) === 'the') h++;
      const owner = ctx.at[h];
      const h2 = owner && HOLDERS.has(owner.entity.type) && !inUnknownName(ctx, owner) ? bodyOfOwner(ctx, owner, set.qualifierWords) : undefined;
      if (h2) out.push({ type: 'holds_position', source: r.entity, target: h2.entity, sent, confidence: set.apposition, attributes: { position: t2.surface }, canonical: t2.position });
    }
  }

  // "his Russian counterpart Vladimir Putin", "his Slovenian counterpart, Milan Kucan": the
  // counterpart holds the subject's position in that state.
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (ctx.lower(i) !== 'counterpart' && ctx.lower(i) !== 'counterparts') continue;
    const first = ctx.at[i + 1] ?? (ctx.lower(i + 1) === ',' ? ctx.at[i + 2] : undefined);
    if (!first || first.entity.type !== 'person' || ctx.sentOf(first.mention.start) !== ctx.sentOf(i)) continue;
    const state = ctx.mentionEndingAt(i)?.entity;
    const sent = ctx.sentOf(i);
    for (const other of ctx.lower(i) === 'counterparts' ? personList(ctx, first) : [first]) {
      const subject = ctx.mentionsIn(sent).find((x) => x.entity.type === 'person' && x.mention.start < i && x.entity !== other.entity);
      if (subject) out.push({ type: 'counterpart_of', source: other.entity, target: subject.entity, sent, confidence: set.counterpart });
      if (state && state.type === 'state') {
        const pos = subject ? positionOf.get(subject.entity.id)?.position : undefined;
        out.push({ type: 'holds_position', source: other.entity, target: state, sent, confidence: set.counterpartPost, attributes: pos ? { position: pos } : {} });
      }
    }
  }
  return { drafts: out, unheldPositions: unheld };
}

export const positionsComponent: Component<Settings> = {
  name: 'relations.positions',
  requires: ['links', 'titles'],
  assigns: ['drafts', 'unheldPositions'],
  defaults: DEFAULTS,
  run: (doc, set) => positionRelations(contextOf(doc), set),
};
