// The Extraction JSON contract shared by every stage, and the closed vocabularies of
// entity and relation types. Only this module defines shapes used across folders.

export const SCHEMA_VERSION = 1 as const;

/** Entity types (closed). Each has a one-line definition used in docs and the viewer legend. */
export const ENTITY_TYPES = {
  person: 'A human being, named in the text.',
  state: 'A sovereign country, or its government acting as such.',
  organization:
    'Government bodies, international organizations, parties, companies, agencies, armed forces.',
  media: 'News agencies, newspapers, broadcasters, news sites.',
  place: 'Cities, regions, venues and other locations that are not sovereign states.',
  meeting: 'Meetings, talks, calls, summits, visits, negotiations: one entity per real event.',
} as const;
export type EntityType = keyof typeof ENTITY_TYPES;
export const ENTITY_TYPE_LIST = Object.keys(ENTITY_TYPES) as EntityType[];

export interface RelationTypeSpec {
  readonly definition: string;
  readonly symmetric: boolean;
  readonly source: readonly EntityType[];
  readonly target: readonly EntityType[];
}

const ACTORS: readonly EntityType[] = ['state', 'organization', 'person'];

/** Relation types (closed). Directed unless `symmetric`. */
export const RELATION_TYPES = {
  holds_position: {
    definition: 'A person holds a position in a state, organization or media outlet (attributes.position).',
    symmetric: false,
    source: ['person'],
    target: ['state', 'organization', 'media'],
  },
  participant_in: {
    definition: 'A person, state or organization takes part in a meeting (attributes.role: host, chair, ...).',
    symmetric: false,
    source: ['person', 'state', 'organization'],
    target: ['meeting'],
  },
  located_in: {
    definition: 'A meeting or place is located in a place or state.',
    symmetric: false,
    source: ['meeting', 'place'],
    target: ['place', 'state'],
  },
  based_in: {
    definition: 'An organization or media outlet is based in a place or state.',
    symmetric: false,
    source: ['organization', 'media'],
    target: ['place', 'state'],
  },
  part_of: {
    definition: 'An organization is part of a state or of another organization.',
    symmetric: false,
    source: ['organization'],
    target: ['state', 'organization'],
  },
  reported: {
    definition: 'A media outlet reported on a meeting or any other entity.',
    symmetric: false,
    source: ['media'],
    target: ['person', 'state', 'organization', 'media', 'place', 'meeting'],
  },
  quoted: {
    definition: 'A media outlet quoted a person.',
    symmetric: false,
    source: ['media'],
    target: ['person'],
  },
  counterpart_of: {
    definition: 'Two persons are counterparts (hold matching positions on two sides).',
    symmetric: true,
    source: ['person'],
    target: ['person'],
  },
  supports: {
    definition: 'An actor backs, supports or assists another actor.',
    symmetric: false,
    source: ACTORS,
    target: ACTORS,
  },
  opposes: {
    definition: 'An actor condemns, criticizes, accuses or otherwise opposes another actor.',
    symmetric: false,
    source: ACTORS,
    target: ACTORS,
  },
  sanctions: {
    definition: 'An actor imposes sanctions on another actor.',
    symmetric: false,
    source: ACTORS,
    target: ACTORS,
  },
  at_war_with: {
    definition: 'Two sides of an armed conflict the text names, each a state or an armed organization (rebels, a militia, an army).',
    symmetric: true,
    source: ['state', 'organization'],
    target: ['state', 'organization'],
  },
  killed: {
    definition: 'A person killed another person.',
    symmetric: false,
    source: ['person'],
    target: ['person'],
  },
  lives_in: {
    definition: 'A person lives in, comes from or was born in a place or state.',
    symmetric: false,
    source: ['person'],
    target: ['place', 'state'],
  },
} as const satisfies Record<string, RelationTypeSpec>;
export type RelationType = keyof typeof RELATION_TYPES;
export const RELATION_TYPE_LIST = Object.keys(RELATION_TYPES) as RelationType[];

/**
 * The CoNLL class of each entity type (CoNLL-2003 and CoNLL04 name PER, LOC, ORG): how the
 * benchmarks score our types, and the coarse type the pair classifier was trained with.
 */
export const CONLL_LABEL: Readonly<Record<EntityType, 'PER' | 'LOC' | 'ORG' | null>> = {
  person: 'PER', state: 'LOC', place: 'LOC', organization: 'ORG', media: 'ORG', meeting: null,
};

export function isEntityType(value: unknown): value is EntityType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(ENTITY_TYPES, value);
}
export function isRelationType(value: unknown): value is RelationType {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(RELATION_TYPES, value);
}

/** An input document as given to the extractor. */
export interface InputDocument {
  id: string;
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

/** A document as recorded in the Extraction: its text is not repeated, its hash is. */
export interface DocumentInfo {
  id: string;
  title?: string;
  url?: string;
  published?: string;
  sha256: string;
  chars: number;
}

/** A span of a document: UTF-16 offsets, `text === doc.text.slice(start, end)`. */
export interface Span {
  doc: string;
  start: number;
  end: number;
  text: string;
}

export type AttributeValue = string | number | boolean | null | AttributeValue[] | { [key: string]: AttributeValue };
export type Attributes = { [key: string]: AttributeValue };

export interface Entity {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  attributes: Attributes;
  mentions: Span[];
}

export interface Relation {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  attributes: Attributes;
  confidence: number;
  evidence: Span[];
}

/**
 * The rules of the cross-document merge (src/extract/corpus-merge/): the same normalized name or
 * alias, a surname (or "Mr X") and the one full name it fits, an acronym and its long form, two
 * spellings of a transliterated name, one meeting reported by several documents.
 */
export const MERGE_RULES = {
  'same-name': 'Same type and the same name, once accents, case, punctuation and a leading "the" are ignored (or one\'s name is the other\'s alias).',
  surname: 'A person named by surname alone (or "Mr X", "Cardinal X") is the one full-name person of the corpus with that surname.',
  acronym: 'An organization or outlet named by an acronym is the one long form of the corpus with those initials.',
  spelling: 'Two spellings of one transliterated name (-iy/-y, -ey/-ei, doubled letters, one letter apart in a long surname).',
  meeting: 'Meetings of different documents with the same date, a place in common and the same participants.',
} as const;
export type MergeRule = keyof typeof MERGE_RULES;

/** One entity joined into another by a cross-document merge rule. */
export interface MergeRecord {
  rule: MergeRule;
  /** The entity that remains. */
  into: string;
  /** The id that was joined into it and is gone. */
  from: string;
  /** The names the joined entity brought (its name and aliases), now names of `into`. */
  names: string[];
  /** The documents the joined entity was found in, in document order. */
  documents: string[];
  /** Why, in words. */
  reason: string;
}

export interface Extraction {
  schemaVersion: typeof SCHEMA_VERSION;
  documents: DocumentInfo[];
  entities: Entity[];
  relations: Relation[];
  /** The cross-document merge decisions, sorted by `into` then `from` (absent in files of older versions). */
  merges?: MergeRecord[];
}
