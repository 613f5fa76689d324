// at_war_with between the sides of an armed conflict, each a state or an armed organization, in the
// forms news text uses besides "X's war with Y": "fighting between Turkish troops and PKK
// guerrillas", "clashes between the KDP and the PUK", "the SPLA has fought Sudanese forces".
// Which organizations are armed is read from the document itself: a name that says so ("Popular
// Revolutionary Army"), a mention the text calls fighters ("PKK guerrillas", "Tamil Tiger rebels"),
// or a side of a war the text names plainly against a state or armed group ("the war between Israel
// and Hamas", "the RSF has been at war with the army").

import type { Component, DocEntity } from '../doc.ts';
import { words, wordsOf } from '../words.ts';
import { contextOf, firstRefFrom, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const CONFLICT_NOUNS = words('conflict_nouns');
const FIGHT_VERBS = words('fight_verbs');
const ARMED_NOUNS = wordsOf('fighter_nouns', 'armed_nouns');
const ARMED_NAME_WORDS = words('armed_name_words');
const AUXILIARIES = words('passive_auxiliaries');
const FACTIONS = words('faction_nouns');
const WAR_OPENERS = words('war_openers');
/** "Israel's war on Hamas", "Russia's war in Ukraine", "Russia's war against Ukraine". */
const WAR_TARGETS = new Set(['in', 'on', 'against']);

/** "the war between X and Y", "at war with Y", "X's war in Y": a war named plainly, no "trade war" or "price war". */
function plainWar(ctx: DocContext, i: number): boolean {
  const w = ctx.lower(i);
  return (w === 'war' || w === 'wars') && WAR_OPENERS.has(ctx.lower(i - 1));
}

const DEFAULTS = {
  /** "fighting between A and B". */
  between: 0.75,
  /** "A fought B", "A clashed with B". */
  fought: 0.65,
  /** Tokens after the conflict noun searched for "between" (no name or punctuation on the way). */
  betweenWindow: 6,
  /** Tokens between "between" and the first side, and between "and" and the second ("the rebel"). */
  sideWindow: 3,
  /** "fighting between the two factions": the two armed organizations named last before. */
  twoFactions: 0.7,
  /** Words between "two" and the faction noun ("the two main Iraqi Kurdish factions"). */
  factionWords: 3,
  /** Sentences back searched for the two factions. */
  factionSentences: 4,
};
type Settings = typeof DEFAULTS;

const armedCache = new WeakMap<DocContext, Set<DocEntity>>();
/** The organizations of a document that the text shows to be armed. */
export function armedOrganizations(ctx: DocContext): ReadonlySet<DocEntity> {
  let armed = armedCache.get(ctx);
  if (armed) return armed;
  armed = new Set();
  for (const e of ctx.entities) {
    if (e.type === 'organization' && e.name.toLowerCase().split(/\s+/).some((w) => ARMED_NAME_WORDS.has(w))) armed.add(e);
  }
  for (const r of ctx.refs) {
    if (r.entity.type !== 'organization' || r.mention.anchor) continue;
    // "PKK guerrillas", "Tamil Tiger rebels", "rebel Unita", "armed Islamic militants"
    if (ARMED_NOUNS.has(ctx.lower(r.mention.end)) || ARMED_NOUNS.has(ctx.lower(r.mention.start - 1))) armed.add(r.entity);
  }
  // "fighting between the two factions": both are armed.
  for (const f of twoFactions(ctx, DEFAULTS)) for (const r of f.sides) armed.add(r.entity);
  // "the war between Israel and Hamas", "Hamas has been at war with Israel": a plainly named war
  // against a state or an armed group shows an organization armed ("Boeing's war on Airbus" does not).
  const side = (e: DocEntity) => e.type === 'state' || armed!.has(e);
  for (const w of plainWars(ctx)) {
    if (w.a.entity.type === 'organization' && side(w.b.entity)) armed.add(w.a.entity);
    if (w.b.entity.type === 'organization' && side(w.a.entity)) armed.add(w.b.entity);
  }
  armedCache.set(ctx, armed);
  return armed;
}

/** Can this entity be a side of an armed conflict? */
export function isWarSide(ctx: DocContext, e: DocEntity): boolean {
  return e.type === 'state' || (e.type === 'organization' && armedOrganizations(ctx).has(e));
}

/** The first side named at token k or within the window after it (past "the", "rebel", a demonym's noun). */
function sideAt(ctx: DocContext, k: number, end: number, window: number, anyActor = false): MentionRef | undefined {
  for (let j = k; j < Math.min(end, k + window + 1); j++) {
    const r = ctx.at[j];
    if (r) return r.mention.start === j && (anyActor ? ACTOR(r.entity) : isWarSide(ctx, r.entity)) ? r : undefined;
    if (/^[,;:.]$/.test(ctx.lower(j)) || ctx.lower(j) === 'and') return undefined;
  }
  return undefined;
}

/** The token after the "between" that follows a conflict noun, or -1. */
function betweenAfter(ctx: DocContext, i: number, end: number, window: number): number {
  for (let k = i + 1; k < Math.min(end, i + window + 1); k++) {
    if (ctx.lower(k) === 'between') return k + 1;
    if (ctx.at[k] || /^[,;:.("]$/.test(ctx.lower(k))) return -1;
  }
  return -1;
}

const ACTOR = (e: DocEntity) => e.type === 'state' || e.type === 'organization';

/**
 * The two sides of each plainly named war of a document, any state or organization: "the war
 * between A and B", "A's war in/on/against B", "A has been at war with (the) B".
 */
const warCache = new WeakMap<DocContext, PlainWar[]>();
type PlainWar = { a: MentionRef; b: MentionRef; i: number };
function plainWars(ctx: DocContext): PlainWar[] {
  let out = warCache.get(ctx);
  if (out) return out;
  out = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    if (!plainWar(ctx, i)) continue;
    const [s0, s1] = ctx.sentRange(ctx.sentOf(i));
    let a: MentionRef | undefined;
    let b: MentionRef | undefined;
    if (ctx.lower(i + 1) === 'between') {
      a = sideAt(ctx, i + 2, s1, DEFAULTS.sideWindow, true);
      if (a && ctx.lower(a.mention.end) === 'and') b = sideAt(ctx, a.mention.end + 1, s1, DEFAULTS.sideWindow, true);
    } else if (ctx.lower(i - 1) === "'s" && WAR_TARGETS.has(ctx.lower(i + 1))) {
      a = ctx.mentionEndingAt(i - 1);
      b = sideAt(ctx, i + 2, s1, 1, true);
    } else if (ctx.lower(i - 1) === 'at' && ctx.lower(i + 1) === 'with') {
      a = sideBefore(ctx, i - 1, s0, true);
      b = sideAt(ctx, i + 2, s1, 2, true);
    }
    if (a && b && a.entity !== b.entity && ACTOR(a.entity) && ACTOR(b.entity)) out.push({ a, b, i });
  }
  warCache.set(ctx, out);
  return out;
}

/** The side ending right before token k, past auxiliaries ("the PKK has fought"). */
function sideBefore(ctx: DocContext, k: number, start: number, anyActor = false): MentionRef | undefined {
  let j = k - 1;
  while (j > start && AUXILIARIES.has(ctx.lower(j))) j--;
  // "PKK guerrillas fought", "Turkish troops clashed"
  if (!ctx.at[j] && ARMED_NOUNS.has(ctx.lower(j))) {
    j--;
    // "Sudan's army clashed": the possessor's forces.
    if (ctx.lower(j) === "'s") j--;
  }
  const r = j >= start ? ctx.at[j] : undefined;
  return r && r.mention.end === j + 1 && (anyActor ? ACTOR(r.entity) : isWarSide(ctx, r.entity)) ? r : undefined;
}

/**
 * "between the two main Kurdish factions", "the two warring factions": the two factions are the
 * last two organizations named before token i (within a few sentences); undefined unless the
 * words from k read "[the] two ... FACTIONS". The phrase itself shows them armed.
 */
function twoFactionsAt(ctx: DocContext, k: number, i: number, set: Settings): [MentionRef, MentionRef] | undefined {
  if (ctx.lower(k) === 'the') k++;
  if (ctx.lower(k) !== 'two') return undefined;
  let j = k + 1;
  while (j < k + 1 + set.factionWords && !FACTIONS.has(ctx.lower(j)) && /^\p{L}+$/u.test(ctx.tokens[j]?.text ?? '')) j++;
  if (!FACTIONS.has(ctx.lower(j))) return undefined;
  const first = ctx.sentRange(Math.max(0, ctx.sentOf(i) - set.factionSentences))[0];
  const found: MentionRef[] = [];
  for (let n = firstRefFrom(ctx.refs, i) - 1; n >= 0 && found.length < 2; n--) {
    const r = ctx.refs[n]!;
    if (r.mention.start < first) break;
    if (r.entity.type === 'organization' && !found.some((f) => f.entity === r.entity)) found.push(r);
  }
  return found.length === 2 ? [found[1]!, found[0]!] : undefined;
}

const factionCache = new WeakMap<DocContext, { i: number; sides: [MentionRef, MentionRef] }[]>();
/** Every "fighting between the two factions" and "the two warring factions" of a document, with its two sides. */
function twoFactions(ctx: DocContext, set: Settings): { i: number; sides: [MentionRef, MentionRef] }[] {
  // Cached for the default settings only: a caller with its own settings reads the document anew.
  let out = set === DEFAULTS ? factionCache.get(ctx) : undefined;
  if (out) return out;
  out = [];
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    let sides: [MentionRef, MentionRef] | undefined;
    if (CONFLICT_NOUNS.has(w)) {
      const k = betweenAfter(ctx, i, ctx.sentRange(ctx.sentOf(i))[1], set.betweenWindow);
      if (k >= 0) sides = twoFactionsAt(ctx, k, i, set);
    } else if (w === 'warring' && ctx.lower(i - 1) === 'two') sides = twoFactionsAt(ctx, i - 1, i, set);
    if (sides) out.push({ i, sides });
  }
  if (set === DEFAULTS) factionCache.set(ctx, out);
  return out;
}

export function conflictRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  const add = (a: MentionRef | undefined, b: MentionRef | undefined, i: number, confidence: number) => {
    if (!a || !b || a.entity === b.entity) return;
    out.push({ type: 'at_war_with', source: a.entity, target: b.entity, sent: ctx.sentOf(i), confidence, attributes: { cue: ctx.tokens[i]!.text } });
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    // The sentence's bounds are read only for a cue word: destructuring a pair for every token
    // allocates (the pair, and an iterator in unoptimized code) on every token of a cold run.
    if (!CONFLICT_NOUNS.has(w) && !FIGHT_VERBS.has(w)) continue;
    const [s0, s1] = ctx.sentRange(ctx.sentOf(i));
    if (CONFLICT_NOUNS.has(w)) {
      // "fighting between A and B", "fighting broke out on Sunday between A and B"
      const k = betweenAfter(ctx, i, s1, set.betweenWindow);
      if (k < 0) continue;
      if (twoFactionsAt(ctx, k, i, set)) continue; // drafted below
      const a = sideAt(ctx, k, s1, set.sideWindow);
      if (!a) continue;
      let conj = a.mention.end;
      if (ARMED_NOUNS.has(ctx.lower(conj))) conj++;
      if (ctx.lower(conj) !== 'and') continue;
      add(a, sideAt(ctx, conj + 1, s1, set.sideWindow), i, set.between);
    } else if (FIGHT_VERBS.has(w)) {
      // "A fought B", "A clashed with B", "A has been fighting against B"
      let k = i + 1;
      if (ctx.lower(k) === 'with' || ctx.lower(k) === 'against') k++;
      // "clashed with the paramilitary Rapid Support Forces": past the article and the words that call it armed.
      if (ctx.lower(k) === 'the') k++;
      while (k < s1 && !ctx.at[k] && ARMED_NOUNS.has(ctx.lower(k))) k++;
      add(sideBefore(ctx, i, s0), sideAt(ctx, k, s1, 1), i, set.fought);
    }
  }
  for (const f of twoFactions(ctx, set)) add(f.sides[0], f.sides[1], f.i, set.twoFactions);
  // "Russia's war in Ukraine" ("between" and "at war with" are read above and by the actions rule).
  for (const w of plainWars(ctx)) if (ctx.lower(w.i - 1) === "'s" && isWarSide(ctx, w.a.entity) && isWarSide(ctx, w.b.entity)) add(w.a, w.b, w.i, set.between);
  return out;
}

export const conflictsComponent: Component<Settings> = {
  name: 'relations.conflicts',
  requires: ['links', 'entities'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: conflictRelations(contextOf(doc), set) }),
};
