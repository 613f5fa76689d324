// Features of a relation candidate for the relation model: the two types and their order and
// distance, the words and word classes between and around the two mentions, titles, appositions,
// punctuation and quote marks between, the names in between, how each mention was found, where the
// sentence stands in the article, and each rule's vote for the pair (the rules as features).
// Each feature is a template id mixed with its parts' hashes (tagger/hash.ts).

import type { DocEntity, MeetingMention, Mention, RelationDraft, TitleSpan } from '../doc.ts';
import { hashString, mix } from '../tagger/hash.ts';
import { words as wordClass } from '../words.ts';
import type { Candidate } from './candidates.ts';
import type { DocContext } from './context.ts';
import { eventClauseFeatures } from './event-clause-features.ts';

const ACTORS: ReadonlySet<string> = new Set(['person', 'state', 'organization']);

/** Word classes whose presence between or around the mentions is a feature. */
const CLASS_NAMES = [
  'say_verbs', 'report_verbs', 'citation_verbs', 'meeting_verbs', 'visit_verbs', 'participation_verbs', 'role_verbs',
  'group_nouns', 'support_verbs', 'support_nouns', 'sanction_words', 'sanction_hit_verbs', 'oppose_verbs', 'war_nouns',
  'attack_words', 'kill_verbs', 'kill_passives', 'killer_nouns', 'killing_nouns', 'home_cues_words', 'outlet_nouns',
  'organization_nouns', 'state_actor_nouns', 'government_bodies', 'negation', 'planned_cues', 'hypothetical_cues',
  'directions', 'prepositions', 'months', 'weekdays',
] as const;

/**
 * Word → bit mask of the classes it belongs to, built once from the classes' words: a token is one
 * lookup (0 for the many words of no class), not a test of every class per distinct word of a run.
 */
let classBits: Map<string, number> | null = null;
function bitsOf(w: string): number {
  if (!classBits) {
    classBits = new Map();
    for (let i = 0; i < CLASS_NAMES.length; i++) {
      const n = CLASS_NAMES[i]!;
      const set = n === 'home_cues_words' ? new Set([...wordClass('home_cues')].flatMap((p) => p.split(' '))) : wordClass(n);
      for (const word of set) classBits.set(word, (classBits.get(word) ?? 0) | (1 << i));
    }
  }
  return classBits.get(w) ?? 0;
}

/** Hashes of the closed sets of strings features name (types, rules, kinds, cues, positions). */
const hashes = new Map<string, number>();
function T(s: string): number {
  let h = hashes.get(s);
  if (h === undefined) {
    if (hashes.size >= 100_000) hashes.clear();
    hashes.set(s, (h = hashString(s)));
  }
  return h;
}
const NONE = T('<none>');

/**
 * Each token's word hash and word classes, computed once per document: candidates read them many
 * times. The hashes are stored signed (the same 32 bits; features only mix them): read in cold,
 * unoptimized code, an unsigned value past 2^31 becomes a new heap number on every read.
 */
interface TokenTable {
  hash: Int32Array;
  bits: Int32Array;
}
const tokenTables = new WeakMap<DocContext, TokenTable>();
function tokenTable(ctx: DocContext): TokenTable {
  let tt = tokenTables.get(ctx);
  if (!tt) {
    const n = ctx.tokens.length;
    tt = { hash: new Int32Array(n), bits: new Int32Array(n) };
    for (let k = 0; k < n; k++) {
      const w = ctx.tokens[k]!.lower;
      tt.hash[k] = hashString(w);
      tt.bits[k] = bitsOf(w);
    }
    tokenTables.set(ctx, tt);
  }
  return tt;
}
/** The word hash of token k, or NONE outside the document. */
const wordAt = (tt: TokenTable, k: number) => (k >= 0 && k < tt.hash.length ? tt.hash[k]! : NONE);
/**
 * One feature per word class set in `bits`, in class order. Only the set bits are visited (lowest
 * first): a stretch of text has a few of the 31 classes, and this runs several times per candidate.
 */
function pushClasses(bits: number, template: number, part: number, out: number[]): void {
  for (let b = bits; b !== 0; b &= b - 1) out.push(mix(template, mix(part, 31 - Math.clz32(b & -b))));
}
const bucket = (n: number) => (n <= 0 ? 0 : n <= 1 ? 1 : n <= 2 ? 2 : n <= 4 ? 3 : n <= 7 ? 4 : n <= 12 ? 5 : n <= 20 ? 6 : 7);

/** Votes of the rules, by ordered entity pair, and which types each end has in a sentence (with whom). */
/** The drafts one rule gave a pair with one type: in which sentences, with which cues. */
interface VoteGroup {
  rule: string;
  type: string;
  sents: Set<number>;
  cues: Set<string>;
}

export class Votes {
  /** Pair → "rule|type" → group: a pair named a thousand times costs no more than one named once. */
  private readonly byPair = new Map<string, Map<string, VoteGroup>>();
  /** "entity|sentence" → type → up to two partner keys (enough to tell "another than this one"). */
  private readonly asSource = new Map<string, Map<string, string[]>>();
  private readonly asTarget = new Map<string, Map<string, string[]>>();
  /** The same, over the whole document: "entity" → type → up to two partner keys. */
  private readonly asSourceInDoc = new Map<string, Map<string, string[]>>();
  constructor(drafts: readonly RelationDraft[], private readonly key: (e: DocEntity) => string) {
    for (const d of drafts) {
      const pair = `${key(d.source)}>${key(d.target)}`;
      let groups = this.byPair.get(pair);
      if (!groups) this.byPair.set(pair, (groups = new Map()));
      const rule = d.rule ?? '';
      let g = groups.get(`${rule}|${d.type}`);
      if (!g) groups.set(`${rule}|${d.type}`, (g = { rule, type: d.type, sents: new Set(), cues: new Set() }));
      g.sents.add(d.sent);
      const cue = d.attributes?.cue ?? d.attributes?.role;
      if (typeof cue === 'string') g.cues.add(cue.toLowerCase());
      note(this.asSource, `${key(d.source)}|${d.sent}`, d.type, key(d.target));
      note(this.asTarget, `${key(d.target)}|${d.sent}`, d.type, key(d.source));
      note(this.asSourceInDoc, key(d.source), d.type, key(d.target));
    }
  }
  of(source: DocEntity, target: DocEntity): Iterable<VoteGroup> {
    return this.byPair.get(`${this.key(source)}>${this.key(target)}`)?.values() ?? [];
  }
  /** Types of drafts from an entity to another entity than `except`, in one sentence. */
  fromSourceElsewhere(e: DocEntity, sent: number, except: DocEntity): string[] {
    return others(this.asSource.get(`${this.key(e)}|${sent}`), this.key(except));
  }
  /** Types of drafts from an entity to another entity than `except`, anywhere in the document. */
  fromSourceInDoc(e: DocEntity, except: DocEntity): string[] {
    return others(this.asSourceInDoc.get(this.key(e)), this.key(except));
  }
  /** Types of drafts to an entity from another entity than `except`, in one sentence. */
  toTargetElsewhere(e: DocEntity, sent: number, except: DocEntity): string[] {
    return others(this.asTarget.get(`${this.key(e)}|${sent}`), this.key(except));
  }
}

function note(map: Map<string, Map<string, string[]>>, k: string, type: string, partner: string): void {
  let types = map.get(k);
  if (!types) map.set(k, (types = new Map()));
  const partners = types.get(type);
  if (!partners) types.set(type, [partner]);
  else if (partners.length < 2 && !partners.includes(partner)) partners.push(partner);
}

function others(types: Map<string, string[]> | undefined, except: string): string[] {
  const out: string[] = [];
  for (const [type, partners] of types ?? []) if (partners.some((p) => p !== except)) out.push(type);
  return out;
}

/** A mention opening a short line with a date, or followed by "(" and an outlet: a dateline. */
function isDateline(ctx: DocContext, m: Mention): boolean {
  const sent = ctx.tokens[m.start]!.sent;
  const s = ctx.sentences[sent]!;
  if (m.start !== s.tokenStart) return false;
  if (s.tokenEnd - s.tokenStart <= 6 && ctx.tokens.slice(m.end, s.tokenEnd).some((t) => /\d/.test(t.text))) return true;
  for (let k = m.end; k < Math.min(s.tokenEnd, m.end + 6); k++) if (ctx.tokens[k]!.norm === '(') return true;
  return false;
}

/** The fine type of an entity: its type and, for lexicon entries, their kind ("media:agency"). */
function fine(e: DocEntity): string {
  return e.entry?.kind ? `${e.type}:${e.entry.kind}` : e.entry ? `${e.type}:lex` : e.type;
}

function viaOf(m: Mention | undefined): string {
  if (!m) return 'none';
  return m.anchor ? 'anchor' : m.governs ? 'governs' : m.via;
}

/** Appends the features of one candidate to `out` (cleared first). */
export function candidateFeatures(ctx: DocContext, c: Candidate, votes: Votes, out: number[]): number[] {
  out.length = 0;
  const types = mix(T(fine(c.source)), T(fine(c.target)));
  const coarse = mix(T(c.source.type), T(c.target.type));
  const kind = T(c.kind);
  out.push(mix(1, types), mix(2, coarse), mix(3, mix(coarse, kind)));
  out.push(mix(4, mix(coarse, T(viaOf(c.sourceMention)))), mix(5, mix(coarse, T(viaOf(c.targetMention)))));
  // Where the sentence stands: the headline and dateline read differently from the body.
  out.push(mix(6, mix(coarse, Math.min(c.sent, 3))));
  // The rules' votes for this pair and for the reverse pair, in this sentence or elsewhere.
  // Each vote counts once however often the rule fired: a feature is present or not.
  for (const g of votes.of(c.source, c.target)) {
    const rt = mix(T(g.rule), T(g.type));
    out.push(mix(10, rt));
    const here = g.sents.has(c.sent);
    if (here) out.push(mix(11, mix(rt, 1)), mix(12, mix(T(g.type), 1)));
    if (g.sents.size > (here ? 1 : 0)) out.push(mix(11, mix(rt, 0)), mix(12, mix(T(g.type), 0)));
    for (const cue of g.cues) out.push(mix(13, mix(T(g.type), T(cue))));
  }
  for (const g of votes.of(c.target, c.source)) out.push(mix(14, mix(T(g.rule), T(g.type))));
  // Competition: the rules gave this target to another source, or this source another target, in
  // this sentence ("Saudi Foreign Minister Faisal ... to meet Rubio": Saudi is Faisal's).
  for (const type of votes.toTargetElsewhere(c.target, c.sent, c.source)) out.push(mix(90, mix(coarse, T(type))));
  for (const type of votes.fromSourceElsewhere(c.source, c.sent, c.target)) out.push(mix(91, mix(coarse, T(type))));
  // ... or anywhere in the document ("Egyptian President Hosni Mubarak" earlier: a "President Mubarak"
  // beside the Sudanese government is not Sudan's).
  for (const type of votes.fromSourceInDoc(c.source, c.target)) out.push(mix(95, mix(coarse, T(type))));
  // A body named after this person ("the Biden administration" for Biden).
  if (c.source.type === 'person' && c.target.type === 'organization' && nameWords(c.target).includes(lastWord(c.source))) out.push(mix(94, coarse));
  // A dateline ("BAGHDAD 1996-08-22", "KYIV (Reuters) -") says where the story was filed.
  if (c.targetMention && isDateline(ctx, c.targetMention)) out.push(mix(92, coarse));
  if (c.sourceMention && isDateline(ctx, c.sourceMention)) out.push(mix(93, coarse));
  // Entity-level facts: how often each is named, whether the person holds a post the rules found.
  out.push(mix(15, mix(coarse, bucket(mentionCount(ctx, c.source)))), mix(16, mix(coarse, bucket(mentionCount(ctx, c.target)))));
  const sm = c.sourceMention;
  const tm = c.targetMention;
  if (sm?.title) out.push(mix(17, mix(coarse, T(sm.title.position))), mix(18, coarse));
  if (tm?.title) out.push(mix(19, mix(coarse, T(tm.title.position))));
  // An event: the word the text names it with, its kind and status, and the words around it.
  const event = c.target.frame ? { e: c.target, m: tm } : c.source.frame ? { e: c.source, m: sm } : undefined;
  if (event?.m) {
    const f = event.e.frame!;
    const ev = frameMentionAt(f, event.m.start);
    out.push(mix(80, mix(coarse, T(ctx.tokens[event.m.end - 1]!.lower))), mix(81, mix(coarse, T(f.kind))), mix(82, mix(coarse, T(ev?.status ?? f.status ?? 'real'))));
    const tt = tokenTable(ctx);
    out.push(mix(83, mix(coarse, wordAt(tt, event.m.start - 1))), mix(84, mix(coarse, wordAt(tt, event.m.end))), mix(85, mix(coarse, wordAt(tt, event.m.start - 2))));
    out.push(mix(86, mix(coarse, bucket(f.mentions.length))));
  }
  if (sm && tm && c.sent === c.targetSent) {
    // Is either name the first actor of its clause (the subject, as far as word order tells)?
    if (isClauseSubject(ctx, sm)) out.push(mix(87, coarse));
    if (isClauseSubject(ctx, tm)) out.push(mix(88, coarse));
    // Is the other name the nearest of its type on that side?
    if (nearest(ctx, sm, tm, c.target.type)) out.push(mix(89, coarse));
    // An actor beside an event: a speaker, another event or a quotation between them.
    const actor = event?.m === sm ? tm : event?.m === tm ? sm : undefined;
    if (event?.m && actor && ACTORS.has((actor === sm ? c.source : c.target).type)) eventClauseFeatures(ctx, actor, event.m, coarse, out);
  }
  if (!sm || !tm) return out;
  if (c.sent !== c.targetSent) {
    // An event and a name in another sentence: how far, which way, and the words of each.
    out.push(mix(20, mix(coarse, c.targetSent - c.sent + 8)));
    context(ctx, sm, 30, coarse, out);
    context(ctx, tm, 40, coarse, out);
    return out;
  }
  const forward = sm.start < tm.start;
  const [a, b] = forward ? [sm, tm] : [tm, sm];
  const dir = forward ? 1 : 2;
  const cd = mix(coarse, dir);
  const gap = b.start - a.end;
  out.push(mix(50, cd), mix(51, mix(cd, bucket(gap))), mix(52, mix(types, dir)));
  const tokens = ctx.tokens;
  const tt = tokenTable(ctx);
  // Words between, their classes, the first and last two, the whole stretch when short.
  let commas = 0;
  let quotes = 0;
  let parens = 0;
  let bits = 0;
  let names = 0;
  const gapEnd = Math.min(b.start, a.end + 14);
  for (let k = a.end; k < gapEnd; k++) {
    const t = tokens[k]!;
    const w = tt.hash[k]!;
    out.push(mix(53, mix(cd, w)));
    bits |= tt.bits[k]!;
    if (t.norm === ',') commas++;
    else if (t.norm === '"') quotes++;
    else if (t.norm === '(' || t.norm === ')') parens++;
    const r = ctx.at[k];
    if (r && r.mention.start === k) {
      names++;
      out.push(mix(54, mix(cd, T(r.entity.type))));
    }
  }
  if (b.start - a.end > 14) for (let k = Math.max(gapEnd, b.start - 6); k < b.start; k++) out.push(mix(53, mix(cd, tt.hash[k]!)));
  out.push(mix(55, mix(cd, wordAt(tt, a.end))), mix(56, mix(cd, gap > 0 ? wordAt(tt, b.start - 1) : NONE)));
  if (gap >= 2) out.push(mix(57, mix(cd, mix(wordAt(tt, a.end), wordAt(tt, a.end + 1)))), mix(58, mix(cd, mix(wordAt(tt, b.start - 2), wordAt(tt, b.start - 1)))));
  if (gap <= 5) {
    let h = 59;
    for (let k = a.end; k < b.start; k++) h = mix(h, tt.hash[k]!);
    out.push(mix(60, mix(cd, h)));
  }
  pushClasses(bits, 61, cd, out);
  out.push(mix(62, mix(cd, Math.min(commas, 3))), mix(63, mix(cd, Math.min(quotes, 2))), mix(64, mix(cd, Math.min(parens, 2))), mix(65, mix(cd, Math.min(names, 3))));
  // Around the pair.
  out.push(mix(66, mix(cd, wordAt(tt, a.start - 1))), mix(67, mix(cd, wordAt(tt, a.start - 2))));
  out.push(mix(68, mix(cd, wordAt(tt, b.end))), mix(69, mix(cd, wordAt(tt, b.end + 1))));
  let around = 0;
  for (let k = Math.max(0, a.start - 4); k < a.start; k++) around |= tt.bits[k]!;
  for (let k = b.end; k < Math.min(tokens.length, b.end + 4); k++) around |= tt.bits[k]!;
  pushClasses(around, 70, cd, out);
  // Words of the sentence that say what it is about (the verbs of saying, meeting, fighting...).
  const sentBits = sentenceBits(ctx, c.sent);
  pushClasses(sentBits, 71, coarse, out);
  // A title right before either name, or one between.
  const ti = titleIndex(ctx);
  const titleBefore = (m: Mention) => ti.byEnd.get(m.start) ?? (tokens[m.start - 1]?.norm === ',' ? ti.byEnd.get(m.start - 1) : undefined);
  const tb = titleBefore(b);
  if (tb) out.push(mix(72, mix(cd, T(tb.position))), mix(73, cd));
  const ta = titleBefore(a);
  if (ta) out.push(mix(74, cd));
  if (ti.count[b.start]! - ti.count[a.end]! > 0) out.push(mix(75, cd));
  // The names' own words ("Inc", "University", "News") and the heads of the two names.
  out.push(mix(76, mix(cd, wordAt(tt, a.end - 1))), mix(77, mix(cd, wordAt(tt, b.end - 1))));
  return out;
}

const CLAUSE_BREAK = /^[,;:"(]$/;

/** The first actor (person, state, organization) of the clause holding the mention. */
function isClauseSubject(ctx: DocContext, m: Mention): boolean {
  for (let k = m.start - 1; k >= 0 && ctx.tokens[k]!.sent === ctx.tokens[m.start]!.sent; k--) {
    if (CLAUSE_BREAK.test(ctx.tokens[k]!.norm)) return true;
    const r = ctx.at[k];
    if (r && r.mention.start === k && (r.entity.type === 'person' || r.entity.type === 'state' || r.entity.type === 'organization') && !r.mention.anchor) return false;
  }
  return true;
}

/** No other mention of the target's type lies between the two. */
function nearest(ctx: DocContext, a: Mention, b: Mention, type: string): boolean {
  const [lo, hi] = a.start < b.start ? [a.end, b.start] : [b.end, a.start];
  for (let k = lo; k < hi; k++) {
    const r = ctx.at[k];
    if (r && r.mention.start === k && r.entity.type === type) return false;
  }
  return true;
}

/** Words right around a mention, for pairs across sentences. */
function context(ctx: DocContext, m: Mention, base: number, coarse: number, out: number[]): void {
  const tokens = ctx.tokens;
  const tt = tokenTable(ctx);
  out.push(mix(base, mix(coarse, wordAt(tt, m.start - 1))), mix(base + 1, mix(coarse, wordAt(tt, m.end))));
  out.push(mix(base + 2, mix(coarse, wordAt(tt, m.end - 1))));
  let bits = 0;
  for (let k = Math.max(0, m.start - 3); k < Math.min(tokens.length, m.end + 3); k++) bits |= tt.bits[k]!;
  pushClasses(bits, base + 3, coarse, out);
}

/** The word classes present in each sentence, computed once per document. */
const sentenceClassBits = new WeakMap<DocContext, Int32Array>();
function sentenceBits(ctx: DocContext, sent: number): number {
  let bits = sentenceClassBits.get(ctx);
  if (!bits) {
    bits = new Int32Array(ctx.sentences.length);
    const tt = tokenTable(ctx);
    for (let k = 0; k < ctx.tokens.length; k++) bits[ctx.tokens[k]!.sent]! |= tt.bits[k]!;
    sentenceClassBits.set(ctx, bits);
  }
  return bits[sent]!;
}

/** Titles of a document by end token, and a running count of title starts for "a title between". */
const titleIndexes = new WeakMap<DocContext, { byEnd: ReadonlyMap<number, TitleSpan>; count: Int32Array }>();
function titleIndex(ctx: DocContext): { byEnd: ReadonlyMap<number, TitleSpan>; count: Int32Array } {
  let ti = titleIndexes.get(ctx);
  if (!ti) {
    const count = new Int32Array(ctx.tokens.length + 1);
    for (let k = 0; k < ctx.tokens.length; k++) count[k + 1] = count[k]! + (ctx.titleByStart.has(k) ? 1 : 0);
    titleIndexes.set(ctx, (ti = { byEnd: ctx.titleByEnd, count }));
  }
  return ti;
}

/** An event's mention starting at a token (events named hundreds of times make a scan quadratic). */
const frameStarts = new WeakMap<object, Map<number, MeetingMention>>();
function frameMentionAt(f: { mentions: readonly MeetingMention[] }, start: number): MeetingMention | undefined {
  let m = frameStarts.get(f);
  if (!m) {
    m = new Map();
    for (const x of f.mentions) if (!m.has(x.start)) m.set(x.start, x);
    frameStarts.set(f, m);
  }
  return m.get(start);
}

const words = new WeakMap<DocEntity, string[]>();
function nameWords(e: DocEntity): string[] {
  let w = words.get(e);
  if (!w) words.set(e, (w = e.name.split(' ')));
  return w;
}
const lastWord = (e: DocEntity) => nameWords(e)[nameWords(e).length - 1]!;

const counts = new WeakMap<DocContext, Map<DocEntity, number>>();
function mentionCount(ctx: DocContext, e: DocEntity): number {
  let m = counts.get(ctx);
  if (!m) {
    m = new Map();
    for (const r of ctx.refs) m.set(r.entity, (m.get(r.entity) ?? 0) + 1);
    for (const x of ctx.entities) if (x.frame) m.set(x, x.frame.mentions.length);
    counts.set(ctx, m);
  }
  return m.get(e) ?? 0;
}
