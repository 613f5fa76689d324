// participant_in and located_in for meetings: the subject of the event verb ("X held talks",
// "X attended a meeting"), "hosted by X", "delegations of X and Y", the verb's object ("X met Y"),
// "with X", "between X and Y", "the two countries/sides" (the last two states named), and
// "in PLACE" after the event word, across a venue ("at the consul's residence in Istanbul"); also
// names placed around the event: "met in Baghdad the Secretary-General of X, Y", "a call from X",
// "X offered thanks in a meeting with Y", "a NATO meeting", "talks between the two sides", "spoke to Y
// by telephone".

import type { Component, DocEntity, MeetingFrame } from '../doc.ts';
import { contextOf, type DocContext, type MentionRef, type RelationDraft } from './context.ts';
import { callObject } from './meeting-calls.ts';
import { destinationBefore, openingPlace, placeOfEvent, wherePlace } from './meeting-places.ts';
import { ACTOR, DEFAULTS, type Reading, type Settings } from './meeting-reading.ts';
import { assembled, compoundSides, delegationMembers, meetingBody, namedSides, otherSide, twoSides, verbObject } from './meeting-sides.ts';
import { agentsAfter, openingClause, subjectOfEvent } from './meeting-subjects.ts';
import { visitorsBy } from './meeting-visitors.ts';
import { sidelinesHost, sidelinesPlace } from './meeting-sidelines.ts';
import { twoPersons } from './meeting-pairs.ts';
import { delegationSides, negotiators, ownerSide } from './meeting-parties.ts';

export function meetingRelations(ctx: DocContext, set: Settings = DEFAULTS): { drafts: RelationDraft[]; venues: Map<MeetingFrame, string> } {
  const out: RelationDraft[] = [];
  const venues = new Map<MeetingFrame, string>();
  for (const e of ctx.entities) {
    const frame = e.frame;
    // "did not attend", "no talks were held": a denied event has no participants.
    if (!frame || frame.status === 'negated') continue;
    const status = frame.status;
    for (const mm of frame.mentions) {
      if (mm.status === 'negated') continue; // a denied participation names no participant
      const sent = ctx.sentOf(mm.start);
      const [s0, s1] = ctx.sentRange(sent);
      const add = (r: MentionRef | DocEntity, conf: number, role?: string) => {
        const ent = 'entity' in r ? r.entity : r;
        if (!ACTOR.has(ent.type)) return;
        const attributes: RelationDraft['attributes'] = {};
        if (role) attributes.role = role;
        if (status) attributes.status = status;
        out.push({ type: 'participant_in', source: ent, target: e, sent, confidence: status ? Math.round(conf * set.statusFactor * 100) / 100 : conf, attributes });
      };
      const x: Reading = { ctx, e, frame, mm, sent, s0, s1, set, add, out };
      // "met Y on the sidelines of the G20 summit": the summit gets no participant from this sentence
      // but its own modifier (G20), and its place.
      if (sidelinesHost(x)) {
        compoundSides(x);
        placeOfEvent(x);
        continue;
      }
      // "China objected to a visit to Ukraine by X": the visit is its visitors', not the subject's.
      const visitors = visitorsBy(x);
      if (visitors.length === 0) subjectOfEvent(x);
      agentsAfter(x);
      for (const r of visitors) add(r, set.participant);
      namedSides(x);
      verbObject(x);
      otherSide(x);
      callObject(x);
      assembled(x);
      delegationMembers(x);
      twoSides(x);
      twoPersons(x);
      compoundSides(x);
      ownerSide(x);
      delegationSides(x);
      negotiators(x);
      meetingBody(x);
      openingClause(x);
      const before = out.length;
      const venue = placeOfEvent(x);
      if (venue && !venues.has(frame)) venues.set(frame, venue);
      let placed = false;
      for (let i = before; i < out.length && !placed; i++) placed = out[i]!.type === 'located_in';
      if (!placed && !sidelinesPlace(x) && !wherePlace(x) && !openingPlace(x)) destinationBefore(x);
    }
  }
  return { drafts: out, venues };
}

export const meetingRelationsComponent: Component<Settings> = {
  name: 'relations.meetings',
  requires: ['links', 'frames', 'titles'],
  assigns: ['drafts', 'venues'],
  defaults: DEFAULTS,
  run: (doc, set) => meetingRelations(contextOf(doc), set),
};
