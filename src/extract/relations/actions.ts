// Actions between actors: supports, sanctions, opposes, at_war_with, killed. The subject is the
// nearest actor before the cue in its clause; the object the first actor after it. A capital
// named as an actor ("hitting Moscow with sanctions") stands for its state.

import type { EntityType, RelationType } from '../../types.ts';
import type { Component, DocEntity, MentionLink } from '../doc.ts';
import { gazetteer } from '../lexicon/index.ts';
import { words } from '../words.ts';
import { accusedIt, coordinatedObject, demandBefore, givenBefore, modifiesName, pastHonorific, postAfter } from './action-phrases.ts';
import { isWarSide } from './conflicts.ts';
import { contextOf, firstRefFrom, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

interface Cue {
  words: ReadonlySet<string>;
  type: RelationType;
  /** Words between the cue and its object ("assistance to", "with a wave of sanctions"). */
  object: 'next' | 'to' | 'with' | 'on' | 'of' | 'against';
  /** The object may stand after a title and fillers ("accused Israeli Prime Minister X"). */
  loose?: boolean;
  /** The object must be followed by a reason ("attacked Britain for allowing..."): a reproach, not a raid. */
  reason?: boolean;
  /** A word of demand must stand just before the cue ("called for the resignation of X"; "after the resignation of X" is none). */
  demanded?: boolean;
}

const CUES: Cue[] = [
  { words: words('support_verbs'), type: 'supports', object: 'next', loose: true },
  { words: words('support_nouns'), type: 'supports', object: 'to' },
  // Loose: "sanctions on Haitian former senator X" sanction the person named after the demonym.
  { words: words('sanction_words'), type: 'sanctions', object: 'on', loose: true },
  { words: words('sanction_hit_verbs'), type: 'sanctions', object: 'with' },
  { words: words('oppose_verbs'), type: 'opposes', object: 'next', loose: true },
  { words: words('oppose_nouns_of'), type: 'opposes', object: 'of', loose: true },
  { words: words('oppose_nouns_against'), type: 'opposes', object: 'against', loose: true },
  // "a pledge to oust the X government", "has complained to Rangoon".
  { words: words('removal_verbs'), type: 'opposes', object: 'next', loose: true },
  { words: words('complaint_verbs'), type: 'opposes', object: 'to', loose: true },
  { words: words('removal_nouns'), type: 'opposes', object: 'of', loose: true, demanded: true },
  { words: words('attack_words'), type: 'opposes', object: 'next', loose: true, reason: true },
  { words: words('war_nouns'), type: 'at_war_with', object: 'with' },
  { words: words('attack_words'), type: 'at_war_with', object: 'of' },
  { words: words('kill_verbs'), type: 'killed', object: 'next' },
];
const AGENT = words('killer_nouns');
/**
 * The cues of each word: the first of the list above that has it, and besides it the readings that
 * need a reason after their object ("attacked Britain for" as well as "attacked ... of").
 */
const CUES_OF = new Map<string, Cue[]>();
for (const c of CUES) {
  for (const w of c.words) {
    const list = CUES_OF.get(w) ?? [];
    if (c.reason || !list.some((x) => !x.reason)) CUES_OF.set(w, [...list, c]);
  }
}

const ACTORS: ReadonlySet<EntityType> = new Set(['person', 'state', 'organization']);
/** Who may hold a post named by a title after them ("Labour Prime Minister X"). */
const HOLDER_TYPES: ReadonlySet<EntityType> = new Set(['state', 'organization']);
/** "the Russian government", "Ukrainian forces": a demonym before these words is the state acting. */
const STATE_HEADS = words('state_actor_nouns');
const OBJECT_MARK = words('prepositions');
const FILLERS = words('object_fillers');
const PRONOUNS = words('speaker_pronouns');
const CENSURE = words('censure_links');
const DAYS = words('weekdays');
/** "has denied arming X", "never supported X": the action did not happen. */
const DENIALS = words('action_denials');
const AUX = words('passive_auxiliaries');
const STANCE: ReadonlySet<RelationType> = new Set(['supports', 'opposes', 'sanctions']);
const SAY = words('say_verbs');
const OPPOSE = words('oppose_verbs');
const OPPONENTS = words('oppose_nouns_of');
const UNREALIZED = words('unrealized_stance_cues');
const SUPPORT_NOUNS = words('support_nouns');
const SANCTIONS = words('sanction_words');
/**
 * The relative pronoun at j ("firms that it said had supplied", "Iran, which had armed") when it is
 * the subject of the clause up to the cue at i: the antecedent, not a name further back, is the
 * cue's subject. Returns the antecedent's ref, null when the antecedent is no name ("firms"), or
 * undefined when j opens no such clause.
 */
function relativeSubject(ctx: DocContext, j: number, i: number): MentionRef | null | undefined {
  const w = ctx.lower(j);
  if (w !== 'that' && w !== 'which' && w !== 'who') return undefined;
  let k = j + 1;
  // "that it said had supplied": the speaker's words between the pronoun and its verb.
  if (PRONOUNS.has(ctx.lower(k)) || ctx.lower(k) === 'it' || ctx.lower(k) === 'they') if (SAY.has(ctx.lower(k + 1))) k += 2;
  if (k !== i && !AUX.has(ctx.lower(k)) && !/ed$/.test(ctx.lower(k))) return undefined;
  // Only ", which" and ", who" follow a name: a bare "that" after one ("firms based in Turkey that
  // had") belongs to the noun the name's phrase modifies.
  if (ctx.lower(j - 1) !== ',') return null;
  // "the Kurdistan Democratic Party (KDP), which": past the abbreviation's brackets.
  const a = ctx.lower(j - 2) === ')' && ctx.lower(j - 4) === '(' ? j - 5 : j - 2;
  const r = ctx.at[a];
  return r && r.mention.end === a + 1 ? r : null;
}

const DEFAULTS = {
  confidence: 0.7,
  /** A coordinated subject ("Germany and France backed") or the state of a government. */
  coordinated: 0.65,
  /** Tokens after a cue searched for its preposition ("assistance to", "sanctions on"). */
  prepositionWindow: 4,
  /** Tokens after "hitting X" searched for the word "sanctions". */
  sanctionsWindow: 10,
  /** Title and filler tokens skipped before a loose cue's object. */
  objectWindow: 6,
};
type Settings = typeof DEFAULTS;

/** The states this component adds (named only through their capital) and the capital mentions it reads as them. */
interface Additions {
  states: Map<string, DocEntity>;
  entities: DocEntity[];
  links: MentionLink[];
}

/** An actor entity for a mention: places that are capitals stand for their state. */
function asActor(e: DocEntity, add: Additions): DocEntity | undefined {
  if (ACTORS.has(e.type)) return e;
  if (e.type === 'place' && e.entry?.country && gazetteer().capitals.has(e.id)) {
    const st = gazetteer().countryByCode.get(e.entry.country);
    if (!st) return undefined;
    let state = add.states.get(st.id);
    if (!state) {
      // The state is named only through its capital: it becomes an entity of the document.
      state = { id: st.id, type: st.type, name: st.name, aliases: new Set(), entry: st };
      add.states.set(st.id, state);
      add.entities.push(state);
    }
    return state;
  }
  return undefined;
}

/**
 * A capital acting ("hitting Moscow with sanctions") is a mention of its state there, not of the
 * city: the span gets a new link to the state.
 */
function claimForState(ref: MentionRef, state: DocEntity, add: Additions): void {
  if (ref.entity === state || add.links.some((l) => l.mention === ref.mention)) return;
  add.links.push({ mention: ref.mention, entity: state });
}

/** The person a "he" or "she" at token i stands for: the last person named before its sentence. */
function personBefore(ctx: DocContext, i: number): MentionRef | undefined {
  const s0 = ctx.sentRange(ctx.sentOf(i))[0];
  for (let n = firstRefFrom(ctx.refs, s0) - 1; n >= 0; n--) if (ctx.refs[n]!.entity.type === 'person') return ctx.refs[n];
  return undefined;
}

/**
 * "Accusing X of stupidity, Arafat launched his strongest attack": a clause that opens the sentence
 * with the cue has its subject after the clause's comma.
 */
function subjectAfterClause(ctx: DocContext, from: number, s1: number, add: Additions): MentionRef | undefined {
  for (let k = from; k < s1; k++) {
    if (ctx.lower(k) !== ',') continue;
    const r = ctx.at[k + 1];
    return r && asActor(r.entity, add) ? r : undefined;
  }
  return undefined;
}

/**
 * The subject that opens the clause of s0..i: the first actor named there that no preposition,
 * verb or cue governs ("In his appearances, the stiff Gore ...": Gore, not "his").
 */
function clauseSubject(ctx: DocContext, s0: number, i: number, add: Additions): MentionRef | undefined {
  for (let j = s0; j < i; j++) {
    const r = ctx.at[j];
    if (!r || r.mention.start !== j) continue;
    const before = ctx.lower(j - (ctx.lower(j - 1) === 'the' ? 2 : 1));
    if (j > s0 && (OBJECT_MARK.has(before) || /(ed|ing)$/.test(before) || CUES_OF.has(before))) { j = r.mention.end - 1; continue; }
    // "World Bank President X ... and praised Y": the post's holder acts, not the body.
    const holder = HOLDER_TYPES.has(r.entity.type) ? ctx.at[ctx.titleByStart.get(r.mention.end)?.end ?? -1] : undefined;
    if (holder?.entity.type === 'person') return holder;
    return asActor(r.entity, add) ? r : undefined;
  }
  return undefined;
}

export function actionRelations(ctx: DocContext, set: Settings = DEFAULTS): { drafts: RelationDraft[]; entities: DocEntity[]; links: MentionLink[] } {
  const out: RelationDraft[] = [];
  const add: Additions = { states: new Map(ctx.entities.filter((e) => e.type === 'state').map((e) => [e.id, e] as const)), entities: [], links: [] };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    // Most tokens are no cue: leave first, before a fallback `[]` and an iterator are made for them.
    const cues = CUES_OF.get(w);
    if (!cues) continue;
    // A cue word inside a name ("the Rapid Support Forces") and a denied or negated action cue nothing.
    if (ctx.at[i] || DENIALS.has(ctx.lower(i - 1))) continue;
    // "opposed any sanctions on X", "denied new sanctions": sanctions opposed or denied are none.
    if (SANCTIONS.has(w) && (OPPOSE.has(ctx.lower(i - 2)) || DENIALS.has(ctx.lower(i - 2)))) continue;
    // "is expected to criticize X", "would oppose X": a stance not (yet) taken.
    const unrealized = UNREALIZED.has(ctx.lower(i - 1)) || (ctx.lower(i - 1) === 'to' && UNREALIZED.has(ctx.lower(i - 2)));
    for (const cue of cues) {
      if (unrealized && STANCE.has(cue.type)) continue;
      // "called for Rumsfeld's resignation": the owner before the possessive is the one to go.
      const owner = cue.demanded && ctx.lower(i - 1) === "'s" ? ctx.at[i - 2] : undefined;
      if (cue.demanded && !demandBefore(ctx, owner ? owner.mention.start : i)) continue;
      const sent = ctx.sentOf(i);
      const [s0, s1] = ctx.sentRange(sent);
      // Object
      let k = i + 1;
      if (cue.object === 'with' && cue.type === 'sanctions') {
        // "hitting Moscow with a wave of sanctions": object right after the verb, sanctions must follow.
        const win = ctx.tokens.slice(i + 1, Math.min(s1, i + set.sanctionsWindow)).map((t) => t.lower);
        if (!win.includes('sanctions')) continue;
      } else if (owner) {
        k = owner.mention.start;
      } else if (cue.object !== 'next') {
        const prep = cue.object === 'on' ? /^(on|against)$/ : new RegExp(`^${cue.object}$`);
        while (k < Math.min(s1, i + set.prepositionWindow) && !prep.test(ctx.lower(k))) k++;
        if (!prep.test(ctx.lower(k))) { if (cue.type !== 'sanctions') continue; k = i; }
        k++;
      }
      // "voiced support for Machado": the noun's object after "for".
      if (cue.object === 'next' && SUPPORT_NOUNS.has(w) && ctx.lower(k) === 'for') {
        if (!givenBefore(ctx, i)) continue;
        k++;
      }
      if (ctx.lower(k) === 'the') k++;
      // "accused Israeli Prime Minister Benjamin Netanyahu", "accused the Eritrean authorities": past a title and fillers.
      if (cue.loose) {
        for (const stop = Math.min(s1, k + set.objectWindow); k < stop; k++) {
          const title = ctx.titleByStart.get(k);
          if (title) { k = title.end - 1; continue; }
          // "criticized Mr. Lukashenko": past a form of address.
          if (pastHonorific(ctx, k) > k) continue;
          const r = ctx.at[k];
          // A demonym names the object only as "the Eritrean authorities"; before a title or a name it modifies them.
          if (r && r.mention.via === 'demonym' && !STATE_HEADS.has(ctx.lower(r.mention.end)) && modifiesName(ctx, r)) { k = r.mention.end - 1; continue; }
          // "accusing Labour Prime Minister X": a party or state before a title names the post's holder, not the object.
          if (r && r.mention.start === k && HOLDER_TYPES.has(r.entity.type) && ctx.titleByStart.has(r.mention.end)) { k = r.mention.end - 1; continue; }
          if (r || !FILLERS.has(ctx.lower(k))) break;
        }
      }
      let objRef = ctx.at[k] ?? (cue.type === 'opposes' ? accusedIt(ctx, i, k, s0) : undefined);
      // "to protest against Israeli policy", "blamed Turkish airport staff": a demonym before a
      // common noun that is no state actor modifies a thing or people, which names no opponent.
      // Sanctions on "Russian banks" are on the state: the demonym stands for it.
      if (cue.loose && cue.type !== 'sanctions' && objRef?.mention.via === 'demonym' && /^\p{Ll}+$/u.test(ctx.tokens[objRef.mention.end]?.text ?? '') && !STATE_HEADS.has(ctx.lower(objRef.mention.end))) continue;
      // "Ruby killed Kennedy assassin Lee Harvey Oswald": the one killed is the assassin named after.
      if (cue.type === 'killed' && objRef && AGENT.has(ctx.lower(objRef.mention.end)) && ctx.at[objRef.mention.end + 1]?.entity.type === 'person') objRef = ctx.at[objRef.mention.end + 1];
      // "sanctions Sudan's RSF leader", "accused Russia's foreign minister X": the object is the
      // post's holder, named after its title or not at all; the state or body before it is none.
      if (objRef && ctx.lower(objRef.mention.end) === "'s") {
        const post = postAfter(ctx, objRef.mention.end + 1);
        if (post) {
          const holder = ctx.at[post.end];
          if (!holder || holder.mention.start !== post.end || holder.entity.type !== 'person') continue;
          objRef = holder;
        }
      }
      // "backed Mr. Yushchenko's opponent": the one backed is X's opponent, not X.
      if (objRef && ctx.lower(objRef.mention.end) === "'s" && OPPONENTS.has(ctx.lower(objRef.mention.end + 1))) continue;
      const object = objRef ? asActor(objRef.entity, add) : undefined;
      if (!object || !objRef) continue;
      // "attacked Britain for allowing...": an attack with a reason is a reproach, not war.
      if (cue.reason) {
        // "attacked Britain on Wednesday for ...": past the day.
        let e = objRef.mention.end;
        if (ctx.lower(e) === 'on' && DAYS.has(ctx.lower(e + 1))) e += 2;
        if (!CENSURE.has(ctx.lower(e))) continue;
      }
      const type = cue.type;
      // Subject: the nearest actor before the cue that is not the object of a verb or preposition;
      // "its war with Russia": "its" is the nearest state before.
      let subject: DocEntity | undefined;
      let subjectRef: MentionRef | undefined;
      // "Jack Ruby, who killed Oswald": the relative pronoun's antecedent is the subject.
      const antecedent = ctx.lower(i - 1) === 'who' && ctx.lower(i - 2) === ',' ? ctx.at[i - 3] : undefined;
      if (antecedent && ACTORS.has(antecedent.entity.type) && antecedent.entity !== object) {
        subject = antecedent.entity;
        subjectRef = antecedent;
      }
      const possessive = ctx.lower(i - 1) === 'its' || ctx.lower(i - 1) === 'their';
      if (!subject && i === s0 && /ing$/.test(w)) {
        subjectRef = subjectAfterClause(ctx, objRef.mention.end, s1, add);
        subject = subjectRef && asActor(subjectRef.entity, add);
      }
      // "Netanyahu, who ..., made Jerusalem an issue, accusing X": a participle after a comma takes
      // the subject that opens the sentence.
      if (!subject && /ing$/.test(w) && ctx.lower(i - 1) === ',') {
        const first = ctx.at[ctx.lower(s0) === 'the' ? s0 + 1 : s0];
        const actor = first && first.mention.start < i - 1 ? asActor(first.entity, add) : undefined;
        if (first && actor && actor !== object) {
          subject = actor;
          subjectRef = first;
        }
      }
      // "X said ... and blamed Y", "He praised A for ..., and criticized B": a verb coordinated
      // after "and" shares the clause's subject, not the name nearest before it.
      if (!subject && STANCE.has(type) && ctx.lower(i - 1) === 'and' && /ed$/.test(w)) {
        subjectRef = clauseSubject(ctx, s0, i, add);
        subject = subjectRef && asActor(subjectRef.entity, add);
        if (!subject || subject === object) continue;
      }
      for (let j = i - 1; j >= s0 && !subject; j--) {
        // Only for stance: a killing's relative clause hangs on the weapon or the killer's description
        // ("fired the shots that killed X", "an actor who killed X"), whose subject is the killer's.
        const rel = STANCE.has(type) ? relativeSubject(ctx, j, i) : undefined;
        if (rel !== undefined) {
          const a = rel && asActor(rel.entity, add);
          if (rel && a && a !== object) {
            subject = a;
            subjectRef = rel;
          }
          break;
        }
        // "He also criticised X": the person named last before the sentence.
        if (PRONOUNS.has(ctx.lower(j)) && type === 'opposes') {
          subjectRef = personBefore(ctx, j);
          subject = subjectRef?.entity;
          break;
        }
        const r = ctx.at[j];
        // "Lebanon's opposition politicians blame Syria": the state's people or things act, not
        // the state, unless its post's holder or a word of a state acting follows.
        if (r && r.mention.end === j + 1 && ctx.lower(j + 1) === "'s" && j + 2 !== i && !STATE_HEADS.has(ctx.lower(j + 2)) && !postAfter(ctx, j + 2)) break;
        if (!r || r.mention.end !== j + 1 || (r.mention.via === 'demonym' && ctx.at[j + 1] === undefined && /^\p{Ll}/u.test(ctx.tokens[j + 1]?.text ?? '') && !STATE_HEADS.has(ctx.lower(j + 1)))) continue;
        const a = asActor(r.entity, add);
        if (!a || a === object) continue;
        // "a visitor from the Netherlands": the word before the article marks an object too.
        const before = ctx.lower(r.mention.start - (ctx.lower(r.mention.start - 1) === 'the' ? 2 : 1));
        // "to the U.N. sanctions": a name right before the cue is its agent whatever precedes it.
        if (possessive || r.mention.end === i || !(OBJECT_MARK.has(before) || /(ed|ing)$/.test(before) || CUES_OF.has(before))) {
          subject = a;
          subjectRef = r;
          break;
        }
        j = r.mention.start;
      }
      if (!subject || subject === object || subject.type === 'person' && type === 'at_war_with') continue;
      if (type === 'at_war_with' && !(isWarSide(ctx, subject) && isWarSide(ctx, object))) continue;
      if (type === 'killed' && (subject.type !== 'person' || object.type !== 'person')) continue;
      claimForState(objRef, object, add);
      if (subjectRef) claimForState(subjectRef, subject, add);
      const attributes = { cue: ctx.tokens[i]!.text };
      out.push({ type, source: subject, target: object, sent, confidence: set.confidence, attributes });
      // "accused Mr. A and B of ...": the second one accused too.
      const second = STANCE.has(type) ? coordinatedObject(ctx, objRef) : undefined;
      const other = second && asActor(second.entity, add);
      if (second && other && other !== subject && other !== object) {
        claimForState(second, other, add);
        out.push({ type, source: subject, target: other, sent, confidence: set.coordinated, attributes });
      }
      // "Germany and France have supported ...": every coordinated subject.
      for (let ref = subjectRef; ref && ctx.lower(ref.mention.start - 1) === 'and'; ) {
        const other = ctx.at[ref.mention.start - 2];
        const actor = other && asActor(other.entity, add);
        if (!other || !actor || actor === object || actor === subject) break;
        out.push({ type, source: actor, target: object, sent, confidence: set.coordinated, attributes });
        ref = other;
      }
      // An administration or government acts for its state.
      const state = subject.partOfState;
      if (state && state !== object) out.push({ type, source: state, target: object, sent, confidence: set.coordinated, attributes });
    }
  }
  return { drafts: out, entities: add.entities, links: add.links };
}

export const actionsComponent: Component<Settings> = {
  name: 'relations.actions',
  requires: ['links', 'entities'],
  assigns: ['drafts', 'entities', 'links'],
  defaults: DEFAULTS,
  run: (doc, set) => actionRelations(contextOf(doc), set),
};
