// Meeting names and attributes: what the text says of each event, once its relations are known
// ("Istanbul talks", "Trump–Putin phone call"; kind, date resolved against the published date,
// level, venue, status).

import * as chrono from 'chrono-node';
import type { Attributes, InputDocument } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { RelationDraft } from './relations/context.ts';
import type { DocEntity } from './resolve.ts';
import type { TextAnalysis } from './text.ts';

/** How the text calls a person for short: a one-word form it uses ("Xi", "Putin"), else the last word. */
function surname(e: DocEntity): string {
  const single = [...e.aliases].filter((a) => !a.includes(' ') && e.name.split(' ').includes(a)).sort();
  if (single.length > 0) return single[0]!;
  const parts = e.name.split(' ');
  return parts[parts.length - 1]!;
}

/** Names meetings from what the text says of them, once their relations are known. */
export function nameMeetings(doc: InputDocument, a: TextAnalysis, entities: DocEntity[], relations: RelationDraft[]): void {
  let n = 0;
  for (const e of entities) {
    if (e.type !== 'meeting' || !e.frame) continue;
    n++;
    const where = relations.filter((r) => r.source === e && r.type === 'located_in').map((r) => r.target);
    const place = where.find((p) => p.type === 'place') ?? where[0];
    const people = [...new Set(relations.filter((r) => r.target === e && r.type === 'participant_in' && r.source.type === 'person').map((r) => r.source))];
    const head = e.frame.head;
    let name: string;
    if (e.frame.kind === 'call' && people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else if (place) name = `${place.name} ${head}`;
    else if (people.length === 2) name = `${surname(people[0]!)}–${surname(people[1]!)} ${head}`;
    else name = head;
    e.name = name;
    const specific = name !== head;
    e.id = specific ? `meeting:${slugify(name)}` : `meeting:${slugify(doc.id)}-${slugify(head)}-${n}`;
    for (const s of e.spans) e.aliases.add(a.text.slice(a.tokens[s.start]!.start, a.tokens[s.end - 1]!.end));
    e.aliases.delete(name);
  }
}

export function meetingAttributes(doc: InputDocument, a: TextAnalysis, e: DocEntity): Attributes {
  const f = e.frame!;
  const attrs: Attributes = { kind: f.kind };
  if (f.status) attrs.status = f.status;
  if (f.venue) attrs.venue = f.venue;
  if (f.level) attrs.level = f.level;
  // The date is the one said of the event: from its first mention to the end of that clause.
  const first = f.mentions[0]!;
  const sent = a.sentences[a.tokens[first.start]!.sent]!;
  let k = first.end;
  while (k < sent.tokenEnd && k < first.end + 12 && !/^[,;.:]$/.test(a.tokens[k]!.norm)) k++;
  const clause = a.text.slice(a.tokens[first.start]!.start, a.tokens[Math.max(first.end, k) - 1]!.end);
  const ref = publishedDay(doc.published);
  const hit = chrono.parse(clause, ref ?? new Date(2000, 0, 1, 12), { forwardDate: false }).find((r) => DATE_WORDS.test(r.text));
  if (hit) {
    attrs.dateText = hit.text;
    if (ref) attrs.date = [hit.start.get('year')!, hit.start.get('month')!, hit.start.get('day')!].map((n, i) => String(n).padStart(i === 0 ? 4 : 2, '0')).join('-');
  }
  return attrs;
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
const DATE_WORDS = /\d|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|today|yesterday|tomorrow|week|month|year/i;

