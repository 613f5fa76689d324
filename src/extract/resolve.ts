// Resolution stage (within one document): mentions → document entities. Surnames join the full
// name the text gave earlier or later; lexicon mentions join their canonical entry; other names
// become entities of their type, keyed by their slug.

import type { EntityType } from '../types.ts';
import { slugify } from '../util/slug.ts';
import type { LexEntry } from './lexicon/index.ts';
import type { MeetingFrame } from './meetings.ts';
import type { Mention } from './mentions.ts';
import type { TextAnalysis } from './text.ts';

export interface DocEntity {
  /** Canonical id, `type:slug`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: Set<string>;
  entry?: LexEntry;
  /** Token ranges of every mention, in text order. */
  spans: { start: number; end: number; anchor?: boolean }[];
  frame?: MeetingFrame;
  /** For a government body named after its leader ("the Biden administration"): the state it runs. */
  partOfState?: DocEntity;
  /** Posts the text gives a person without saying of which state or body. */
  positions?: Set<string>;
}

export interface Resolved {
  entities: DocEntity[];
  /** Entity of each kept mention, parallel to `mentions`. */
  mentions: { mention: Mention; entity: DocEntity }[];
}

const US_ID = 'state:united-states';

/** Words of bodies every state has: a name made only of them says nothing of whose body it is. */
const GENERIC_BODY = new Set([
  'ministry', 'foreign', 'defence', 'defense', 'interior', 'finance', 'justice', 'health', 'education', 'trade',
  'economy', 'energy', 'agriculture', 'culture', 'of', 'affairs', 'parliament', 'army', 'navy', 'air', 'force',
  'forces', 'police', 'government', 'central', 'bank', 'supreme', 'court', 'embassy', 'council', 'security',
  'national', 'guard', 'coast', 'intelligence', 'service', 'services', 'office', 'general', 'staff', 'armed',
  'cabinet', 'presidency', 'prosecutor', "prosecutor's", 'constitutional', 'border', 'federal', 'state',
]);

function isGenericBody(toks: string[]): boolean {
  const words = toks.map((t) => t.toLowerCase()).filter((w) => w !== 'the');
  return words.length > 0 && words.some((w) => w !== 'of' && w !== 'state') && words.every((w) => GENERIC_BODY.has(w));
}

/** The state named right before a mention: a demonym ("Russian Defence Ministry") or "Russia's". */
function ownerState(a: TextAnalysis, mentions: Mention[], m: Mention): LexEntry | undefined {
  let end = m.start;
  if (a.tokens[end - 1]?.lower === "'s") end--;
  const before = mentions.find((x) => x.end === end && x.entry && x.type === 'state');
  return before?.entry;
}

function surfaceOf(a: TextAnalysis, start: number, end: number): string {
  return a.text.slice(a.tokens[start]!.start, a.tokens[end - 1]!.end);
}

/** Person names compared without possessives and typographic variants. */
function nameTokens(a: TextAnalysis, m: Mention): string[] {
  return a.tokens.slice(m.start, m.end).map((t) => t.norm);
}

/** A name as written ("Jean-Noel Barrot", not "Jean - Noel Barrot"), quotes folded, spaces collapsed. */
function displayName(a: TextAnalysis, start: number, end: number): string {
  let out = '';
  for (let k = start; k < end; k++) {
    const t = a.tokens[k]!;
    if (k > start && t.start > a.tokens[k - 1]!.end) out += ' ';
    out += t.norm;
  }
  return out;
}

export function resolveDocument(a: TextAnalysis, mentions: Mention[], frames: MeetingFrame[]): Resolved {
  const byId = new Map<string, DocEntity>();
  const out: Resolved = { entities: [], mentions: [] };
  const get = (id: string, type: EntityType, name: string, entry?: LexEntry): DocEntity => {
    let e = byId.get(id);
    if (!e) {
      e = { id, type, name, aliases: new Set(), entry, spans: [] };
      byId.set(id, e);
      out.entities.push(e);
    }
    return e;
  };
  const attach = (m: Mention, e: DocEntity) => {
    e.spans.push(m.anchor ? { start: m.start, end: m.end, anchor: true } : { start: m.start, end: m.end });
    const surface = surfaceOf(a, m.start, m.end);
    if (surface !== e.name && m.via !== 'demonym') e.aliases.add(surface);
    out.mentions.push({ mention: m, entity: e });
  };

  const pendingUs: DocEntity[] = [];
  /** Generic body name → the one qualified body of this text with that name (null when several). */
  const genericBodies = new Map<string, DocEntity | null>();
  // One sense per document, the other way: "Volodymyr Zelenskiy" tagged as an organization is the
  // person when the text calls "Zelenskiy" a person elsewhere.
  const surnames = new Set(mentions.filter((m) => m.type === 'person' && m.end - m.start === 1).map((m) => a.tokens[m.start]!.norm));
  mentions = mentions.map((m) =>
    !m.entry && !m.governs && m.via === 'tagged' && m.type !== 'person' && m.end - m.start >= 2 && surnames.has(a.tokens[m.end - 1]!.norm) && /^\p{Lu}/u.test(a.tokens[m.start]!.text)
      ? { ...m, type: 'person' as const }
      : m,
  );
  // And a one-word "person" the text also names as an organization, and as no person's name part,
  // is that organization ("Google said it would appeal").
  const orgWords = new Map<string, Mention['type']>();
  for (const m of mentions) if (m.end - m.start === 1 && !m.governs && (m.type === 'organization' || m.type === 'media')) orgWords.set(a.tokens[m.start]!.norm, m.type);
  const nameParts = new Set(mentions.filter((m) => m.type === 'person' && m.end - m.start > 1).flatMap((m) => a.tokens.slice(m.start, m.end).map((t) => t.norm)));
  mentions = mentions.map((m) => {
    const word = a.tokens[m.start]!.norm;
    const orgType = m.type === 'person' && m.end - m.start === 1 && m.via === 'tagged' && !nameParts.has(word) ? orgWords.get(word) : undefined;
    return orgType ? { ...m, type: orgType } : m;
  });
  // Full person names first, so that surnames anywhere in the text can join them.
  const persons: { tokens: string[]; entity: DocEntity }[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const toks = nameTokens(a, m);
    if (toks.length < 2) continue;
    const known = persons.find((p) => p.tokens.length > toks.length && p.tokens.slice(-toks.length).join(' ') === toks.join(' '));
    if (known) continue;
    const name = displayName(a, m.start, m.end);
    const e = get(`person:${slugify(name)}`, 'person', name);
    persons.push({ tokens: toks, entity: e });
  }
  const personFor = (toks: string[]): DocEntity | undefined => {
    const last = toks.join(' ');
    const hits = persons.filter((p) => p.tokens.slice(-toks.length).join(' ') === last || p.tokens[0] === last);
    // Two people the surname fits (John Smith, Mary Smith): no guess.
    return hits.length === 1 ? hits[0]!.entity : undefined;
  };
  const isSurnameOfSeveral = (toks: string[]): boolean => {
    const last = toks.join(' ');
    return persons.filter((p) => p.tokens.slice(-toks.length).join(' ') === last || p.tokens[0] === last).length > 1;
  };

  for (const m of mentions) {
    if (m.entry) {
      attach(m, get(m.entry.id, m.entry.type, m.entry.name, m.entry));
      continue;
    }
    const toks = nameTokens(a, m);
    // One sense per document: a name the text gives a person elsewhere is that person ("Biden", "Lincoln").
    if (m.type !== 'person' && !m.governs && m.via === 'tagged' && m.type !== 'meeting') {
      const p = personFor(toks);
      if (p) {
        attach({ ...m, type: 'person' }, p);
        continue;
      }
      // A surname two people share is still a person, though not one we can choose.
      if (isSurnameOfSeveral(toks)) {
        const name = toks.join(' ');
        attach({ ...m, type: 'person' }, get(`person:${slugify(name)}`, 'person', name));
        continue;
      }
    }
    if (m.type === 'person') {
      const name = displayName(a, m.start, m.end);
      attach(m, personFor(toks) ?? get(`person:${slugify(name)}`, 'person', name));
      continue;
    }
    if (m.governs) {
      // "the Biden administration": named after the full name of its leader when the text gives it.
      const leader = personFor(toks.slice(0, -1));
      const name = `${leader ? leader.name : toks.slice(0, -1).join(' ')} ${toks[toks.length - 1]}`;
      const e = get(`organization:${slugify(name)}`, 'organization', name);
      attach(m, e);
      // "Administration" is the American word for a president's executive branch.
      if (!e.partOfState && toks[toks.length - 1]!.toLowerCase() === 'administration') {
        const us = byId.get(US_ID);
        if (us) e.partOfState = us;
        else pendingUs.push(e);
      }
      continue;
    }
    const name = displayName(a, m.start, m.end).replace(/^the /i, '');
    // "the Commission" after "the European Commission": the one body of the text whose name ends so.
    if ((m.type === 'organization' || m.type === 'media') && toks.length === 1 && !m.entry) {
      const longer = out.entities.filter((e) => e.type === m.type && e.name.includes(' ') && e.name.split(' ').pop() === name);
      if (longer.length === 1) {
        attach(m, longer[0]!);
        continue;
      }
    }
    // "Russia's Defence Ministry", "the Ukrainian Foreign Ministry": a generic body is named with its
    // state, so that every country's ministry is its own node, and is part of that state.
    const generic = m.type === 'organization' && isGenericBody(toks);
    const owner = generic ? ownerState(a, mentions, m) : undefined;
    if (owner) {
      const qualified = `${name} (${owner.name})`;
      const e = get(`organization:${slugify(qualified)}`, 'organization', qualified);
      e.aliases.add(name);
      attach(m, e);
      e.partOfState = get(owner.id, owner.type, owner.name, owner);
      genericBodies.set(name.toLowerCase(), genericBodies.has(name.toLowerCase()) && genericBodies.get(name.toLowerCase()) !== e ? null : e);
      continue;
    }
    // "The Defence Ministry later said": the one this text already named with its state.
    const known = generic ? genericBodies.get(name.toLowerCase()) : undefined;
    if (known) {
      attach(m, known);
      continue;
    }
    attach(m, get(`${m.type}:${slugify(name)}`, m.type, name));
  }
  const us = byId.get(US_ID);
  for (const e of pendingUs) if (us) e.partOfState = us;

  frames.forEach((f) => {
    const e: DocEntity = { id: '', type: 'meeting', name: f.head, aliases: new Set(), spans: [], frame: f };
    for (const mm of f.mentions) e.spans.push({ start: mm.start, end: mm.end });
    out.entities.push(e);
  });
  return out;
}
