// Senses of names before resolution, within one document: one sense per document ("Zelenskiy" a
// person everywhere once the text calls him one), one type per name by majority evidence, and
// bodies' names compared without their legal form ("Sun Microsystems Inc." is "Sun Microsystems").

import type { Mention, Sentence, Token } from './doc.ts';
import { isLegalForm, isSportsReport, opensDateline } from './mention-types.ts';
import { isHeadline } from './text.ts';
import { words } from './words.ts';

/** One document's text view as resolution needs it. */
export interface Text {
  text: string;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
}

/** Person names compared without possessives and typographic variants. */
export function nameTokens(t: Text, m: Mention): string[] {
  return t.tokens.slice(m.start, m.end).map((x) => x.norm);
}

/**
 * One sense per document, both ways: "Volodymyr Zelenskiy" tagged as an organization is the person
 * when the text calls "Zelenskiy" a person elsewhere; a one-word "person" the text also names as an
 * organization or a place, and as no person's name part, is that ("Google said it would appeal",
 * "Doboj was shelled" after "near Doboj"). A body's word wins over a place's ("Zadar" the club).
 */
export function oneSensePerDocument(t: Text, mentions: readonly Mention[]): Mention[] {
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.end - m.start === 1).map((m) => t.tokens[m.start]!.norm));
  // "President Okonjo" … "Okonjo won the vote" tagged as a body or a place: a title is stronger
  // evidence than the tagger's guess. A place only by a capitalized title: "chief" of "the chief
  // Darfur rebels" is no title of "Sudan's Darfur region".
  const titledSurnames = new Map<string, boolean>();
  for (const m of mentions) {
    if (m.type !== 'person' || !m.title || m.end - m.start !== 1) continue;
    const word = t.tokens[m.start]!.norm;
    titledSurnames.set(word, titledSurnames.get(word) === true || /^\p{Lu}/u.test(t.tokens[m.title.start]!.text));
  }
  const titledAs = (m: Mention) => m.end - m.start === 1 && (m.type === 'place' ? titledSurnames.get(t.tokens[m.start]!.norm) === true : (m.type === 'organization' || m.type === 'media') && titledSurnames.has(t.tokens[m.start]!.norm));
  const bodyNames = bodyNamesOf(t, mentions);
  const asPersons = mentions.map((m) => {
    const written = () => t.tokens.slice(m.start, m.end).map((x) => x.lower).join(' ');
    // "Volodymyr Zelenskiy" tagged as a body where "Zelenskiy" is a person; not a name before a
    // legal form ("The Walt Disney Co." … "Disney"), a company's whoever the surname is.
    if (!m.entry && !m.governs && m.via === 'tagged' && m.type !== 'person' && m.end - m.start >= 2 && surnames.has(t.tokens[m.end - 1]!.norm) && /^\p{Lu}/u.test(t.tokens[m.start]!.text) && !isLegalForm(t.tokens[m.end])) return { ...m, type: 'person' as const };
    if (!m.entry && !m.governs && m.via === 'tagged' && titledAs(m) && !isLegalForm(t.tokens[m.end])) return { ...m, type: 'person' as const };
    // "Sun Microsystems" tagged as a person in a text that names "Sun Microsystems Inc.": the company.
    const body = m.type === 'person' && m.via === 'tagged' && !m.title && m.end - m.start >= 2 ? bodyNames.get(written()) : undefined;
    if (body) return { ...m, type: body };
    return m;
  });
  // One-word names the text gives a body, an outlet or a place ("in Doboj", "Zadar police").
  const otherWords = new Map<string, Mention>();
  for (const m of asPersons) {
    if (m.governs || m.anchor || !(m.type === 'organization' || m.type === 'media' || m.type === 'place' || (m.type === 'state' && m.via === 'name'))) continue;
    const body = m.type === 'organization' || m.type === 'media';
    if (m.end - m.start === 1) {
      const word = t.tokens[m.start]!.norm;
      if (!otherWords.has(word) || body) otherWords.set(word, m);
    } else if (body && m.via === 'tagged') {
      // "Magna International Inc" … "Magna said"; "The Walt Disney Co." … "Disney": a body by its first or last name word.
      for (const k of [m.start, withoutLegalFormEnd(t.tokens, m) - 1]) otherWords.set(t.tokens[k]!.norm, { ...m, start: k, end: k + 1 });
    }
  }
  const nameParts = new Set(asPersons.filter((m) => m.type === 'person' && m.end - m.start > 1).flatMap((m) => nameTokens(t, m)));
  const typed = asPersons.map((m) => {
    const word = t.tokens[m.start]!.norm;
    const other = m.type === 'person' && m.end - m.start === 1 && m.via === 'tagged' && !nameParts.has(word) ? otherWords.get(word) : undefined;
    if (!other) return m;
    return other.entry ? { ...m, type: other.type, via: other.via, entry: other.entry } : { ...m, type: other.type };
  });
  return oneTypePerName(t, typed);
}

/**
 * One type per name in a document, by the evidence: an outlet once ("HINA said"… "the state news
 * agency Hina reported") is an outlet everywhere, a dateline's place a place everywhere; otherwise
 * the type most of its mentions have, the headline's counting half.
 */
function oneTypePerName(t: Text, mentions: Mention[]): Mention[] {
  const votes = new Map<string, Map<Mention['type'], number>>();
  const key = (m: Mention) => t.tokens.slice(m.start, m.end).map((x) => x.lower).join(' ');
  const open = (m: Mention) => !m.entry && !m.governs && m.via === 'tagged' && (m.type === 'organization' || m.type === 'media' || m.type === 'place');
  const datelines = new Set<string>();
  const sports = isSportsReport(t.tokens);
  const headline = isHeadline(t, 0);
  for (const m of mentions) {
    if (!open(m)) continue;
    const k = key(m);
    const v = votes.get(k) ?? new Map<Mention['type'], number>();
    // A headline's few words mislead the tagger ("RSF seizes El Fasher"): the body's mention outweighs it.
    v.set(m.type, (v.get(m.type) ?? 0) + (headline && t.tokens[m.start]!.sent === 0 ? 0.5 : 1));
    votes.set(k, v);
    if (m.type === 'place' && !sports && opensDateline(t.tokens, m.start, m.end)) datelines.add(k);
  }
  const choice = new Map<string, Mention['type']>();
  for (const [k, v] of votes) {
    if (v.size < 2) continue;
    // The story's dateline names a place ("NAGYATAD, Hungary" … "the Nagyatad camp").
    const best = v.has('media') ? 'media' : datelines.has(k) ? 'place' : [...v].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    choice.set(k, best);
  }
  if (choice.size === 0) return mentions;
  return mentions.map((m) => {
    const c = open(m) ? choice.get(key(m)) : undefined;
    return c && c !== m.type ? { ...m, type: c } : m;
  });
}

const LEGAL_FORMS = words('legal_forms');

/** Names of several words the text gives bodies and outlets, lower-cased and without a legal form, with their type (an outlet's wins). */
function bodyNamesOf(t: Text, mentions: readonly Mention[]): Map<string, 'organization' | 'media'> {
  const out = new Map<string, 'organization' | 'media'>();
  for (const m of mentions) {
    if ((m.type !== 'organization' && m.type !== 'media') || m.governs) continue;
    const end = withoutLegalFormEnd(t.tokens, m);
    const name = t.tokens.slice(m.start, end).map((x) => x.lower).join(' ');
    if (end - m.start >= 2 && out.get(name) !== 'media') out.set(name, m.type);
  }
  return out;
}

/** Where a body's name ends before its legal form ("Brush Wellman Inc" → after "Wellman"). */
function withoutLegalFormEnd(tokens: readonly Token[], m: Mention): number {
  let end = m.end;
  while (end - m.start > 1 && (LEGAL_FORMS.has(tokens[end - 1]!.lower.replace(/\.$/, '')) || tokens[end - 1]!.norm === '.')) end--;
  return end;
}

/** A body's name without its legal form, lower-cased: "Sun Microsystems Inc." → "sun microsystems". */
export function withoutLegalForm(name: string): string {
  const ws = name.toLowerCase().split(' ');
  while (ws.length > 1 && LEGAL_FORMS.has(ws[ws.length - 1]!.replace(/[.,]$/, ''))) ws.pop();
  return ws.join(' ');
}
