// killed, in the forms news text uses besides "X killed Y": the passive ("Y was shot by X"), the
// agent noun ("King assassin James Earl Ray", "Kennedy's assassin Lee Harvey Oswald", "X, the
// assassin of Y", "the killer of Y, X"), "the assassination of Y by X", and a court's finding or a
// confession: "X was convicted of murdering Y", "X pleaded guilty to killing Y".

import type { Component } from '../doc.ts';
import { phrases, words } from '../words.ts';
import { appositionHead, contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const PASSIVE = words('kill_passives');
const AGENT = words('killer_nouns');
const NOUN = words('killing_nouns');
const AUXILIARIES = words('passive_auxiliaries');
const CONVICTION_CUES = phrases('conviction_cues');
const GERUNDS = words('kill_gerunds');
const MANNER = words('kill_manner_words');
const ADVERBIAL_PREPOSITIONS = words('kill_adverbial_prepositions');

const DEFAULTS = { confidence: 0.8 };
type Settings = typeof DEFAULTS;

function personAt(ctx: DocContext, k: number): MentionRef | undefined {
  const r = ctx.at[k];
  return r && r.entity.type === 'person' ? r : undefined;
}

/** The person mention ending at k or just before (past "the", "'s"). */
function personEndingBefore(ctx: DocContext, k: number): MentionRef | undefined {
  const r = ctx.mentionEndingAt(k);
  return r && r.entity.type === 'person' ? r : undefined;
}

/** Past "the", a title and up to three lower-case words before a name ("civil rights leader", "President"). */
function pastDescription(ctx: DocContext, k: number): number {
  if (ctx.lower(k) === 'the') k++;
  for (let n = 0; n < 3 && !ctx.at[k] && /^\p{Ll}+$/u.test(ctx.tokens[k]?.text ?? ''); n++) k++;
  return ctx.titleByStart.get(k)?.end ?? k;
}

/**
 * Past a place or a time between a passive participle and "by" ("was shot in Dallas by X", "was
 * killed on Monday, Nov. 22, by X"): from token k, a preposition of place or time and up to six
 * tokens that name no person and end no clause, to the "by". Else k.
 */
function pastAdverbial(ctx: DocContext, k: number): number {
  if (!ADVERBIAL_PREPOSITIONS.has(ctx.lower(k))) return k;
  for (let j = k + 1; j < k + 8; j++) {
    if (ctx.lower(j) === 'by') return j;
    const r = ctx.at[j];
    // An abbreviation's period before a comma ("in Reno, Nev., by") ends no clause.
    const stop = /^[;:"]$/.test(ctx.lower(j)) || (ctx.lower(j) === '.' && ctx.lower(j + 1) !== ',');
    if ((r && r.entity.type === 'person') || stop || ctx.lower(j) === 'and') return k;
  }
  return k;
}

/** The length of the conviction cue ending right before token i ("pleaded guilty to" killing), or 0. */
function convictionBefore(ctx: DocContext, i: number): number {
  for (const cue of CONVICTION_CUES) if (cue.every((w, j) => ctx.lower(i - cue.length + j) === w)) return cue.length;
  return 0;
}

/** The nearest person named before token i in its sentence: the one a court found guilty or who confessed. */
function personBeforeIn(ctx: DocContext, i: number): MentionRef | undefined {
  const s0 = ctx.sentRange(ctx.sentOf(i))[0];
  for (let k = i - 1; k >= s0; k--) {
    const r = ctx.at[k];
    if (r && r.entity.type === 'person') return r;
    if (ctx.lower(k) === ';') return undefined;
  }
  return undefined;
}

/** "X, the accused assassin": the person the noun at i is an apposition to (past "the" and two modifiers). */
function appositionBefore(ctx: DocContext, i: number): MentionRef | undefined {
  let k = i;
  for (let n = 0; n < 2 && k > 0 && !ctx.at[k - 1] && /^\p{Ll}+$/u.test(ctx.tokens[k - 1]!.text) && !/^(the|a|an)$/.test(ctx.lower(k - 1)); n++) k--;
  if (/^(the|a|an)$/.test(ctx.lower(k - 1))) k--;
  return ctx.lower(k - 1) === ',' ? personEndingBefore(ctx, k - 1) : undefined;
}

export function killingRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  const add = (killer: MentionRef | undefined, victim: MentionRef | undefined, i: number) => {
    if (!killer || !victim || killer.entity === victim.entity) return;
    out.push({ type: 'killed', source: killer.entity, target: victim.entity, sent: ctx.sentOf(i), confidence: set.confidence, attributes: { cue: ctx.tokens[i]!.text } });
  };
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    // "Garfield was shot by Guiteau", "was fatally shot by", "was shot to death by"
    if (PASSIVE.has(w)) {
      const aux = MANNER.has(ctx.lower(i - 1)) ? i - 2 : i - 1;
      let by = i + 1;
      for (let n = 0; n < 2 && MANNER.has(ctx.lower(by)); n++) by++;
      by = pastAdverbial(ctx, by);
      if (/^(was|were|been|is)$/.test(ctx.lower(aux)) && ctx.lower(by) === 'by') {
        // "Oswald, who had just been shot by Jack Ruby": back over the auxiliaries and the relative.
        let k = aux;
        while (k > 0 && AUXILIARIES.has(ctx.lower(k - 1))) k--;
        // "Lincoln, the 16th president, was shot by X": the scan may stop on the apposition's closing comma.
        add(personAt(ctx, by + 1), personEndingBefore(ctx, k) ?? appositionHead(ctx, ctx.lower(k) === ',' ? k : k - 1, ctx.sentRange(ctx.sentOf(i))[0]), i);
      }
    }
    // "X was convicted of murdering reporter Y", "X pleaded guilty to killing Y and Z"
    if (GERUNDS.has(w)) {
      const cue = convictionBefore(ctx, i);
      const victim = cue ? personAt(ctx, pastDescription(ctx, i + 1)) : undefined;
      const killer = victim && personBeforeIn(ctx, i - cue);
      add(killer, victim, i);
      if (victim && ctx.lower(victim.mention.end) === 'and') add(killer, personAt(ctx, victim.mention.end + 1), i);
    }
    // "James Ray, the convicted assassin of civil rights leader Martin King", "the killer of Y, X"
    if (AGENT.has(w) && ctx.lower(i + 1) === 'of') {
      const victim = personAt(ctx, pastDescription(ctx, i + 2));
      const after = victim && ctx.lower(victim.mention.end) === ',' ? personAt(ctx, victim.mention.end + 1) : undefined;
      add(appositionBefore(ctx, i) ?? after, victim, i);
    } else if (AGENT.has(w)) {
      // "King assassin James Earl Ray", "Kennedy's assassin, Lee Harvey Oswald"
      const k = ctx.lower(i + 1) === ',' ? i + 2 : i + 1;
      add(personAt(ctx, k), personEndingBefore(ctx, i), i);
    }
    // "the assassination of Lincoln by Booth"
    if (NOUN.has(w) && ctx.lower(i + 1) === 'of') {
      const victim = personAt(ctx, i + 2);
      if (victim && ctx.lower(victim.mention.end) === 'by') add(personAt(ctx, victim.mention.end + 1), victim, i);
    }
  }
  return out;
}

export const killingsComponent: Component<Settings> = {
  name: 'relations.killings',
  requires: ['links'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: killingRelations(contextOf(doc), set) }),
};
