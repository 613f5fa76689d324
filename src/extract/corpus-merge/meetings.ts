// The cross-document rule on meetings: two documents report one event when their meetings have the
// same resolved date, a place in common and the same participants (two or more in common, or the
// same one when each names just one). Never by place or name alone: "the Washington meeting" of
// one article is not another's. Meetings are bucketed by date and place, so only those compare.

import type { Entity } from '../../types.ts';
import { byString } from '../join.ts';
import type { Corpus } from './corpus.ts';
import type { Proposal, RuleResult } from './decisions.ts';

interface Facts {
  meeting: Entity;
  participants: Set<string>;
  places: Set<string>;
  date: string;
}

function factsOf(c: Corpus): Facts[] {
  const facts = new Map<string, Facts>();
  for (const e of c.entities) {
    if (e.type === 'meeting' && typeof e.attributes.date === 'string' && e.attributes.status !== 'negated') {
      facts.set(e.id, { meeting: e, participants: new Set(), places: new Set(), date: e.attributes.date });
    }
  }
  for (const r of c.relations) {
    if (r.type === 'participant_in') facts.get(r.target)?.participants.add(r.source);
    else if (r.type === 'located_in') facts.get(r.source)?.places.add(r.target);
  }
  return [...facts.values()].filter((f) => f.participants.size > 0 && f.places.size > 0);
}

function sameParticipants(a: Set<string>, b: Set<string>): boolean {
  let shared = 0;
  for (const p of a) if (b.has(p)) shared++;
  return shared >= 2 || (shared === 1 && a.size === 1 && b.size === 1);
}

export function meetingRule(c: Corpus): RuleResult {
  const buckets = new Map<string, Facts[]>();
  for (const f of factsOf(c)) {
    for (const p of f.places) {
      const key = `${f.date}|${p}`;
      const list = buckets.get(key);
      if (list) list.push(f);
      else buckets.set(key, [f]);
    }
  }
  const rank = (x: Facts, y: Facts) => y.meeting.mentions.length - x.meeting.mentions.length || byString(x.meeting.id, y.meeting.id);
  const proposed = new Set<string>();
  const proposals: Proposal[] = [];
  for (const [key, list] of buckets) {
    list.sort(rank);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const [keep, other] = [list[i]!, list[j]!];
        const pair = `${other.meeting.id}|${keep.meeting.id}`;
        if (proposed.has(pair) || c.coOccur(keep.meeting, other.meeting) || !sameParticipants(keep.participants, other.participants)) continue;
        proposed.add(pair);
        const place = c.byId.get(key.slice(key.indexOf('|') + 1))?.name ?? '';
        proposals.push({ rule: 'meeting', from: other.meeting, into: keep.meeting, reason: `the same participants in ${place} on ${keep.date}` });
      }
    }
  }
  proposals.sort((x, y) => byString(x.from.id, y.from.id) || byString(x.into.id, y.into.id));
  return { proposals, refusals: [] };
}
