// Features of an actor and an event named in one sentence that tell whether the actor takes part
// or is only mentioned beside it: a verb of saying between them (the speaker of "X said the talks
// would resume" reports the talks, "X said he met Y" took part), the actor as the speaker of its
// own clause ("..., X said"), another event between them (the actor belongs to the nearer one), and
// the actor inside a quotation the event is outside of.

import type { Mention } from '../doc.ts';
import { mix } from '../tagger/hash.ts';
import { words } from '../words.ts';
import type { DocContext } from './context.ts';

/** A span of tokens: a name's or an event word's. */
type Span = Pick<Mention, 'start' | 'end'>;

const SAY = words('say_verbs');
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'we', 'i']);

/** The quote marks before each token, counted once per document (odd: inside a quotation). */
const quoteCounts = new WeakMap<DocContext, Int32Array>();
function quotesBefore(ctx: DocContext, k: number): number {
  let q = quoteCounts.get(ctx);
  if (!q) {
    q = new Int32Array(ctx.tokens.length + 1);
    for (let i = 0; i < ctx.tokens.length; i++) q[i + 1] = q[i]! + (ctx.tokens[i]!.norm === '"' ? 1 : 0);
    quoteCounts.set(ctx, q);
  }
  return q[k]!;
}
const bucket = (n: number) => (n <= 1 ? 0 : n <= 3 ? 1 : n <= 6 ? 2 : n <= 10 ? 3 : 4);

/**
 * Appends the features of an actor mention `a` and an event mention `e` of the same sentence
 * (`base`: the pair's template mix, its coarse types).
 */
export function eventClauseFeatures(ctx: DocContext, a: Span, e: Span, base: number, out: number[]): void {
  const forward = a.start < e.start;
  const [lo, hi] = forward ? [a.end, e.start] : [e.end, a.start];
  // The first verb of saying between, and another event between.
  let say = -1;
  let otherEvent = false;
  const event = ctx.meetingAt[e.start];
  // Bounded: every actor of a long sentence is paired with each of its events.
  for (let k = lo; k < Math.min(hi, lo + 40); k++) {
    if (say < 0 && SAY.has(ctx.lower(k)) && ctx.lower(k) !== 'according') say = k;
    const m = ctx.meetingAt[k];
    if (m && m !== event) otherEvent = true;
  }
  if (say >= 0) {
    // Actor first: does a pronoun open the said clause ("X said he met")? How far on is the event?
    const next = ctx.lower(say + 1) === 'that' ? ctx.lower(say + 2) : ctx.lower(say + 1);
    const pronoun = forward && SUBJECT_PRONOUNS.has(next) ? 1 : 0;
    out.push(mix(96, mix(base, mix(forward ? 1 : 2, mix(pronoun, bucket(forward ? e.start - say : a.start - say))))));
  }
  // The actor speaks for itself: "X said", "X, said", or "said X" right after it.
  const after = ctx.lower(a.end) === ',' ? a.end + 1 : a.end;
  if (SAY.has(ctx.lower(after)) || (SAY.has(ctx.lower(a.start - 1)) && ctx.lower(a.start - 1) !== 'according')) out.push(mix(97, mix(base, forward ? 1 : 2)));
  if (otherEvent) out.push(mix(98, base));
  // Inside a quotation while the event is not, or the reverse.
  const inA = quotesBefore(ctx, a.start) % 2;
  const inE = quotesBefore(ctx, e.start) % 2;
  if (inA !== inE) out.push(mix(99, mix(base, inA)));
}
