// supports and opposes from a "pro-" or "anti-" before a state's name or demonym that describes
// the one named right after it: "the pro-Syrian President X" supports Syria, "the anti-Moscow
// Y Party" opposes Russia. "pro-Western", "anti-government" name no state and make nothing.

import type { Component } from '../doc.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';

const PREFIXES: ReadonlyMap<string, 'supports' | 'opposes'> = new Map([
  ['pro', 'supports'],
  ['anti', 'opposes'],
]);

const DEFAULTS = { confidence: 0.7 };
type Settings = typeof DEFAULTS;

/** The stance a "pro-" or "anti-" right before token k gives ("pro-Syrian": supports), if any. */
export function stancePrefixBefore(ctx: DocContext, k: number): 'supports' | 'opposes' | undefined {
  return ctx.lower(k - 1) === '-' ? PREFIXES.get(ctx.lower(k - 2)) : undefined;
}

/** The person or body the prefixed state describes: right after it, or after the title that follows it. */
function described(ctx: DocContext, k: number): MentionRef | undefined {
  k = ctx.titleByStart.get(k)?.end ?? k;
  const r = ctx.at[k];
  return r && r.mention.start === k && (r.entity.type === 'person' || r.entity.type === 'organization') ? r : undefined;
}

export function stancePrefixes(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const out: RelationDraft[] = [];
  for (let i = 0; i < ctx.tokens.length - 2; i++) {
    const type = stancePrefixBefore(ctx, i + 2);
    if (!type) continue;
    const state = ctx.at[i + 2];
    if (!state || state.mention.start !== i + 2 || state.entity.type !== 'state') continue;
    const holder = described(ctx, state.mention.end);
    if (!holder) continue;
    out.push({ type, source: holder.entity, target: state.entity, sent: ctx.sentOf(i), confidence: set.confidence, attributes: { cue: ctx.tokens[i]!.text } });
  }
  return out;
}

export const stancePrefixesComponent: Component<Settings> = {
  name: 'relations.stancePrefixes',
  requires: ['links', 'entities'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: stancePrefixes(contextOf(doc), set) }),
};
