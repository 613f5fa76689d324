// Names of treaties, laws and declarations ("the Kyoto Protocol", "the Patriot Act"): the tagger
// types them as bodies, persons or places, but they are none of the entity types, so their
// mentions are dropped, and so are the mentions of their initials ("CAFTA"). So are the names of
// holidays, awards and contests ("Earth Day", "the Fed Cup") the tagger types as bodies or places.

import type { Mention, Token } from './doc.ts';
import { wordsOf } from './words.ts';

const DOCUMENT_HEADS = wordsOf('document_name_heads');
const OCCASION_HEADS = wordsOf('occasion_name_heads');

/**
 * A name of two words or more, ending in a capitalized document word (or, for a body or a place,
 * an occasion's word: a person may be named "Day"), not in the lexicon, and not followed by a
 * capitalized word: the tagger may have cut a company's name there ("Penn Treaty American Corp").
 */
function namesDocument(tokens: readonly Token[], m: Mention): boolean {
  const last = tokens[m.end - 1]!;
  const next = tokens[m.end];
  if (m.end - m.start < 2 || m.entry || !(m.type === 'organization' || m.type === 'person' || m.type === 'place')) return false;
  const head = DOCUMENT_HEADS.has(last.lower) || (m.type !== 'person' && OCCASION_HEADS.has(last.lower));
  return /^\p{Lu}/u.test(last.text) && head && !(next && next.sent === last.sent && /^\p{Lu}/u.test(next.text));
}

/** The initials of a name's capitalized words ("Africa Growth and Opportunity Act": AGOA). */
function initials(tokens: readonly Token[], m: Mention): string {
  let out = '';
  for (let k = m.start; k < m.end; k++) if (/^\p{Lu}/u.test(tokens[k]!.text)) out += tokens[k]!.text[0];
  return out;
}

const spanWords = (tokens: readonly Token[], m: Mention) => tokens.slice(m.start, m.end).map((t) => t.lower).join(' ');

/**
 * The mentions without those that name a treaty, a law or a declaration, or stand for one by its
 * initials. A name the text also gives as the start of a longer one is that one's short form ("Penn
 * Treaty" after "Penn Treaty American Corp"), not a document.
 */
export function dropDocumentNames(tokens: readonly Token[], mentions: Mention[]): Mention[] {
  let documents = mentions.filter((m) => namesDocument(tokens, m));
  if (documents.length === 0) return mentions;
  const longer = mentions.filter((m) => !documents.includes(m)).map((m) => `${spanWords(tokens, m)} `);
  documents = documents.filter((d) => {
    const words = `${spanWords(tokens, d)} `;
    return !longer.some((w) => w.length > words.length && w.startsWith(words));
  });
  if (documents.length === 0) return mentions;
  const codes = new Set(documents.map((m) => initials(tokens, m)));
  return mentions.filter((m) => !documents.includes(m) && !(m.end - m.start === 1 && m.type !== 'state' && codes.has(tokens[m.start]!.text)));
}
