// A name the tagger typed as a body or a place that the words right before it show to be a person's:
// a form of address written as one ("Mr. Jackson", "Dr. Lee"), a calling ("cleric X"), or an
// outlet's possessive before a name of two or three words ("VOA's Ann Ward reports"): an outlet's
// reporter. The 1996-trained tagger misses many names of modern copy; these cues hold whatever the name.

import type { TaggedSpan } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { Found, isCap, TOKEN_TITLE } from './mention-found.ts';
import { wordsOf } from './words.ts';

const HONORIFICS = wordsOf('honorifics');
/** Nouns of a calling right before a name ("actress X", "cleric X"): what follows is a person's name. */
const CALLINGS = wordsOf('non_post_nouns');
/** A body's, an outlet's or a group's last word: "VOA's Creole Service" is a part of the outlet. */
const BODY_WORDS = wordsOf('body_heads', 'media_name_heads', 'group_name_heads', 'generic_body_words');

/**
 * A form of address only when written as one: abbreviated ("Mr.", "Gen.") or "Mr"/"Mrs"/"Ms" bare;
 * "General Motors", "Father Christmas", "Justice Department" open names that are no person's.
 */
function addressAt(f: Found, k: number): boolean {
  const t = f.tokens[k]!;
  return HONORIFICS.has(t.lower) && isCap(t) && (t.text.endsWith('.') || /^(Mr|Mrs|Ms|Dr)$/.test(t.text));
}

/** Whether a tagged body or place span is a person's name by the words right before it. */
export function addressedPerson(f: Found, sp: TaggedSpan, sentStart: number): boolean {
  if (sp.type === 'PER' || sp.start <= sentStart) return false;
  const n = sp.end - sp.start;
  for (let k = sp.start; k < sp.end; k++) if (!isCap(f.tokens[k]!)) return false;
  if (n <= 3 && addressAt(f, sp.start - 1)) return true;
  // "the radical cleric Ali Hassan Mansur", "actress Dana Rowe": a calling in lower case before a name
  // of two or three words not in the lexicon (one word may be a place: "veteran Arizona lawmaker").
  const before = f.tokens[sp.start - 1]!;
  // Not in the plural nor in a sports story, where "champions" and "veteran" come before a team's name ("champions Ajax Amsterdam").
  if (n >= 2 && n <= 3 && before.text === before.lower && !f.sportsReport && CALLINGS.has(before.lower) && !CALLINGS.has(before.lower.slice(0, -1)) && !inLexicon(f, sp)) return true;
  // "VOA's Ann Ward": the outlet's mention ends right before the possessive. Not a MISC name ("CNN's
  // Larry King Live" is the outlet's show), a name of the lexicon, or one before a title, which it
  // qualifies ("VOA's West Africa correspondent").
  if (sp.type === 'MISC' || n < 2 || n > 3 || f.lower[sp.start - 1] !== "'s" || BODY_WORDS.has(f.lower[sp.end - 1]!) || f.taken[sp.end] === TOKEN_TITLE) return false;
  return outletEndsAt(f, sp.start - 1, sentStart) && !inLexicon(f, sp);
}

/** Whether the lexicon knows a name that starts the span (a place, a body, an outlet). */
function inLexicon(f: Found, sp: TaggedSpan): boolean {
  return gazetteer().match(f.lower, f.raw, sp.start, true, sp.end) !== null;
}

/** An outlet's name ends right before token k: a mention found so far, or a lexicon outlet not yet read. */
function outletEndsAt(f: Found, k: number, sentStart: number): boolean {
  for (let i = f.mentions.length - 1; i >= 0 && f.mentions[i]!.end > sentStart; i--) if (f.mentions[i]!.end === k) return f.mentions[i]!.type === 'media';
  const g = gazetteer();
  for (let j = k - 1; j >= Math.max(sentStart, k - 4); j--) {
    const m = g.match(f.lower, f.raw, j, true, k);
    if (m && j + m.length === k) return m.entry.type === 'media';
  }
  return false;
}
