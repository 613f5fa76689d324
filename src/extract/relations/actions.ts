// Actions between actors: supports, sanctions, opposes, at_war_with, killed. The subject is the
// nearest actor before the cue in its clause; the object the first actor after it. A capital
// named as an actor ("hitting Moscow with sanctions") stands for its state.

import type { RelationType } from '../../types.ts';
import { gazetteer } from '../lexicon/index.ts';
import type { DocEntity } from '../resolve.ts';
import type { DocContext, MentionRef, RelationDraft } from './context.ts';
import { AGENT } from './killings.ts';

interface Cue {
  re: RegExp;
  type: RelationType;
  /** Words between the cue and its object ("assistance to", "with a wave of sanctions"). */
  object: 'next' | 'to' | 'with' | 'on' | 'of';
}

const CUES: Cue[] = [
  { re: /^(backed|backs|back|supported|supports|support|supporting|backing|endorsed|endorses|armed|arming)$/, type: 'supports', object: 'next' },
  { re: /^(assistance|aid|support|weapons|arms|help)$/, type: 'supports', object: 'to' },
  { re: /^(sanctioned|sanctions|sanctioning|sanction)$/, type: 'sanctions', object: 'on' },
  { re: /^(hitting|hit|hits|slapped|slapping|targeting|targeted)$/, type: 'sanctions', object: 'with' },
  { re: /^(condemned|condemns|condemn|condemning|criticized|criticised|criticizes|criticizing|criticising|accused|accuses|accusing|denounced|denounces|denouncing|blamed|blames|blaming|opposed|opposes)$/, type: 'opposes', object: 'next' },
  { re: /^(war|fighting|conflict)$/, type: 'at_war_with', object: 'with' },
  { re: /^(invasion|invaded|invades|attacked|attacks)$/, type: 'at_war_with', object: 'of' },
  { re: /^(killed|kills|assassinated|assassinate|shot|murdered|murders)$/, type: 'killed', object: 'next' },
];

const ACTORS = new Set(['person', 'state', 'organization']);
/** "the Russian government", "Ukrainian forces": a demonym before these words is the state acting. */
const STATE_HEADS = /^(government|authorities|forces|troops|military|army|officials|leadership|regime)$/;
const OBJECT_MARK = /^(to|with|in|of|on|for|against|by|from|at|between|over|into)$/;

/** An actor entity for a mention: places that are capitals stand for their state. */
function asActor(e: DocEntity, ctx: DocContext, states: Map<string, DocEntity>): DocEntity | undefined {
  if (ACTORS.has(e.type)) return e;
  if (e.type === 'place' && e.entry?.country && gazetteer().capitals.has(e.id)) {
    const st = gazetteer().countryByCode.get(e.entry.country);
    if (!st) return undefined;
    let state = states.get(st.id);
    if (!state) {
      // The state is named only through its capital: it becomes an entity of the document.
      state = { id: st.id, type: st.type, name: st.name, aliases: new Set(), entry: st, spans: [] };
      states.set(st.id, state);
      ctx.resolved.entities.push(state);
    }
    return state;
  }
  return undefined;
}

/**
 * A capital acting ("hitting Moscow with sanctions") is a mention of its state there, not of the
 * city: the span moves from the place to the state.
 */
function claimForState(ref: MentionRef, state: DocEntity): void {
  if (ref.entity === state) return;
  const place = ref.entity;
  const i = place.spans.findIndex((s) => s.start === ref.mention.start && s.end === ref.mention.end);
  if (i < 0) return;
  place.spans.splice(i, 1);
  state.spans.push({ start: ref.mention.start, end: ref.mention.end });
  state.spans.sort((x, y) => x.start - y.start);
}

export function actionRelations(ctx: DocContext): RelationDraft[] {
  const out: RelationDraft[] = [];
  const states = new Map(ctx.resolved.entities.filter((e) => e.type === 'state').map((e) => [e.id, e] as const));
  for (let i = 0; i < ctx.tokens.length; i++) {
    const w = ctx.lower(i);
    const cue = CUES.find((c) => c.re.test(w));
    if (!cue) continue;
    const sent = ctx.sentOf(i);
    const [s0, s1] = ctx.sentRange(sent);
    // Object
    let k = i + 1;
    if (cue.object === 'with' && cue.type === 'sanctions') {
      // "hitting Moscow with a wave of sanctions": object right after the verb, sanctions must follow.
      const win = ctx.tokens.slice(i + 1, Math.min(s1, i + 10)).map((t) => t.lower);
      if (!win.includes('sanctions')) continue;
    } else if (cue.object !== 'next') {
      const prep = cue.object === 'on' ? /^(on|against)$/ : new RegExp(`^${cue.object}$`);
      while (k < Math.min(s1, i + 4) && !prep.test(ctx.lower(k))) k++;
      if (!prep.test(ctx.lower(k))) { if (cue.type !== 'sanctions') continue; k = i; }
      k++;
    }
    if (ctx.lower(k) === 'the') k++;
    let objRef = ctx.at[k];
    // "Ruby killed Kennedy assassin Lee Harvey Oswald": the one killed is the assassin named after.
    if (cue.type === 'killed' && objRef && AGENT.test(ctx.lower(objRef.mention.end)) && ctx.at[objRef.mention.end + 1]?.entity.type === 'person') objRef = ctx.at[objRef.mention.end + 1];
    const object = objRef ? asActor(objRef.entity, ctx, states) : undefined;
    if (!object || !objRef) continue;
    // Subject: the nearest actor before the cue that is not the object of a verb or preposition;
    // "its war with Russia": "its" is the nearest state before.
    let subject: DocEntity | undefined;
    let subjectRef: MentionRef | undefined;
    // "Jack Ruby, who killed Oswald": the relative pronoun's antecedent is the subject.
    const antecedent = ctx.lower(i - 1) === 'who' && ctx.lower(i - 2) === ',' ? ctx.at[i - 3] : undefined;
    if (antecedent && ACTORS.has(antecedent.entity.type) && antecedent.entity !== object) {
      subject = antecedent.entity;
      subjectRef = antecedent;
    }
    const possessive = ctx.lower(i - 1) === 'its' || ctx.lower(i - 1) === 'their';
    for (let j = i - 1; j >= s0 && !subject; j--) {
      const r = ctx.at[j];
      if (!r || r.mention.end !== j + 1 || (r.mention.via === 'demonym' && ctx.at[j + 1] === undefined && /^\p{Ll}/u.test(ctx.tokens[j + 1]?.text ?? '') && !STATE_HEADS.test(ctx.lower(j + 1)))) continue;
      const a = asActor(r.entity, ctx, states);
      if (!a || a === object) continue;
      const before = ctx.lower(r.mention.start - 1);
      if (possessive || !(OBJECT_MARK.test(before) || /(ed|ing)$/.test(before) || CUES.some((c) => c.re.test(before)))) {
        subject = a;
        subjectRef = r;
        break;
      }
      j = r.mention.start;
    }
    if (!subject || subject.type === 'person' && cue.type === 'at_war_with') continue;
    if (cue.type === 'at_war_with' && (subject.type !== 'state' || object.type !== 'state')) continue;
    if (cue.type === 'killed' && (subject.type !== 'person' || object.type !== 'person')) continue;
    claimForState(objRef, object);
    if (subjectRef) claimForState(subjectRef, subject);
    const attributes = { cue: ctx.tokens[i]!.text };
    out.push({ type: cue.type, source: subject, target: object, sent, confidence: 0.7, attributes });
    // "Germany and France have supported ...": every coordinated subject.
    for (let ref = subjectRef; ref && ctx.lower(ref.mention.start - 1) === 'and'; ) {
      const other = ctx.at[ref.mention.start - 2];
      const actor = other && asActor(other.entity, ctx, states);
      if (!other || !actor || actor === object || actor === subject) break;
      out.push({ type: cue.type, source: actor, target: object, sent, confidence: 0.65, attributes });
      ref = other;
    }
    // An administration or government acts for its state.
    const state = subject.partOfState;
    if (state && state !== object) out.push({ type: cue.type, source: state, target: object, sent, confidence: 0.65, attributes });
  }
  return out;
}
