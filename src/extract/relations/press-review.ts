// A press review ("PRESS DIGEST - Jordan": "These are the leading stories in the Jordanian press",
// then each paper's name on a line of its own above its "- item" lines): the papers are that
// state's (based_in), each paper reported the actors and events its items name (reported; not the
// places where they happened) and quoted the persons its items have speak.

import type { Component, DocEntity } from '../doc.ts';
import { words } from '../words.ts';
import { contextOf, type DocContext, type RelationDraft } from './context.ts';

const PRESS_NOUNS = words('press_review_nouns');
const PRESS_CUES = words('press_review_cues');
const SAY = words('say_verbs');

const DEFAULTS = {
  basedIn: 0.75,
  /** The first name of an item: what the item is about. */
  itemSubject: 0.7,
  /** Another name of the item. */
  itemOther: 0.5,
  /** A person of an item who "says" or "warns". */
  quoted: 0.7,
};
type Settings = typeof DEFAULTS;

/** The state of the opening line "…stories in the Jordanian press", with its sentence, if the document has one. */
function reviewState(ctx: DocContext): { state: DocEntity; sent: number } | undefined {
  for (let sent = 0; sent < Math.min(ctx.sentences.length, 6); sent++) {
    const [s0, s1] = ctx.sentRange(sent);
    let cue = false;
    for (let k = s0; k < s1 && k < s0 + 40; k++) {
      if (PRESS_CUES.has(ctx.lower(k))) cue = true;
      const r = ctx.at[k];
      if (!cue || !r || r.mention.start !== k || r.entity.type !== 'state') continue;
      // "the Jordanian press", "Pakistani newspapers", "the Greek financial press"
      let j = r.mention.end;
      if (!PRESS_NOUNS.has(ctx.lower(j)) && /^\p{Ll}+$/u.test(ctx.tokens[j]?.text ?? '')) j++;
      if (PRESS_NOUNS.has(ctx.lower(j))) return { state: r.entity, sent };
    }
  }
  return undefined;
}

/** A sentence that is only a paper's name: a heading of the review. */
function headingOf(ctx: DocContext, sent: number): DocEntity | undefined {
  const [s0, s1] = ctx.sentRange(sent);
  const k = ctx.lower(s0) === 'the' && !ctx.at[s0] ? s0 + 1 : s0;
  const r = ctx.at[k];
  if (!r || r.entity.type !== 'media' || r.mention.start !== k) return undefined;
  const end = ctx.lower(r.mention.end) === '.' ? r.mention.end + 1 : r.mention.end;
  return end === s1 ? r.entity : undefined;
}

export function pressReviewRelations(ctx: DocContext, set: Settings = DEFAULTS): RelationDraft[] {
  const opening = reviewState(ctx);
  if (!opening) return [];
  const out: RelationDraft[] = [];
  const { state } = opening;
  // The papers are the review's country's, unless the lexicon places one elsewhere (the wire's own
  // "Reuters has not verified these stories").
  for (const e of ctx.entities) {
    if (e.type === 'media' && (!e.entry?.country || e.entry.country === state.entry?.country)) {
      out.push({ type: 'based_in', source: e, target: state, sent: opening.sent, confidence: set.basedIn, attributes: { cue: 'press review' } });
    }
  }
  let paper: DocEntity | undefined;
  let seen = new Set<DocEntity>();
  let afterHeading = -1;
  for (let sent = opening.sent + 1; sent < ctx.sentences.length; sent++) {
    const heading = headingOf(ctx, sent);
    if (heading) {
      paper = heading;
      seen = new Set();
      afterHeading = sent + 1;
      continue;
    }
    if (!paper) continue;
    const [s0, s1] = ctx.sentRange(sent);
    // An item opens with a dash, or is the first sentence under the paper's name.
    const item = ctx.lower(s0) === '-' || ctx.lower(s0) === '--' || sent === afterHeading;
    let first = item;
    for (const r of ctx.mentionsIn(sent)) {
      const e = r.entity;
      if (e === paper || e.type === 'media' || r.mention.anchor) continue;
      // A town or region an item names is where its news happened, not what the paper reports on
      // ("- Floods close roads near Eldoret"): on newsrel train no such place was the reported
      // entity (0 right, 13 wrong), while the item's actors and events were.
      if (!seen.has(e) && e.type !== 'place') {
        seen.add(e);
        out.push({ type: 'reported', source: paper, target: e, sent, confidence: first ? set.itemSubject : set.itemOther, attributes: { cue: 'press review' } });
      }
      // "- Information Minister Marwan Muasher says there is evidence": the paper quotes him.
      if (e.type === 'person' && SAY.has(ctx.lower(r.mention.end))) out.push({ type: 'quoted', source: paper, target: e, sent, confidence: set.quoted, attributes: { cue: 'press review' } });
      first = false;
    }
    for (let k = s0; k < s1; k++) {
      const m = ctx.meetingAt[k];
      if (m && !seen.has(m)) {
        seen.add(m);
        out.push({ type: 'reported', source: paper, target: m, sent, confidence: set.itemOther, attributes: { cue: 'press review' } });
      }
    }
  }
  return out;
}

export const pressReviewComponent: Component<Settings> = {
  name: 'relations.pressReview',
  requires: ['links', 'entities', 'frames'],
  assigns: ['drafts'],
  defaults: DEFAULTS,
  run: (doc, set) => ({ drafts: pressReviewRelations(contextOf(doc), set) }),
};
