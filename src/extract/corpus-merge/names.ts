// The cross-document rules on names: the same normalized name or alias, a surname and the one full
// name it fits, an acronym and the one long form with its initials, two spellings of one
// transliterated name. Each rule indexes the names it needs (by key, never all pairs), proposes
// joins within one entity type and says why it keeps a candidate apart.

import type { Entity, EntityType } from '../../types.ts';
import { byString } from '../join.ts';
import { acronymOf, foldName, initialsOf, NameIndex, personWords, phoneticWord, spellingVariants } from '../names.ts';
import type { Corpus } from './corpus.ts';
import type { Proposal, Refusal, RuleResult } from './decisions.ts';

function push<V>(map: Map<string, V[]>, key: string, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

/** A person named by one word once honorifics are set aside ("Putin", "Mr Putin", "Cardinal Bernardin"). */
export const isSurnameOnly = (e: Entity) => e.type === 'person' && personWords(e.name).length === 1;

/** A name as the same-name rule compares it: folded, and for a person without honorifics ("Sheikh Hassan Nasrallah" is "Hassan Nasrallah"). */
export const nameKey = (e: Entity) => foldName(e.type === 'person' ? personWords(e.name).join(' ') : e.name);

/**
 * Same type, same folded name ("U.S." and "US", "the Kremlin" and "Kremlin", "Sheikh Hassan
 * Nasrallah" and "Hassan Nasrallah"): joined. A name that is another entity's alias joins it when
 * that alias belongs to no other entity of the type. Not for meetings (each document's event is
 * its own until the meeting rule joins them), surnames alone, nor an alias made of words of the
 * name itself ("Putin", "the House", "the Interior Ministry": short
 * forms that several entities share; the surname rule decides for persons).
 */
export function sameNameRule(c: Corpus): RuleResult {
  const byName = new Map<string, Entity[]>();
  const byAlias = new Map<string, Entity[]>();
  for (const e of c.entities) {
    // A surname alone ("Clinton", "Mrs. Clinton") names different people in different articles:
    // each goes to a full name by the surname rule, on its own documents, never through another.
    if (e.type === 'meeting' || isShortPersonName(e)) continue;
    push(byName, `${e.type}|${nameKey(e)}`, e);
    const seen = new Set<string>();
    const nameWords = new Set(foldName(e.name).split(' '));
    for (const a of e.aliases) {
      const key = `${e.type}|${foldName(a)}`;
      // A short form of the name ("House" of "White House", "Interior Ministry" of "Interior Ministry (Russia)") is as ambiguous as a surname.
      if (seen.has(key) || (e.type === 'person' && personWords(a).length < 2) || foldName(a).split(' ').every((w) => nameWords.has(w))) continue;
      seen.add(key);
      push(byAlias, key, e);
    }
  }
  const proposals: Proposal[] = [];
  const refusals: Refusal[] = [];
  for (const [key, list] of byName) {
    if (key.endsWith('|')) continue;
    const [first, ...rest] = list;
    for (const e of rest) proposals.push({ rule: 'same-name', from: e, into: first!, reason: `the same name as ${JSON.stringify(first!.name)}` });
    const owners = (byAlias.get(key) ?? []).filter((o) => !list.includes(o));
    if (owners.length === 1) proposals.push({ rule: 'same-name', from: first!, into: owners[0]!, reason: `${JSON.stringify(first!.name)} is an alias of ${JSON.stringify(owners[0]!.name)}` });
    else if (owners.length > 1) refusals.push({ rule: 'same-name', entity: first!, others: owners, reason: `${owners.length} entities have ${JSON.stringify(first!.name)} as an alias` });
  }
  return { proposals, refusals };
}

/** A name that may be another entity's short form, with the entities it fits. */
export interface Candidate {
  entity: Entity;
  fits: Entity[];
  /** The word or acronym that fits them. */
  key: string;
}

const INITIAL = /^\p{Lu}\.?$/u;

/** A short form of a person's name: a surname alone, or an initial and surname ("B. Yeltsin"). */
export const isShortPersonName = (e: Entity) => isSurnameOnly(e) || (e.type === 'person' && INITIAL.test(personWords(e.name)[0]!));
const initialKey = (words: readonly string[]) => `${words[0]![0]}|${words.slice(1).join(' ')}`;

/**
 * Short forms of persons and the full-name persons of the corpus each fits: a surname (last name,
 * or the first word of names that put the family name first: "Xi"), or an initial and surname
 * ("B. Yeltsin": the full names with that first letter and the same other words).
 */
export function surnameCandidates(c: Corpus): Candidate[] {
  const index = new NameIndex<Entity>();
  const byInitial = new Map<string, Entity[]>();
  for (const e of c.entities) {
    if (e.type !== 'person' || isShortPersonName(e)) continue;
    const words = personWords(e.name);
    index.add(words, e);
    push(byInitial, initialKey(words), e);
  }
  const out: Candidate[] = [];
  for (const e of c.entities) {
    if (e.type !== 'person') continue;
    const words = personWords(e.name);
    if (words.length === 1) {
      // A surname fits by last name; the first word ("Xi" of "Xi Jinping") only when no last name fits.
      const all = index.matches(words);
      const byLast = all.filter((f) => personWords(f.name).at(-1) === words[0]);
      const fits = byLast.length > 0 ? byLast : all;
      if (fits.length > 0) out.push({ entity: e, fits, key: words[0]! });
    } else if (INITIAL.test(words[0]!)) {
      const fits = byInitial.get(initialKey(words)) ?? [];
      if (fits.length > 0) out.push({ entity: e, fits, key: words.join(' ') });
    }
  }
  return out;
}

/**
 * A surname (or "Mr X") joins the one full-name person of the corpus it fits; kept apart when two
 * full names fit, or when the two are found beside different people, places and bodies (two men
 * of one surname).
 */
export function surnameRule(c: Corpus, candidates: readonly Candidate[]): RuleResult {
  const posts = postsIndex(c);
  const samePost = (k: Candidate) => {
    const own = posts.get(k.entity.id);
    if (!own) return undefined;
    const fits = k.fits.filter((f) => [...(posts.get(f.id) ?? [])].some((p) => own.has(p)));
    return fits.length === 1 ? fits[0] : undefined;
  };
  return decide(c, 'surname', candidates, (k) => `${k.fits.length} full names fit ${JSON.stringify(k.key)}`, (k) => `${JSON.stringify(k.entity.name)} fits one full name of the corpus`, samePost);
}

/**
 * The posts each person holds by its texts ("President Clinton": "president"), from its position
 * attributes and its holds_position relations: built once per pass, read per candidate.
 */
function postsIndex(c: Corpus): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const add = (id: string, post: unknown) => {
    if (typeof post !== 'string') return;
    const set = out.get(id);
    if (set) set.add(post);
    else out.set(id, new Set([post]));
  };
  for (const e of c.entities) if (e.type === 'person' && Array.isArray(e.attributes.positions)) for (const p of e.attributes.positions) add(e.id, (p as { position?: unknown }).position);
  for (const r of c.relations) if (r.type === 'holds_position') add(r.source, r.attributes.position);
  return out;
}

/**
 * One candidate fit: joined unless the contexts disagree. Several: the one found in a document
 * with the short form, when exactly one is (a shared context is too weak a sign to choose
 * between namesakes); else kept apart.
 */
function decide(c: Corpus, rule: 'surname' | 'acronym', candidates: readonly Candidate[], ambiguous: (k: Candidate) => string, joined: (k: Candidate) => string, tieBreak?: (k: Candidate) => Entity | undefined): RuleResult {
  const proposals: Proposal[] = [];
  const refusals: Refusal[] = [];
  for (const k of candidates) {
    if (k.fits.length === 1) {
      if (c.contextsAgree(k.entity, k.fits[0]!)) proposals.push({ rule, from: k.entity, into: k.fits[0]!, reason: joined(k) });
      else refusals.push({ rule, entity: k.entity, others: k.fits, reason: 'found beside different people, places and bodies (a homonym)' });
      continue;
    }
    const together = k.fits.filter((f) => c.coOccur(k.entity, f));
    const post = together.length === 0 ? tieBreak?.(k) : undefined;
    if (together.length === 1) proposals.push({ rule, from: k.entity, into: together[0]!, reason: `${ambiguous(k)}; only ${JSON.stringify(together[0]!.name)} is found in a document with it` });
    // "President Clinton" in an article that names no Clinton in full: the one namesake holding that post.
    else if (post) proposals.push({ rule, from: k.entity, into: post, reason: `${ambiguous(k)}; only ${JSON.stringify(post.name)} holds the same post` });
    else refusals.push({ rule, entity: k.entity, others: k.fits, reason: ambiguous(k) });
  }
  return { proposals, refusals };
}

const LONG_FORM_TYPES = new Set<EntityType>(['organization', 'media']);

/** Organizations and outlets named by an acronym of three letters or more, with the long forms of the same type that have those initials; two-letter acronyms are too ambiguous. */
export function acronymCandidates(c: Corpus): Candidate[] {
  const longForms = new Map<string, Entity[]>();
  for (const e of c.entities) {
    if (!LONG_FORM_TYPES.has(e.type)) continue;
    const initials = initialsOf(e.name);
    if (initials && initials.length >= 3) push(longForms, `${e.type}|${initials}`, e);
  }
  const out: Candidate[] = [];
  for (const e of c.entities) {
    if (!LONG_FORM_TYPES.has(e.type)) continue;
    const acronym = acronymOf(e.name);
    if (!acronym || acronym.length < 3) continue;
    const fits = (longForms.get(`${e.type}|${acronym}`) ?? []).filter((f) => f !== e);
    if (fits.length > 0) out.push({ entity: e, fits, key: acronym });
  }
  return out;
}

/**
 * An acronym ("KDPI") joins the one long form with its initials ("Kurdistan Democratic Party of
 * Iran"); kept apart when several long forms fit or their contexts disagree.
 */
export function acronymRule(c: Corpus, candidates: readonly Candidate[]): RuleResult {
  return decide(c, 'acronym', candidates, (k) => `${k.fits.length} long forms have the initials ${k.key}`, (k) => `${k.key} is the initials of ${JSON.stringify(k.fits[0]!.name)}`);
}

/** Every form of a word with one letter removed (with the word itself): two words one edit apart share one. */
function deletions(word: string): string[] {
  const out = [word];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/**
 * Two full names of persons that are spellings of one name ("Volodymyr Zelensky" / "Zelenskiy",
 * "Alexei" / "Alexey Navalny", "Khaled Meshaal" / "Mashaal"): the less mentioned joins the more
 * mentioned. Names are grouped by the phonetic form of every word but the last; within a group of
 * two or more, by the one-letter deletions of the last word's phonetic form, so no pair is compared
 * unless it may match.
 */
export function spellingRule(c: Corpus): RuleResult {
  const heads = new Map<string, { e: Entity; words: readonly string[] }[]>();
  for (const e of c.entities) {
    if (e.type !== 'person') continue;
    const words = personWords(e.name);
    if (words.length >= 2) push(heads, words.slice(0, -1).map(phoneticWord).join(' '), { e, words });
  }
  const rank = (x: Entity, y: Entity) => y.mentions.length - x.mentions.length || byString(x.id, y.id);
  const proposed = new Set<string>();
  const proposals: Proposal[] = [];
  for (const group of heads.values()) {
    if (group.length < 2) continue;
    const buckets = new Map<string, { e: Entity; words: readonly string[] }[]>();
    for (const item of group) {
      // Surnames one edit apart are compared from five letters on; shorter ones only when their phonetic forms are equal.
      const last = phoneticWord(item.words[item.words.length - 1]!);
      for (const k of last.length >= 4 ? deletions(last) : [last]) push(buckets, k, item);
    }
    for (const list of buckets.values()) {
      if (list.length < 2) continue;
      const sorted = [...new Set(list)].sort((x, y) => rank(x.e, y.e));
      for (let i = 0; i < sorted.length; i++) {
        for (let j = i + 1; j < sorted.length; j++) {
          const [keep, other] = [sorted[i]!, sorted[j]!];
          const pair = `${other.e.id}|${keep.e.id}`;
          if (proposed.has(pair) || !spellingVariants(keep.words, other.words)) continue;
          proposed.add(pair);
          proposals.push({ rule: 'spelling', from: other.e, into: keep.e, reason: `${JSON.stringify(other.e.name)} is a spelling of ${JSON.stringify(keep.e.name)}` });
        }
      }
    }
  }
  proposals.sort((x, y) => byString(x.from.id, y.from.id) || byString(x.into.id, y.into.id));
  return { proposals, refusals: [] };
}
