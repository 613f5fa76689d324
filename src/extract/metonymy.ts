// Metonymy stage: a capital named as an actor is its state's government ("Moscow said", "Damascus
// wanted to talk", "ties with Beijing"), as the gold guidelines and analysts read it, while the
// same city in a dateline, after "in" or as a destination stays a place. Such a mention gets a new link to the
// state; a state named only through its capital becomes an entity of the document.

import type { Component, Doc, DocEntity, MentionLink } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { homeAfterAge } from './mention-types.ts';
import { contextOf } from './relations/context.ts';
import { words } from './words.ts';

const LOCATIVES = words('locatives');
const TRAVEL = words('travel_words');
const PLACE_NOUNS = words('place_nouns');
const SETTLEMENTS = words('settlement_nouns');
const DIRECTIONS = words('directions');
const VENUES = words('venue_nouns');

/**
 * A capital is its government unless the words around it make it a location: after "in", "at",
 * "near", "outside"…, after "to"/"from" with a verb of travel, before "-based", a place noun
 * ("airport", "city", "'s mayor") or ", Country". News uses capitals for governments far more
 * often than for cities when no such word is there ("slammed Damascus", "from New Delhi since
 * 1990", "Khartoum's government forces").
 */
function actsAsState(ctx: ReturnType<typeof contextOf>, start: number, end: number, s0: number): boolean {
  const before = ctx.lower(start - 1);
  // "in northern Baghdad": a part of the city is a place.
  if (LOCATIVES.has(before) || ((before === 'the' || DIRECTIONS.has(before)) && LOCATIVES.has(ctx.lower(start - 2)))) return false;
  if ((before === 'to' || before === 'from' || before === 'for') && ctx.tokens.slice(Math.max(s0, start - 6), start).some((t) => TRAVEL.has(t.lower))) return false;
  // "his visit to Berlin": where a visit goes is a place.
  if (before === 'to' && LOCATIVES.has(ctx.lower(start - 2))) return false;
  if (homeAfterAge(ctx.tokens, start)) return false;
  // "the mayor of Moscow", "the West Bank town of Ramallah": the city as a city.
  if ((before === 'of' || before === ',') && (PLACE_NOUNS.has(ctx.lower(start - 2)) || SETTLEMENTS.has(ctx.lower(start - 2)))) return false;
  // "the Afghan capital Kabul", "the port city Aden": the noun names the city as a city.
  if (SETTLEMENTS.has(before)) return false;
  const next = ctx.lower(end);
  const after = next === "'s" ? ctx.lower(end + 1) : next;
  // "the president's official Ankara residence": a venue of the city.
  if (next === '-' || PLACE_NOUNS.has(after) || VENUES.has(after) || next === ',' && ctx.at[end + 1]?.entity.type === 'state') return false;
  return true;
}

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
    if (!actsAsState(ctx, start, end, s.tokenStart)) continue;
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
