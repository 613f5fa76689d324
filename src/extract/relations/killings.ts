// killed, in the forms news text uses besides "X killed Y": the passive ("Y was shot by X"), the
// agent noun ("King assassin James Earl Ray", "Kennedy's assassin Lee Harvey Oswald") and
// "the assassination of Y by X".

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
    // "King assassin James Earl Ray", "Kennedy's assassin, Lee Harvey Oswald"
    if (AGENT.has(w)) {
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
