// Meeting names, ids and attributes: what the text says of each event, once its relations are
// known ("Istanbul talks (2025-02-27)", "Trump–Putin phone call"; kind, date resolved against the
// published date, level, venue, status). A meeting's id is scoped to its document: two articles'
// "Washington meeting" are two events until the cross-document merge finds the same participants,
// place and date. No meeting is named by its head word alone.

// English only: the package's main entry loads its fifteen other locales as well (chrono.parse is
// the English casual parser either way), about a fifth of a one-document run's start-up.
import * as chrono from 'chrono-node/en';
import type { Attributes } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { Component, Doc, DocEntity, MeetingFrame, MeetingMention, MeetingName, RelationDraft } from './doc.ts';
import { familyNameFirst } from './family-names.ts';
import { wordsOf } from './words.ts';

/**
 * How the text calls a person for short: a one-word form it uses ("Xi", "Putin"), else the family
 * name of a name written family name first ("Wang" of "Wang Yi", a person tied to `states`), else
 * the last word.
 */
function surname(e: DocEntity, states: readonly DocEntity[]): string {
  const single = [...e.aliases].filter((a) => !a.includes(' ') && e.name.split(' ').includes(a)).sort();
  if (single.length > 0) return single[0]!;
  const family = familyNameFirst(e.name, states);
  if (family) return family;
  const parts = e.name.split(' ');
  return parts[parts.length - 1]!;
}

/** Up to this many participants name a meeting ("Lavrov–Rubio–Fidan talks"); more say less than its place or date. */
const MAX_NAMED_PARTIES = 3;
/** A document title longer than this is cut (with an ellipsis) where it qualifies a meeting's name. */
const MAX_TITLE = 50;

/** The participants that name a meeting: its persons, else its states and bodies, in the order the text gives them. */
function namingParties(byEvent: Map<DocEntity, RelationDraft[]>, statesOf: Map<DocEntity, DocEntity[]>, e: DocEntity): string[] {
  const parties = [...new Set((byEvent.get(e) ?? []).filter((r) => r.target === e && r.type === 'participant_in').map((r) => r.source))];
  const people = parties.filter((p) => p.type === 'person');
  const named = people.length > 0 ? people.map((p) => surname(p, statesOf.get(p) ?? [])) : parties.map((p) => p.name);
  return named.length <= MAX_NAMED_PARTIES ? [...new Set(named)] : [];
}

/** How a document is called in a meeting's name when nothing else is known: its title, else its file name. */
function documentLabel(doc: Doc): string {
  const title = doc.input.title?.replace(/\s+/g, ' ').trim();
  if (title) return title.length > MAX_TITLE ? `${title.slice(0, MAX_TITLE - 1).trimEnd()}…` : title;
  const file = doc.input.id.split(/[\\/]/).pop() ?? doc.input.id;
  return file.replace(/\.(txt|md|html?)$/i, '') || doc.input.id;
}

/**
 * Names meetings from what the text says of them: a call by its two parties, else the place, else
 * the parties, with the resolved date; the head word alone only qualified by the document.
 */
export function nameMeetings(doc: Doc): Map<DocEntity, MeetingName> {
  const out = new Map<DocEntity, MeetingName>();
  const docSlug = slugify(doc.input.id);
  const unnamed = new Map<string, number>();
  const usedKeys = new Map<string, number>();
  const usedNames = new Set<string>();
  // The relations of each event (as source or target), indexed once.
  const byEvent = new Map<DocEntity, RelationDraft[]>();
  // The states each person is tied to (a post of, a citizen of), for how the person is called for short.
  const statesOf = new Map<DocEntity, DocEntity[]>();
  for (const r of doc.relations) {
    // A post of the state or a home there: "opposes China" says nothing of how a name is written.
    if (r.source.type === 'person' && r.target.type === 'state' && (r.type === 'holds_position' || r.type === 'lives_in')) {
      const list = statesOf.get(r.source);
      if (list) list.push(r.target);
      else statesOf.set(r.source, [r.target]);
    }
    for (const e of [r.source, r.target]) {
      if (!e.frame) continue;
      const list = byEvent.get(e);
      if (list) list.push(r);
      else byEvent.set(e, [r]);
    }
  }
  for (const e of doc.entities) {
    if (!e.frame) continue;
    // The place the text most surely puts it in; a city before its country when about as sure.
    const where = (byEvent.get(e) ?? []).filter((r) => r.source === e && r.type === 'located_in').sort((x, y) => y.confidence - x.confidence || x.sent - y.sent);
    const top = where[0];
    const place = (top && where.find((r) => r.target.type === 'place' && r.confidence >= top.confidence - 0.1)?.target) ?? top?.target;
    const parties = namingParties(byEvent, statesOf, e);
    const head = e.frame.head;
    let base = head;
    if (e.frame.kind === 'call' && parties.length >= 2) base = `${parties.join('–')} ${head}`;
    else if (place) base = `${place.name} ${head}`;
    else if (parties.length > 0) base = `${parties.join('–')} ${head}`;
    const { date, dateText } = meetingDate(doc, e.frame);
    const when = date ?? (dateText && /\d/.test(dateText) ? dateText : undefined);
    let name = when ? `${base} (${when})` : base;
    let key = name;
    if (name === head) {
      // Nothing known but the event: the words the text puts before its head ("a Latin American summit
      // meeting", "the Democratic convention"), qualified by the document, numbered when the
      // document has several such.
      const called = [modifiersOf(doc, e.frame), head].filter(Boolean).join(' ');
      const n = (unnamed.get(called) ?? 0) + 1;
      unnamed.set(called, n);
      name = `${called} (${documentLabel(doc)}${n > 1 ? `, ${n}` : ''})`;
      key = n > 1 ? `${called} ${n}` : called;
    }
    // Two events of one document named alike ("Rohrabacher visit" told as past, and one expected) stay
    // two, and their names differ: the later one is qualified by its date as written ("June"), else
    // its parties when the place named it, else its number.
    const seen = (usedKeys.get(key) ?? 0) + 1;
    usedKeys.set(key, seen);
    if (seen > 1) {
      const who = place && parties.length > 0 ? parties.join('–') : undefined;
      const qualifier = !when && dateText ? dateText.replace(/^(on|in) /i, '') : who;
      const qualified = qualifier ? `${name} (${qualifier})` : undefined;
      name = qualified && !usedNames.has(qualified) ? qualified : `${name} (${seen})`;
      key = `${key} ${seen}`;
    }
    usedNames.add(name);
    const id = `meeting:${slugify(key)}--${docSlug}`;
    const aliases = new Set(e.frame.mentions.map((s) => doc.text.slice(doc.tokens[s.start]!.start, doc.tokens[s.end - 1]!.end)));
    aliases.delete(name);
    out.set(e, { id, name, aliases: [...aliases] });
  }
  return out;
}

export const meetingNamesComponent: Component = {
  name: 'meetings.names',
  requires: ['relations', 'entities', 'frames'],
  assigns: ['meetingNames'],
  defaults: {},
  essential: true,
  run: (doc) => ({ meetingNames: nameMeetings(doc) }),
};

/** Words that may stand before an event's head inside its name: other event nouns ("summit meeting", "conference call"). */
const EVENT_NOUNS = wordsOf('meeting_nouns');
const MAX_MODIFIERS = 3;

/**
 * The words right before the head of the event's first mention that say which event it is: up to
 * three capitalized words inside the sentence ("Latin American", "Democratic") or event nouns
 * ("summit", "conference"); an article, a possessive, punctuation or a sentence's first word ends them.
 */
function modifiersOf(doc: Doc, f: MeetingFrame): string | undefined {
  for (const m of f.mentions) {
    const head = m.end - 1;
    const sentStart = doc.sentences[doc.tokens[head]!.sent]!.tokenStart;
    const words: string[] = [];
    for (let k = head - 1; k > sentStart && words.length < MAX_MODIFIERS; k--) {
      const t = doc.tokens[k]!;
      const proper = /^\p{Lu}\p{Ll}/u.test(t.text);
      // "the Ibero-American summit": a hyphen inside a word joins its two capitalized parts.
      const innerHyphen = t.text === '-' && doc.tokens[k - 1]!.end === t.start && doc.tokens[k + 1]!.start === t.end && words.length > 0;
      if (!proper && !innerHyphen && !EVENT_NOUNS.has(t.lower)) break;
      words.unshift(t.text);
    }
    if (words.length > 0 && words[0] !== '-') return words.join(' ').replace(/ - /g, '-');
  }
  return undefined;
}

type MeetingDate = { dateText?: string; date?: string };
/**
 * meetingDate's answer per frame: naming the event and writing its attributes both ask, and chrono
 * takes milliseconds on a clause in a cold run. Kept with the first mention it was read from.
 */
const dates = new WeakMap<MeetingFrame, { first: MeetingMention; date: MeetingDate }>();
function meetingDate(doc: Doc, f: MeetingFrame): MeetingDate {
  const known = dates.get(f);
  if (known && known.first === f.mentions[0]) return known.date;
  const date = readMeetingDate(doc, f);
  dates.set(f, { first: f.mentions[0]!, date });
  return date;
}

/** The date said of the event (from its first mention to the end of that clause), resolved when the document has a published date. */
function readMeetingDate(doc: Doc, f: MeetingFrame): MeetingDate {
  const first = f.mentions[0]!;
  const sent = doc.sentences[doc.tokens[first.start]!.sent]!;
  let k = first.end;
  while (k < sent.tokenEnd && k < first.end + 12 && !/^[,;.:]$/.test(doc.tokens[k]!.norm)) k++;
  const clause = doc.text.slice(doc.tokens[first.start]!.start, doc.tokens[Math.max(first.end, k) - 1]!.end);
  // chrono reads every clause at length; one with no digit and no date word holds no date phrase.
  if (!mayHoldDate(clause)) return {};
  const ref = publishedDay(doc.input.published);
  const hit = chrono.parse(clause, ref ?? new Date(2000, 0, 1, 12), { forwardDate: false }).find((r) => isDatePhrase(r.text));
  if (!hit) return {};
  if (!ref) return { dateText: hit.text };
  // The day chrono found, from its calendar fields: no time zone shifts it (toISOString() would).
  const date = [hit.start.get('year')!, hit.start.get('month')!, hit.start.get('day')!].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  return { dateText: hit.text, date };
}

export function meetingAttributes(doc: Doc, e: DocEntity): Attributes {
  const f = e.frame!;
  const attrs: Attributes = { kind: f.kind };
  if (f.status) attrs.status = f.status;
  const venue = doc.venues.get(f);
  if (venue) attrs.venue = venue;
  if (f.level) attrs.level = f.level;
  return { ...attrs, ...meetingDate(doc, f) };
}

/**
 * Noon, in the machine's time zone, of the day the published date names ("2025-01-10", or the
 * date part of a date-time as written): chrono reckons "on Tuesday" in local time, and the day it
 * finds is read from its calendar fields, so that no time zone shifts the date.
 */
function publishedDay(published: string | undefined): Date | undefined {
  if (!published) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(published);
  if (m) return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]), 12);
  const t = Date.parse(published);
  if (Number.isNaN(t)) return undefined;
  const d = new Date(t);
  return new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
}

/** A date phrase names a day, a month, a year or a relative day, not just "now". */
const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');
export const isDatePhrase = (s: string) => /\d/.test(s) || s.toLowerCase().split(/[^a-z.]+/).some((w) => DATE_WORDS.has(w));
/**
 * Whether a clause may hold a date phrase `isDatePhrase` accepts: a digit, or a date word as a word
 * of its own. chrono's parsers match from a word boundary to one, so a phrase it returns is made of
 * the clause's words; only a dot may join a date word to the word before it ("U.S.Monday"), hence
 * the dotted words' parts. (A substring test let "mar" of "market", "may" of "mayor" and "mon" of
 * "month" through: chrono ran on most clauses, about 5% of a cold run, and found nothing.)
 */
export function mayHoldDate(clause: string): boolean {
  if (/\d/.test(clause)) return true;
  for (const w of clause.toLowerCase().split(/[^a-z.]+/)) {
    if (DATE_WORDS.has(w)) return true;
    if (w.includes('.')) for (const part of w.split('.')) if (DATE_WORDS.has(part) || DATE_WORDS.has(`${part}.`)) return true;
  }
  return false;
}
