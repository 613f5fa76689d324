// Meeting names and attributes: what the text says of each event, once its relations are known
// ("Istanbul talks", "Trump–Putin phone call"; kind, date resolved against the published date,
// level, venue, status).

import * as chrono from 'chrono-node';
import type { Attributes } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { Component, Doc, DocEntity, MeetingName } from './doc.ts';
import { wordsOf } from './words.ts';

/** How the text calls a person for short: a one-word form it uses ("Xi", "Putin"), else the last word. */
function surname(e: DocEntity): string {
  const single = [...e.aliases].filter((a) => !a.includes(' ') && e.name.split(' ').includes(a)).sort();
  if (single.length > 0) return single[0]!;
  const parts = e.name.split(' ');
  return parts[parts.length - 1]!;
}

/** Names meetings from what the text says of them, once their relations are known. */
export function nameMeetings(doc: Doc): Map<DocEntity, MeetingName> {
  const out = new Map<DocEntity, MeetingName>();
  let n = 0;
  for (const e of doc.entities) {
    if (!e.frame) continue;
    n++;
    // The place the text most surely puts it in; a city before its country when about as sure.
    const where = doc.relations.filter((r) => r.source === e && r.type === 'located_in').sort((x, y) => y.confidence - x.confidence || x.sent - y.sent);
    const top = where[0];
    const place = (top && where.find((r) => r.target.type === 'place' && r.confidence >= top.confidence - 0.1)?.target) ?? top?.target;
    const people = [...new Set(doc.relations.filter((r) => r.target === e && r.type === 'participant_in' && r.source.type === 'person').map((r) => r.source))];
    const head = e.frame.head;
    let name: string;
    if (e.frame.kind === 'call' && people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else if (place) name = `${place.name} ${head}`;
    else if (people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else name = head;
    const specific = name !== head;
    const id = specific ? `meeting:${slugify(name)}` : `meeting:${slugify(doc.input.id)}-${slugify(head)}-${n}`;
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

export function meetingAttributes(doc: Doc, e: DocEntity): Attributes {
  const f = e.frame!;
  const a = doc;
  const attrs: Attributes = { kind: f.kind };
  if (f.status) attrs.status = f.status;
  const venue = doc.venues.get(f);
  if (venue) attrs.venue = venue;
  if (f.level) attrs.level = f.level;
  // The date is the one said of the event: from its first mention to the end of that clause.
  const first = f.mentions[0]!;
  const sent = a.sentences[a.tokens[first.start]!.sent]!;
  let k = first.end;
  while (k < sent.tokenEnd && k < first.end + 12 && !/^[,;.:]$/.test(a.tokens[k]!.norm)) k++;
  const clause = a.text.slice(a.tokens[first.start]!.start, a.tokens[Math.max(first.end, k) - 1]!.end);
  const published = doc.input.published;
  const ref = published && !Number.isNaN(Date.parse(published)) ? new Date(published) : undefined;
  const hit = chrono.parse(clause, ref ?? new Date(Date.UTC(2000, 0, 1)), { forwardDate: false }).find((r) => isDatePhrase(r.text));
  if (hit) {
    attrs.dateText = hit.text;
    if (ref) attrs.date = hit.start.date().toISOString().slice(0, 10);
  }
  return attrs;
}

/** A date phrase names a day, a month, a year or a relative day, not just "now". */
const DATE_WORDS = wordsOf('months', 'weekdays', 'relative_days');
const isDatePhrase = (s: string) => /\d/.test(s) || s.toLowerCase().split(/[^a-z.]+/).some((w) => DATE_WORDS.has(w));

