// Metonymy stage: a capital named as an actor is its state's government ("Moscow said", "Damascus
// wanted to talk", "ties with Beijing"), as the gold guidelines and analysts read it, while the
// same city in a dateline or after "in" stays a place. Such a mention gets a new link to the
// state; a state named only through its capital becomes an entity of the document.

import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { contextOf } from './relations/context.ts';
import { words } from './words.ts';

const ACTOR_VERBS = words('actor_verbs');
const PLACE_PREPOSITIONS = words('place_cues');
/** "talks with Moscow", "relations between Canberra and Washington". */
const RELATION_NOUNS = new Set(['ties', 'relations', 'talks', 'dialogue', 'negotiations', 'dispute', 'pact', 'treaty', 'agreement', 'accord', 'deal']);

export function capitalsAsStates(doc: Doc): { entities: DocEntity[]; links: MentionLink[] } {
  const g = gazetteer();
  const ctx = contextOf(doc);
  const states = new Map(doc.entities.filter((e) => e.type === 'state').map((e) => [e.id, e] as const));
  const added: DocEntity[] = [];
  const links: MentionLink[] = [];
  for (const r of ctx.refs) {
    const e = r.entity;
    if (e.type !== 'place' || !e.entry?.country || !g.capitals.has(e.id) || r.mention.anchor) continue;
    const { start, end } = r.mention;
    const s = ctx.sentences[ctx.sentOf(start)]!;
    if (start === s.tokenStart && (ctx.tokens.slice(end, Math.min(s.tokenEnd, end + 4)).some((t) => /^\d{4}-\d\d-\d\d$|^\($/.test(t.norm)) || s.tokenEnd - s.tokenStart <= 3)) continue; // a dateline
    const before = ctx.lower(start - 1);
    if (PLACE_PREPOSITIONS.has(before)) continue;
    const next = ctx.tokens[end];
    const verb = next !== undefined && next.sent === ctx.sentOf(start) && /^\p{Ll}/u.test(next.text) && ACTOR_VERBS.has(next.lower);
    const related = (before === 'with' || before === 'between' || before === 'and') && ctx.tokens.slice(Math.max(s.tokenStart, start - 5), start).some((t) => RELATION_NOUNS.has(t.lower));
    if (!verb && !related) continue;
    const entry = g.countryByCode.get(e.entry.country);
    if (!entry || entry.type !== 'state') continue;
    let state = states.get(entry.id);
    if (!state) {
      state = { id: entry.id, type: 'state', name: entry.name, aliases: new Set(), entry };
      states.set(entry.id, state);
      added.push(state);
    }
    links.push({ mention: { ...r.mention, type: 'state' }, entity: state });
  }
  return { entities: added, links };
}

export const metonymyComponent: Component = {
  name: 'metonymy',
  requires: ['links', 'entities'],
  assigns: ['entities', 'links'],
  defaults: {},
  run: (doc) => capitalsAsStates(doc),
};
