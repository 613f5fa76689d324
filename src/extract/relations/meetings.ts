// participant_in and located_in for meetings: the subject of the event verb ("X held talks",
// "X attended a meeting"), "with X", "between X and Y", "the two countries/sides" (the last two
// states named), and "in PLACE" after the event noun or verb.

import { findTitles } from '../mentions.ts';
import type { DocEntity } from '../resolve.ts';
import type { DocContext, MentionRef, RelationDraft } from './context.ts';

const ACTOR = new Set(['person', 'state', 'organization']);
const GROUP = /^(countries|nations|sides|states|governments|delegations|presidents|leaders|ministers|diplomats)$/;
const PARTICIPATE = /^(spoke|speaks|talked|talks|held|holds|hold|had|has|have|attended|attends|attend|hosted|hosts|host|joined|joins|chaired|chairs|led|leads|met|meets|conducted|began|opened|concluded|wrapped|took|travel|travels|traveled|travelled|flew|fly|arrived|arrives|went)$/;
/** Verbs that give a participant's role. */
const ROLE_VERBS: Record<string, string> = {
  hosted: 'host', hosts: 'host', host: 'host', hosting: 'host', chaired: 'chair', chairs: 'chair', chairing: 'chair',
  led: 'leader', leads: 'leader', leading: 'leader', organized: 'organizer', organised: 'organizer', mediated: 'mediator', brokered: 'mediator',
};
const MEET_VERBS = /^(met|meet|meets|visit|visits|visited|visiting)$/;
const PREPOSITIONS = /^(with|by|to|in|of|for|from|on|at|against|between|counterpart)$/;
const LOCATION_STOP = /^(to|over|for|and|or|but|that|which|who|,|\.|;|:|"|was|were|is|are|will|would|had|has|on)$/;
const CLAUSE_BREAK = /^[,;:"]$/;

/** Start of the clause containing token i: after the last comma, semicolon, colon or quote. */
function clauseStart(ctx: DocContext, i: number, s0: number): number {
  for (let k = i - 1; k >= s0; k--) if (CLAUSE_BREAK.test(ctx.lower(k))) return k + 1;
  return s0;
}

/** States named before token i (same or previous sentence), latest first, not as a location ("in X"). */
function recentStates(ctx: DocContext, i: number): DocEntity[] {
  const sent = ctx.sentOf(i);
  const seen: DocEntity[] = [];
  for (let k = i - 1; k >= 0 && ctx.sentOf(k) >= sent - 1; k--) {
    const r = ctx.at[k];
    if (!r || r.mention.start !== k) continue;
    const state = r.entity.type === 'state' ? r.entity : undefined;
    if (!state || ctx.lower(k - 1) === 'in' || ctx.lower(k - 1) === 'to' || seen.includes(state)) continue;
    seen.push(state);
  }
  return seen;
}

export function meetingRelations(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const titleEnds = new Map(findTitles(ctx.tokens).map((t) => [t.start, t.end] as const));
  for (const e of ctx.resolved.entities) {
    if (e.type !== 'meeting' || !e.frame) continue;
    // "did not attend", "no talks were held": a denied event has no participants.
    if (e.frame.status === 'negated') continue;
    const status = e.frame.status;
    for (const mm of e.frame.mentions) {
      if (mm.status === 'negated') continue; // a denied participation names no participant
      const sent = ctx.sentOf(mm.start);
      const [s0, s1] = ctx.sentRange(sent);
      const add = (r: MentionRef | DocEntity, conf: number, role?: string) => {
        const ent = 'entity' in r ? r.entity : r;
        if (!ACTOR.has(ent.type)) return;
        const attributes: RelationDraft['attributes'] = {};
        if (role) attributes.role = role;
        if (status) attributes.status = status;
        out.push({ type: 'participant_in', source: ent, target: e, sent, confidence: status ? Math.round(conf * 80) / 100 : conf, attributes });
      };
      // Subject: the first person of the clause, when a participation verb links it to the event.
      const clause = clauseStart(ctx, mm.start, s0);
      const isVerb = MEET_VERBS.test(ctx.lower(mm.end - 1));
      const verbBefore = isVerb || ctx.tokens.slice(clause, mm.start).some((t) => PARTICIPATE.test(t.lower));
      if (verbBefore) {
        // A person first ("US President Donald Trump held talks"), else a state or body ("Qatar hosted").
        const subjects: MentionRef[] = [];
        let inPhrase = false;
        for (let k = clause; k < mm.start; k++) {
          const w = ctx.lower(k);
          if (PREPOSITIONS.test(w)) inPhrase = true;
          else if (PARTICIPATE.test(w)) inPhrase = false;
          const r = ctx.at[k];
          if (r && r.mention.start === k && !inPhrase && !r.mention.anchor && r.entity.type !== 'place' && ACTOR.has(r.entity.type)) subjects.push(r);
        }
        // "Fumio Kishida, who hosted the gathering": the relative pronoun's antecedent.
        const antecedent = ctx.lower(clause) === 'who' ? ctx.mentionEndingAt(clause - 1) : undefined;
        if (antecedent && antecedent.entity.type === 'person') subjects.unshift(antecedent);
        const subject = subjects.find((r) => r.entity.type === 'person') ?? subjects[0];
        if (subject) {
          // "X hosted the summit", "X chaired the meeting": the verb gives the role.
          const verb = ctx.tokens.slice(subject.mention.end, mm.start).map((t) => t.lower).find((w) => ROLE_VERBS[w]);
          add(subject, 0.75, verb ? ROLE_VERBS[verb] : undefined);
        }
      }
      // "hosted by X", "chaired by X", "led by X" after the event word.
      for (let k = mm.end; k + 2 < Math.min(s1, mm.end + 8); k++) {
        const role = ROLE_VERBS[ctx.lower(k)];
        if (role && ctx.lower(k + 1) === 'by') {
          // "chaired by UN envoy Staffan de Mistura": the person after the holder and title.
          let r = ctx.at[k + 2];
          for (let j = k + 2; j < Math.min(s1, k + 7); j++) {
            const p = ctx.at[j];
            if (p && p.entity.type === 'person') { r = p; break; }
            if (/^[,.;]$/.test(ctx.lower(j))) break;
          }
          if (r && ACTOR.has(r.entity.type)) add(r, 0.75, role);
          // "mediated by Egypt and Qatar"
          for (let j = r ? r.mention.end : s1; j + 1 < s1 && ctx.lower(j) === 'and'; ) {
            const other = ctx.at[j + 1];
            if (!other || other.mention.start !== j + 1 || !ACTOR.has(other.entity.type)) break;
            add(other, 0.75, role);
            j = other.mention.end;
          }
          break;
        }
        if (/^[.;]$/.test(ctx.lower(k))) break;
      }
      // "delegations of Armenia and Azerbaijan met", "officials from X and Y": the named sides.
      for (let k = clause; k < Math.min(s1, mm.end + 8); k++) {
        if (!GROUP.test(ctx.lower(k)) || !/^(of|from)$/.test(ctx.lower(k + 1))) continue;
        let j = k + 2;
        if (ctx.lower(j) === 'the') j++;
        while (j < s1) {
          const r = ctx.at[j];
          if (!r || r.mention.start !== j || !ACTOR.has(r.entity.type)) break;
          add(r, 0.75);
          j = r.mention.end;
          if (ctx.lower(j) !== 'and' && ctx.lower(j) !== ',') break;
          j++;
          if (ctx.lower(j) === 'the') j++;
        }
      }
      // "X met Y": the verb's object, past titles and demonyms ("met Ethiopian Prime Minister Abiy Ahmed").
      if (isVerb) {
        for (let k = mm.end; k < Math.min(s1, mm.end + 6); k++) {
          const r = ctx.at[k];
          // Past demonyms and title holders: "met U.S. Secretary of State Marco Rubio".
          if (r && (r.mention.anchor || titleEnds.has(r.mention.end))) { k = r.mention.end - 1; continue; }
          if (r && r.mention.start === k) {
            if (ACTOR.has(r.entity.type)) add(r, 0.75);
            // "will visit Washington": the place visited.
            else if (/^visit/.test(ctx.lower(mm.end - 1)) && (r.entity.type === 'place' || r.entity.type === 'state')) out.push({ type: 'located_in', source: e, target: r.entity, sent, confidence: 0.75 });
            break;
          }
          const titleEnd = titleEnds.get(k);
          if (titleEnd !== undefined) { k = titleEnd - 1; continue; }
          if (!/^\p{Lu}/u.test(ctx.tokens[k]!.text)) break;
        }
      }
      // After the event word: "with X", "between X and Y", "with him" (the last person named before).
      for (let k = mm.end; k < Math.min(s1, mm.end + 8); k++) {
        const w = ctx.lower(k);
        if (w === 'with' || w === 'between') {
          // The names right after "with"/"between" (past articles, possessives, demonyms and titles):
          // "with U.S. President Joe Biden and French President Emmanuel Macron"; not "with a pledge ... Russia".
          for (let j = k + 1; j < Math.min(s1, k + 14); j++) {
            const lw = ctx.lower(j);
            if (lw === 'him' || lw === 'her') {
              const prev = [...ctx.refs].reverse().find((r) => r.mention.start < mm.start && r.entity.type === 'person' && ctx.lower(r.mention.start - 1) !== 'after');
              if (prev) add(prev, 0.7);
              break;
            }
            const r = ctx.at[j];
            if (r && r.mention.start === j && (r.mention.anchor || titleEnds.has(r.mention.end))) { j = r.mention.end - 1; continue; }
            const titleEnd = titleEnds.get(j);
            if (titleEnd !== undefined) { j = titleEnd - 1; continue; }
            if (r && r.mention.start === j) {
              add(r, 0.75);
              j = r.mention.end - 1;
              const next = ctx.lower(j + 1);
              if (next === 'and' || next === ',') { j++; continue; }
              break;
            }
            if (!/^(the|his|her|their|its|a|an|counterpart|counterparts|both|officials|leaders|delegations?)$/.test(lw)) break;
          }
          break;
        }
        if (/^[,.;]$/.test(w)) break;
      }
      // "diplomats of the two countries met", "the two sides": the last two states named.
      for (let k = Math.max(s0, mm.start - 6); k < mm.start; k++) {
        if (ctx.lower(k) === 'two' && GROUP.test(ctx.lower(k + 1))) {
          for (const st of recentStates(ctx, k).slice(0, 2)) add(st, 0.7);
        }
      }
      // Location: "in X" after the event word, across a venue ("at the consul's residence") or "with him".
      let venueStart = -1;
      for (let k = mm.end; k < Math.min(s1, mm.end + 10); k++) {
        const w = ctx.lower(k);
        if (w === 'at' && venueStart < 0) venueStart = k + 1;
        if (w === 'in') {
          // "at US consul general's residence in Istanbul": the venue is what stands between.
          if (venueStart > 0 && k > venueStart && !e.frame.venue) e.frame.venue = ctx.a.text.slice(ctx.tokens[venueStart]!.start, ctx.tokens[k - 1]!.end).replace(/^the /i, '');
          const r = ctx.at[k + 1];
          if (r && (r.entity.type === 'place' || r.entity.type === 'state') && r.mention.start === k + 1) out.push({ type: 'located_in', source: e, target: r.entity, sent, confidence: 0.8 });
          break;
        }
        if (LOCATION_STOP.test(w) || (ctx.meetingAt[k] && ctx.meetingAt[k] !== e)) break;
      }
    }
  }
  return out;
}
