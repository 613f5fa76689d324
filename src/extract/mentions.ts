// Mention stage: tagger spans → typed mentions. The tagger's names (PER/LOC/ORG/MISC) get their fine
// type from the lexicon (state or place, media or organization, a demonym as its state); lexicon
// entries, titled names and surnames the tagger left out are added; titles are kept out of names.

import type { Component, Mention, Sentence, TaggedSpan, TitleSpan, Token } from './doc.ts';
import { gazetteer } from './lexicon/index.ts';
import { dropDocumentNames } from './document-names.ts';
import { denotesState, isSportsReport, namesLanguage, opensDateline, retypeRegions, venuesByLowerHead } from './mention-types.ts';
import { Found, isCap, TOKEN_NAME, TOKEN_TITLE } from './mention-found.ts';
import { partyMentions } from './party-names.ts';
import { regionsByLowerHead } from './region-names.ts';
import { surnamesAsPersons } from './surname-types.ts';
import { capsSurnamesAsPersons } from './caps-surnames.ts';
import { datesOutOfNames, hyphenEnds, joinBroadcasters, joinConjoinedBodies, joinHyphenated, namesPerson, ordinalsIntoFeatures, titlesOutOfBodies } from './span-repairs.ts';
import { commonWordOpeners } from './opening-words.ts';
import { stateAbbreviationAt } from './state-abbreviations.ts';
import { fromTagger } from './tagger-mentions.ts';
import { codedGroups, fromLexicon, governmentsByLeader, lowerCaseMinistries, pressReviewHeadings, surnamesLeftOut, titledNames } from './untagged-mentions.ts';
import { words, wordsOf } from './words.ts';

/** Capitalized words that open sentences or headlines without naming anything. */
const NOT_NAMES = wordsOf('sentence_openers', 'months', 'weekdays');
const PARTICLES = words('name_particles');
const HONORIFICS = words('honorifics');
const PORTFOLIO = wordsOf('portfolio_words', 'generic_body_words');
/** Month and weekday names: never a name on their own. "May" is also a verb and a name. */
const CALENDAR = new Set([...wordsOf('months', 'weekdays')].filter((w) => w !== 'may'));

/**
 * Two person spans joined by name particles are one name; so is a lone given name the tagger typed
 * otherwise before the particles and a person's surname ("Ursula" LOC + "von der" + "Leyen" PER).
 */
function joinParticles(spans: TaggedSpan[], tokens: readonly Token[]): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const prev = out[out.length - 1];
    if (prev && (prev.type === 'PER' || prev.end - prev.start === 1) && sp.type === 'PER' && sp.start > prev.end) {
      let k = prev.end;
      while (k < sp.start && PARTICLES.has(tokens[k]!.text)) k++;
      if (k === sp.start) {
        prev.end = sp.end;
        prev.type = 'PER';
        continue;
      }
    }
    out.push({ ...sp });
  }
  return out;
}

/**
 * A person span that holds a title is cut after it ("Illinois Gov. James Thompson": a place, then
 * a person). Cutting place spans at commas ("Aiken, S.C.") was tried and lowered CoNLL04 dev.
 */
function splitSpans(spans: TaggedSpan[], tokens: readonly Token[], taken: Uint8Array): TaggedSpan[] {
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    let start = sp.start;
    for (let k = sp.start; k < sp.end; k++) {
      // Only an unmistakable title cuts ("Gov.", "minister"): "King" in "Martin Luther King" does not.
      const unmistakable = tokens[k]!.text.endsWith('.') || /^\p{Ll}/u.test(tokens[k]!.text);
      if (sp.type === 'PER' && taken[k] === TOKEN_TITLE && unmistakable && k > start && taken[k - 1] !== TOKEN_TITLE) {
        // A holder before the title: typed as a place; the lexicon may make it a state or a body.
        out.push({ start, end: k, type: 'LOC' });
        start = k;
      }
    }
    if (start < sp.end) out.push({ start, end: sp.end, type: sp.type });
  }
  return out;
}

/**
 * A wire story's byline ("Gopal Sharma" between the headline and the dateline) and sign-off
 * ("-- Gordana Kukic, Belgrade Newsroom +381 11 222 4254") name its reporter and bureau, not what
 * the story is about: their names are no mentions unless the body names them too.
 */
export function bylineSentences(tokens: readonly Token[], sentences: readonly Sentence[]): Set<number> {
  const out = new Set<number>();
  // Every sentence is asked: the words are sliced, and the next sentence read, only where the cheap tests pass.
  sentences.forEach((s, i) => {
    const length = s.tokenEnd - s.tokenStart;
    const first = length > 0 ? tokens[s.tokenStart]!.norm : undefined;
    const words = () => tokens.slice(s.tokenStart, s.tokenEnd);
    const signOff = first === '-' && words().some((t) => /^(newsroom|newsdesk|desk|bureau)$/.test(t.lower) || /^\+?\d[\d-]{5,}$/.test(t.text));
    const nextIsDateline = () => /\d{4}-\d\d-\d\d/.test(tokens.slice(sentences[i + 1]?.tokenStart ?? 0, sentences[i + 1]?.tokenEnd ?? 0).map((t) => t.text).join(' '));
    const byline = i >= 1 && i <= 2 && length >= 2 && length <= 4 && nextIsDateline() && words().every((t) => /^\p{Lu}/u.test(t.text) || t.norm === '.');
    if (signOff || byline) out.add(i);
  });
  return out;
}

function dropBylines(f: Found, tokens: readonly Token[], sentences: readonly Sentence[]): void {
  const bylines = bylineSentences(tokens, sentences);
  if (bylines.size === 0) return;
  const surface = (m: Mention) => f.lower.slice(m.start, m.end).join(' ');
  // The dateline names the bureau's city too ("BOGOTA 1996-08-26" … "-- J. Londono, Bogota newsroom"): it is no body text.
  const inBody = new Set(f.mentions.filter((m) => !bylines.has(tokens[m.start]!.sent) && !(m.start === sentences[tokens[m.start]!.sent]!.tokenStart && opensDateline(tokens, m.start, m.end))).map(surface));
  for (let i = f.mentions.length - 1; i >= 0; i--) {
    const m = f.mentions[i]!;
    if (bylines.has(tokens[m.start]!.sent) && !inBody.has(surface(m))) f.mentions.splice(i, 1);
  }
}

/**
 * Headlines are written in few words, and taggers join their names ("Yeltsin endorses Lebed
 * Chechnya peace plan"): a name of several words in the headline stands only when the body writes
 * it too; otherwise its words are left to the lexicon and to the names the body gives.
 */
function headlineCheck(text: string, tokens: readonly Token[], sentences: readonly Sentence[]): (sp: TaggedSpan) => boolean {
  const first = sentences[0];
  const second = sentences[1];
  // A headline: a short first line, standing alone.
  if (!first || !second || first.tokenEnd - first.tokenStart > 15 || !text.slice(first.end, second.start).includes('\n')) return () => true;
  const bodyText = tokens.slice(first.tokenEnd).map((t) => t.lower).join(' ');
  return (sp) => {
    if (sp.start >= first.tokenEnd || sp.end - sp.start < 2) return true;
    const surface = tokens.slice(sp.start, sp.end).map((t) => t.lower).join(' ');
    return bodyText.includes(surface);
  };
}

/** A headline in capitals: short all-capital codes ("US", "AP") are not trusted there. */
function isUpperSentence(tokens: readonly Token[], s: Sentence): boolean {
  let n = 0;
  for (let k = s.tokenStart; k < s.tokenEnd; k++) {
    const t = tokens[k]!;
    if (!/\p{L}{2,}/u.test(t.text)) continue;
    if (t.text !== t.text.toUpperCase()) return false;
    n++;
  }
  return n >= 3;
}

/** Titles that a portfolio's name may open ("Justice Minister") or close ("Minister of Justice"). */
const PORTFOLIO_TITLES = words('portfolio_titles');

/**
 * "Justice Minister X", "Labour and Social Welfare Minister Y", "Minister of Defence and Aviation
 * Z": a name made only of portfolio words right before a minister's or secretary's title, or after
 * "Minister of" ("Secretary of the Treasury"), is part of the title, not a body. A party before the
 * title ("Likud minister") is no portfolio and stays. After "Secretary of", American copy writes the
 * holder's name right after the portfolio, and the tagger takes both for one body ("Secretary of
 * Defense Donald Rumsfeld"): the portfolio words are the title's, the capitalized words after them
 * a person, when they end in a surname (no common word, no acronym) and hold no body word.
 */
function portfolios(f: Found, spans: TaggedSpan[], titles: readonly TitleSpan[]): TaggedSpan[] {
  const posts = titles.filter((t) => PORTFOLIO_TITLES.has(t.position));
  if (posts.length === 0) return spans;
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const before = posts.some((t) => t.start === sp.end);
    const after = posts.some((t) => f.lower[t.end] === 'of' && (t.end + 1 === sp.start || (t.end + 2 === sp.start && f.lower[t.end + 1] === 'the')));
    let k = sp.start;
    while (k < sp.end && (PORTFOLIO.has(f.lower[k]!) || f.lower[k] === ',')) k++;
    if (sp.type === 'PER' || !(before || after) || k === sp.start) {
      out.push(sp);
      continue;
    }
    if (k === sp.end) {
      f.mark(sp.start, sp.end, TOKEN_TITLE);
      continue;
    }
    if (!after || !namesPerson(f.tokens, k, sp.end)) {
      out.push(sp);
      continue;
    }
    f.mark(sp.start, k, TOKEN_TITLE);
    out.push({ start: k, end: sp.end, type: 'PER' });
  }
  return out;
}

/**
 * "Minister Florence Chitauro", "Prosecutor-General Adolfo Salamanca": the capitalized words right
 * after a title are one person's name, though the tagger split them into a place and a name
 * because a first name or a surname is also a town. Only where the tagger's names fill the run
 * exactly and none of its words is a state or a body of the lexicon ("Minister Netanyahu Israel"
 * stays two names); not in headlines in capitals.
 */
function titledRuns(f: Found, s: Sentence, spans: TaggedSpan[], titles: readonly TitleSpan[], allowCodes: boolean): TaggedSpan[] {
  if (!allowCodes || titles.length === 0) return spans;
  const g = gazetteer();
  const { tokens, lower, raw, taken } = f;
  let out = spans;
  for (const t of titles) {
    let first = t.end;
    while (first < s.tokenEnd && !taken[first] && HONORIFICS.has(lower[first]!)) first++;
    let end = first;
    while (end < s.tokenEnd && end - first < 4 && !taken[end] && isCap(tokens[end]!) && !NOT_NAMES.has(lower[end]!)) end++;
    if (end - first < 2) continue;
    const inside = out.filter((sp) => sp.start < end && sp.end > first);
    let covered = 0;
    for (const sp of inside) covered += sp.end - sp.start;
    if (inside.some((sp) => sp.start < first || sp.end > end) || covered !== end - first || inside.every((sp) => sp.type === 'PER')) continue;
    let lexical = false;
    for (let k = first; k < end; k++) {
      const m = g.match(lower, raw, k, allowCodes, end);
      if (m && m.entry.type !== 'place') lexical = true;
    }
    if (lexical) continue;
    out = [...out.filter((sp) => !inside.includes(sp)), { start: first, end, type: 'PER' as const }].sort((a, b) => a.start - b.start);
  }
  return out;
}

/**
 * "Lees Summit, Mo.", "MONTPELIER, Vt.": a U.S. state abbreviated after a city is a mention of the
 * state (not after a person's name); the tagger's spans give way to it (a span over "City, Mo."
 * keeps the city).
 */
function abbreviatedStates(f: Found, s: Sentence, spans: TaggedSpan[]): TaggedSpan[] {
  const found: { start: number; end: number }[] = [];
  for (let i = s.tokenStart + 2; i < s.tokenEnd; i++) {
    const st = stateAbbreviationAt(f.tokens, i, s.tokenStart, s.tokenEnd);
    // After a person's name the word is no state: "Smith, Ind." (a party).
    if (!st || spans.some((sp) => sp.type === 'PER' && sp.start <= i - 2 && sp.end > i - 2)) continue;
    f.push({ start: i, end: st.end, type: 'place', via: 'name', entry: st.entry });
    found.push({ start: i, end: st.end });
    i = st.end - 1;
  }
  if (found.length === 0) return spans;
  const out: TaggedSpan[] = [];
  for (const sp of spans) {
    const hit = found.find((a) => sp.start < a.end && sp.end > a.start);
    if (!hit) out.push(sp);
    else if (sp.start < hit.start - 1) out.push({ ...sp, end: hit.start - 1 }); // the city before ", Mo."
  }
  return out;
}

/** Mentions of one text: tagger spans typed by the lexicon, lexicon matches the tagger left out, and titled names. */
export function findMentions(text: string, tokens: readonly Token[], sentences: readonly Sentence[], titles: readonly TitleSpan[], tagged: readonly TaggedSpan[]): Mention[] {
  const f = new Found(tokens, titles, tagged);
  f.sportsReport = isSportsReport(tokens);
  const confirmed = headlineCheck(text, tokens, sentences);
  const commonOpener = commonWordOpeners(tokens, sentences);
  let next = 0;
  // Titles by sentence, in their order: a sentence looks only at its own.
  const titlesIn = new Map<number, TitleSpan[]>();
  for (const t of titles) {
    const sent = tokens[t.start]!.sent;
    const list = titlesIn.get(sent);
    if (list) list.push(t);
    else titlesIn.set(sent, [t]);
  }
  for (const [n, s] of sentences.entries()) {
    const allowCodes = !isUpperSentence(tokens, s);
    const own: TaggedSpan[] = [];
    while (next < tagged.length && tagged[next]!.start < s.tokenEnd) {
      const sp = tagged[next++]!;
      if (confirmed(sp) && !commonOpener(sp)) own.push(sp);
    }
    // Month and weekday names alone ("Oct 12") are dates, whatever the tagger says; after a name, outside
    // sports results ("Sheffield Wednesday"), they are too.
    const sentTitles = titlesIn.get(n) ?? [];
    const joined = capsSurnamesAsPersons(ordinalsIntoFeatures(joinConjoinedBodies(joinHyphenated(joinBroadcasters(f.sportsReport ? own : datesOutOfNames(own, tokens), tokens), tokens), tokens), tokens), tokens);
    const repaired = titlesOutOfBodies(joined, tokens, (k) => f.taken[k] === TOKEN_TITLE);
    const split = splitSpans(joinParticles(repaired, tokens), tokens, f.taken).filter((sp) => !(sp.end - sp.start === 1 && CALENDAR.has(f.lower[sp.start]!)));
    const spans = titledRuns(f, s, portfolios(f, split, sentTitles), sentTitles, allowCodes);
    fromTagger(f, s, abbreviatedStates(f, s, spans), allowCodes);
    fromLexicon(f, s, allowCodes);
    titledNames(f, s, sentTitles);
  }
  for (const m of partyMentions(tokens, (k) => f.taken[k] === TOKEN_NAME, (k) => f.taken[k] === TOKEN_TITLE)) f.push(m);
  surnamesLeftOut(f);
  lowerCaseMinistries(f);
  codedGroups(f);
  pressReviewHeadings(f, sentences);
  dropBylines(f, tokens, sentences);
  const governments = governmentsByLeader(f);
  const kept = f.mentions.filter((m) => !governments.replace.has(m) && !(m.via === 'demonym' && namesLanguage(tokens, m))).map((m) => (m.via === 'demonym' && !denotesState(tokens, m) ? { ...m, anchor: true } : m));
  const typed = surnamesAsPersons(tokens, regionsByLowerHead(tokens, venuesByLowerHead(tokens, retypeRegions(tokens, hyphenEnds(kept, tokens)))));
  return [...dropDocumentNames(tokens, typed), ...governments.add].sort((x, y) => x.start - y.start || x.end - y.end);
}

export const mentionsComponent: Component = {
  name: 'mentions',
  requires: ['text', 'tokens', 'sentences', 'titles', 'tagged'],
  assigns: ['mentions'],
  defaults: {},
  essential: true,
  run: (doc) => ({ mentions: findMentions(doc.text, doc.tokens, doc.sentences, doc.titles, doc.tagged) }),
};
