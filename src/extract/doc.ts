// The document model of the extraction pipeline (spaCy's Doc is the model): one object per input
// document that the components of `pipeline.ts` fill in, field by field. Each component declares
// the fields it requires and the fields it assigns, and returns its fields instead of changing
// what another component owns. Every shape shared between stages is defined here.

import type { Attributes, EntityType, InputDocument, RelationType } from '../types.ts';
import type { TextView } from './html.ts';

export interface Token {
  text: string;
  /** Matching form: typographic quotes and dashes folded to ASCII. Offsets still refer to `text`. */
  norm: string;
  lower: string;
  start: number;
  end: number;
  /** Index of the sentence this token belongs to. */
  sent: number;
}

export interface Sentence {
  start: number;
  end: number;
  /** Index of the first token and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

/** A title ("Foreign Minister", "spokesperson", "Gov.") as a token span. */
export interface TitleSpan {
  start: number;
  end: number;
  /** The canonical post, for matching ("foreign minister" for "Foreign Secretary" too). */
  position: string;
  /** The post as the text words it ("foreign secretary"), for the record; abbreviations expanded. */
  surface: string;
}

/** A name the tagger found: token range and its CoNLL class. */
export interface TaggedSpan {
  start: number;
  end: number;
  type: 'PER' | 'LOC' | 'ORG' | 'MISC';
}

export type SurfaceKind = 'name' | 'demonym' | 'code';

/** An entry of the gazetteer (lexicon/): a country, city, outlet or named body. */
export interface LexEntry {
  /** Canonical entity id, `type:slug`. */
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  /** Country (cca2) the entity belongs to or is based in. */
  country?: string;
  partOf?: string;
  basedIn?: string;
  kind?: string;
}

export interface Mention {
  /** Token range [start, end). */
  start: number;
  end: number;
  type: EntityType;
  /** How the mention was found; 'described': a definite description of a body, state or outlet named before ("the party"), kept out of the output's mentions; 'pronoun': a pronoun standing for an entity named before ("he", "its"), likewise. */
  via: SurfaceKind | 'titled' | 'tagged' | 'nominal' | 'described' | 'pronoun';
  entry?: LexEntry;
  /** A title right before the mention ("Foreign Minister"), as its canonical position. */
  title?: { position: string; surface: string; start: number; end: number };
  /** A government named after its leader ("Biden administration"): the last token is the body. */
  governs?: boolean;
  /**
   * A demonym used as a modifier ("Russian broadcasting agency", "a Spanish newspaper"): it anchors
   * relations to its state but is not reported as a mention of the state.
   */
  anchor?: boolean;
}

export type MeetingKind = 'call' | 'summit' | 'visit' | 'negotiations' | 'meeting';

/** How the text presents an event: as happening (undefined), expected, hoped for or denied. */
export type MeetingStatus = 'planned' | 'hypothetical' | 'negated';

export interface MeetingMention {
  start: number;
  end: number;
  kind: MeetingKind;
  status?: MeetingStatus;
}

/** One real event of the document and every mention of it. */
export interface MeetingFrame {
  kind: MeetingKind;
  mentions: MeetingMention[];
  /** Head word used to name it ("talks", "meeting", "phone call"). */
  head: string;
  level?: string;
  status?: MeetingStatus;
}

/** An entity of one document. Its mentions are the links that point to it (and, for a meeting, its frame's mentions). */
export interface DocEntity {
  /** Canonical id, `type:slug` (a meeting's is given by the namer at the end). */
  id: string;
  type: EntityType;
  name: string;
  aliases: ReadonlySet<string>;
  entry?: LexEntry;
  frame?: MeetingFrame;
  /** For a government body named after its leader ("the Biden administration"): the state it runs. */
  partOfState?: DocEntity;
  /** For a government body named after its leader: the leader, who holds no post in it ("Biden" and "the Biden administration"). */
  leader?: DocEntity;
}

/** A mention and the entity it denotes. A later link of the same span replaces an earlier one. */
export interface MentionLink {
  mention: Mention;
  entity: DocEntity;
}

export interface RelationDraft {
  type: RelationType;
  source: DocEntity;
  target: DocEntity;
  /** Sentence index of the evidence. */
  sent: number;
  confidence: number;
  attributes?: Attributes;
  /** For holds_position: the canonical post ("foreign minister" for "foreign secretary"), to match "the foreign minister". */
  canonical?: string;
  /** The component that proposed it (set by the pipeline). */
  rule?: string;
}

export interface MeetingName {
  id: string;
  name: string;
  aliases: string[];
}

export interface Doc {
  readonly input: InputDocument;
  /** The HTML source map when the input was HTML; offsets of `text` map back through it. */
  readonly view: TextView | null;
  /** The text the pipeline reads (the input's, or the visible text of its HTML). */
  readonly text: string;
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly titles: readonly TitleSpan[];
  readonly tagged: readonly TaggedSpan[];
  readonly mentions: readonly Mention[];
  readonly frames: readonly MeetingFrame[];
  readonly entities: readonly DocEntity[];
  readonly links: readonly MentionLink[];
  /** Relations proposed by the rules (votes for the relation model). */
  readonly drafts: readonly RelationDraft[];
  /** Posts the text gives a person without saying of which state or body. */
  readonly unheldPositions: readonly { entity: DocEntity; position: string }[];
  /** Where within its place a meeting was held ("the consul general's residence"). */
  readonly venues: ReadonlyMap<MeetingFrame, string>;
  /** The relations kept. */
  readonly relations: readonly RelationDraft[];
  /** Drafts not kept, with the reason (endpoint types that do not fit the relation type). */
  readonly dropped: readonly { draft: RelationDraft; reason: string }[];
  /** Who a relation's sentence attributes its claim to (an outlet, or a speaker). */
  readonly claims: ReadonlyMap<RelationDraft, DocEntity>;
  readonly meetingNames: ReadonlyMap<DocEntity, MeetingName>;
}

export type DocField = Exclude<keyof Doc, 'input'>;

/** Fields that several components contribute to: what a component returns is appended. */
export const APPEND_FIELDS: ReadonlySet<DocField> = new Set<DocField>(['entities', 'links', 'drafts']);

/** A document before any component ran: every field empty. */
export function newDoc(input: InputDocument): Doc {
  return {
    input, view: null, text: input.text, tokens: [], sentences: [], titles: [], tagged: [], mentions: [], frames: [],
    entities: [], links: [], drafts: [], unheldPositions: [], venues: new Map(), relations: [], dropped: [],
    claims: new Map(), meetingNames: new Map(),
  };
}

/** A pipeline component: a named stage with the fields it reads and the fields it adds. */
export interface Component<S extends object = object> {
  readonly name: string;
  readonly requires: readonly DocField[];
  readonly assigns: readonly DocField[];
  /** Hand-set confidences, windows and switches of the component, in one place. */
  readonly defaults: S;
  /** A component that every later one depends on as a whole cannot be disabled. */
  readonly essential?: boolean;
  run(doc: Doc, settings: S): Partial<Doc>;
}

/** The links that stand: for each mention span, the last link given to it. */
export function effectiveLinks(links: readonly MentionLink[]): MentionLink[] {
  const bySpan = new Map<string, number>();
  links.forEach((l, i) => bySpan.set(`${l.mention.start}:${l.mention.end}`, i));
  return links.filter((l, i) => bySpan.get(`${l.mention.start}:${l.mention.end}`) === i);
}
