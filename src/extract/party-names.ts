// Parties named by their members or by one word ("the Democrats", "Republicans controlled the
// House", "the former Labour government"): the tagger calls these MISC or leaves them out, and the
// lexicon has no entry for them, yet each names one party, an organization.

import type { Mention, Token } from './doc.ts';
import { words } from './words.ts';

const PARTY_NAMES = words('party_names');

/**
 * Party names standing alone: capitalized (not a headline's capitals), no name of the tagger's on
 * the token, and no capitalized word of a longer name beside it ("Social Democrats", "Labour
 * Party" are the tagger's to type); a post after it is no name ("Labour Prime Minister Peres").
 * `named(k)`: token k is in a name already; `titled(k)`: token k is in a title.
 */
export function partyMentions(tokens: readonly Token[], named: (k: number) => boolean, titled: (k: number) => boolean): Mention[] {
  const out: Mention[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (!PARTY_NAMES.has(t.lower) || named(k) || titled(k) || !/^\p{Lu}\p{Ll}/u.test(t.text)) continue;
    const prev = tokens[k - 1];
    const next = tokens[k + 1];
    // "Australian Democrats", "Social Democrats": the word ends a longer name, unless it opens the sentence.
    if (prev && prev.sent === t.sent && /^\p{Lu}/u.test(prev.text) && !isOpener(tokens, k - 1)) continue;
    if (next && next.sent === t.sent && /^\p{Lu}/u.test(next.text) && !titled(k + 1)) continue;
    out.push({ start: k, end: k + 1, type: 'organization', via: 'tagged' });
  }
  return out;
}

/** The first word of a sentence, capitalized whatever it is ("The Democrats"). */
function isOpener(tokens: readonly Token[], k: number): boolean {
  return k === 0 || tokens[k - 1]!.sent !== tokens[k]!.sent || /^["'(`]/.test(tokens[k - 1]!.text);
}

/**
 * The party a member word names among the bodies of one text: "Democrats" is the "Democratic
 * Party", "Socialists" the "Socialist Party", "Labour" the "Labour Party"; undefined unless
 * exactly one name is the word's stem and "party" ("Social Democratic Party" is another party).
 */
export function partyNamed<T extends { name: string }>(word: string, bodies: readonly T[]): T | undefined {
  const lower = word.toLowerCase();
  if (!PARTY_NAMES.has(lower)) return undefined;
  const stem = lower.endsWith('s') ? lower.slice(0, -1) : lower;
  const stems = new Set([lower, stem, `${stem}ic`]);
  const fits = bodies.filter((b) => {
    const w = b.name.toLowerCase().replace(/^the /, '').split(' ');
    return w.length === 2 && w[1] === 'party' && stems.has(w[0]!);
  });
  return fits.length === 1 ? fits[0] : undefined;
}
