// supports and opposes stated in the passive: "X was condemned by Y", "X, who was accused by Y",
// "X, backed by Y". The one after "by" takes the stance; the one it is taken on is the name right
// before the participle and its auxiliaries, so "X's plan was criticised by Y" (a plan, not X) and
// "the attack was blamed by police on X" state none.

import type { EntityType, RelationType } from '../../types.ts';
import type { Component, DocEntity } from '../doc.ts';
import { words } from '../words.ts';
import { pastHonorific } from './action-phrases.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const AUXILIARIES = words('passive_auxiliaries');
const STATE_HEADS = words('state_actor_nouns');
const PREPOSITIONS = words('prepositions');
const CUES: [ReadonlySet<string>, RelationType][] = [
  [words('oppose_verbs'), 'opposes'],
  [words('support_verbs'), 'supports'],
];
const ACTORS: ReadonlySet<EntityType> = new Set(['person', 'state', 'organization']);

const DEFAULTS = { confidence: 0.7 };
type Settings = typeof DEFAULTS;

const actor = (r: MentionRef | undefined): DocEntity | undefined => (r && ACTORS.has(r.entity.type) ? r.entity : undefined);

/**
 * The actor named from token k on, past "the" and a title ("by the Russian government", "by
 * President X"). A demonym names its state only before a word of a state acting: "by Russian media"
 * is no state's act.
 */
function agentAt(ctx: DocContext, k: number): MentionRef | undefined {
  if (ctx.lower(k) === 'the') k++;
  k = pastHonorific(ctx, ctx.titleByStart.get(k)?.end ?? k);
  const r = ctx.at[k];
  if (!r || r.mention.start !== k) return undefined;
  if (r.mention.via === 'demonym' && !STATE_HEADS.has(ctx.lower(r.mention.end))) return undefined;
  return actor(r) ? r : undefined;
}

export function stancePassives(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let i = 1; i < ctx.tokens.length - 2; i++) {
    // Most tokens are no participle before "by": leave first.
    if (ctx.lower(i + 1) !== 'by' || ctx.at[i]) continue;
    const w = ctx.lower(i);
    if (!/ed$/.test(w)) continue;
    const type = CUES.find(([set]) => set.has(w))?.[1];
    if (!type) continue;
    const agent = agentAt(ctx, i + 2);
    if (!agent) continue;
    // Back past the auxiliaries and the apposition's or relative clause's comma to the name.
    let j = i - 1;
    while (j > 0 && AUXILIARIES.has(ctx.lower(j)) && !ctx.at[j]) j--;
    // "the Mexican government was condemned": the demonym before a word of a state acting.
    if (STATE_HEADS.has(ctx.lower(j)) && ctx.at[j - 1]?.mention.via === 'demonym') j--;
    const patient = ctx.at[j];
    const sent = ctx.sentOf(i);
    if (!patient || !actor(patient) || patient.mention.end !== j + 1 || ctx.sentOf(j) !== sent) continue;
    // "rebels in Chad, backed by Sudan": a name a preposition governs is not the one backed.
    const s = patient.mention.start;
    if (PREPOSITIONS.has(ctx.lower(s - (ctx.lower(s - 1) === 'the' ? 2 : 1)))) continue;
    const attributes = { cue: ctx.tokens[i]!.text };
    // "Britain, France and Germany, backed by A and B": each of them on each.
    const targets: DocEntity[] = [];
    for (let p: MentionRef | undefined = patient; p && actor(p); ) {
      targets.push(p.entity);
      const sep = ctx.lower(p.mention.start - 1);
      const prev: MentionRef | undefined = sep === 'and' || sep === ',' ? ctx.at[p.mention.start - 2] : undefined;
      p = prev && prev.mention.end === p.mention.start - 1 ? prev : undefined;
    }
    for (let r: MentionRef | undefined = agent; r; r = ctx.lower(r.mention.end) === 'and' ? agentAt(ctx, r.mention.end + 1) : undefined) {
      for (const t of targets) if (r.entity !== t) out.push({ type, source: r.entity, target: t, sent, confidence: set.confidence, attributes });
    }
  }
  return out;
}

export const stancePassivesComponent: Component<Settings> = {
  name: 'relations.stancePassives',
  requires: ['links', 'entities'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: stancePassives(contextOf(doc), set) }),
};
