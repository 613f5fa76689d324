// Nominal coreference within a document: "the Russian president", "Russia's foreign minister",
// "the spokesman" become mentions of the one person the text names as holding that position.

import type { TitleSpan } from './mentions.ts';
import type { DocContext, RelationDraft } from './relations/context.ts';
import type { Resolved } from './resolve.ts';

const HOLDERS = new Set(['state', 'organization', 'media']);

/** Adds the nominal mentions to `resolved`; returns how many were added. */
export function addNominalMentions(ctx: DocContext, titles: TitleSpan[], drafts: RelationDraft[], resolved: Resolved): number {
  let added = 0;
  const held = drafts.filter((d) => d.type === 'holds_position');
  for (const t of titles) {
    const next = ctx.at[t.end];
    if (next && next.entity.type === 'person') continue; // a title before a name, not a reference
    if (ctx.lower(t.end) === 'of' || ctx.lower(t.end) === 'for') continue; // "the president of X" names its holder after: left to the relation rules
    const r = ctx.mentionEndingAt(t.start);
    const holder = r && HOLDERS.has(r.entity.type) && ctx.sentOf(r.mention.start) === ctx.sentOf(t.start) ? r : undefined;
    const start = holder ? holder.mention.start : t.start;
    const possessive = holder !== undefined && ctx.lower(t.start - 1) === "'s";
    if (ctx.lower(start - 1) !== 'the' && !possessive) continue;
    const persons = new Set(
      held.filter((d) => (d.canonical ?? d.attributes?.position) === t.position && (!holder || d.target === holder.entity)).map((d) => d.source),
    );
    if (persons.size !== 1) continue;
    const person = [...persons][0]!;
    if (person.spans.some((s) => s.start < t.end && start < s.end)) continue;
    person.spans.push({ start, end: t.end });
    person.spans.sort((x, y) => x.start - y.start);
    resolved.mentions.push({ mention: { start, end: t.end, type: 'person', via: 'nominal' }, entity: person });
    added++;
  }
  resolved.mentions.sort((x, y) => x.mention.start - y.mention.start || x.mention.end - y.mention.end);
  return added;
}
