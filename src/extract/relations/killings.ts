// killed, in the forms news text uses besides "X killed Y": the passive ("Y was shot by X"), the
// agent noun ("King assassin James Earl Ray", "Kennedy's assassin Lee Harvey Oswald", "X, the
// assassin of Y", "the killer of Y, X") and "the assassination of Y by X".

import type { Component } from '../doc.ts';
import { words } from '../words.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const PASSIVE = words('kill_passives');
const AGENT = words('killer_nouns');
const NOUN = words('killing_nouns');
const AUXILIARIES = words('passive_auxiliaries');

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
    // "Garfield was shot by Guiteau"
    if (PASSIVE.has(w) && /^(was|were|been|is)$/.test(ctx.lower(i - 1)) && ctx.lower(i + 1) === 'by') {
      // "Oswald, who had just been shot by Jack Ruby": back over the auxiliaries and the relative.
      let k = i - 1;
      while (k > 0 && AUXILIARIES.has(ctx.lower(k - 1))) k--;
      add(personAt(ctx, i + 2), personEndingBefore(ctx, k), i);
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
