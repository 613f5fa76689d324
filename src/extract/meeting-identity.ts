// The words that single an event out within a document ("visit|to ukraine"): two mentions with the
// same identity name one event, however far apart and whatever was told between them.

import type { MeetingMention } from './doc.ts';
import { visitAsVerb } from './meeting-words.ts';
import { capitalized, type TextAnalysis } from './text.ts';

const ARTICLE = /^(a|an|the)$/;

/**
 * The words that single an event out, beside its head word: a capitalized modifier before it ("Irish
 * tour"), else "to", "between", "with" or "of" and the word after it, past an article ("visit to
 * Ukraine", "meeting between the governor"); undefined when it has neither.
 */
export function identityOf(a: TextAnalysis, m: MeetingMention): string | undefined {
  const { tokens } = a;
  const head = tokens[m.end - 1]!;
  const { tokenStart, tokenEnd } = a.sentences[head.sent]!;
  for (let k = m.start - 1; k > tokenStart && k >= m.start - 3; k--) {
    const t = tokens[k]!;
    if (ARTICLE.test(t.lower) || /^\p{P}$/u.test(t.text)) break;
    if (capitalized(t)) return `${head.lower}|${t.lower}`;
  }
  const prep = tokens[m.end];
  if (!prep || !/^(to|between|with|of)$/.test(prep.lower)) return undefined;
  const k = ARTICLE.test(tokens[m.end + 1]?.lower ?? '') ? m.end + 2 : m.end + 1;
  return k < tokenEnd ? `${head.lower}|${prep.lower} ${tokens[k]!.lower}` : undefined;
}

/**
 * "Levy to visit Egypt", "will visit the United States": the verb "visit" with the place it goes to
 * (`placeAt`: first tokens of place and state mentions, to their country or name) tells a visit named
 * as "a visit to Egypt" would be, so that a later "visit to Egypt" is the same one. Undefined for any
 * other mention, and for "to visit them" (no destination).
 */
export function verbVisitDestination(
  a: TextAnalysis,
  m: MeetingMention,
  placeAt: ReadonlyMap<number, string>,
): { said: string; place: string } | undefined {
  const { tokens } = a;
  if (m.end !== m.start + 1 || !visitAsVerb(tokens, m.start)) return undefined;
  const k = tokens[m.end]?.lower === 'the' ? m.end + 1 : m.end;
  const place = placeAt.get(k);
  if (tokens[k]?.sent !== tokens[m.start]!.sent || place === undefined) return undefined;
  return { said: `visit|to ${tokens[k]!.lower}`, place };
}
