// The curation.json format and its validation: the analyst's decisions (merge two entities, split
// an alias off one), read by `newsgraph build --curation FILE`, written by the viewer and by
// `newsgraph view`'s POST handler. One validator serves all three.

export const CURATION_VERSION = 1 as const;

/** Every entity listed in `from` becomes `into` (same type): mentions, aliases and relations join. */
export interface MergeDecision {
  op: 'merge';
  into: string;
  from: string[];
}

/** The mentions of `entity` whose text is `alias` become a new entity of the same type. */
export interface SplitDecision {
  op: 'split';
  entity: string;
  alias: string;
}

export type Decision = MergeDecision | SplitDecision;

export interface Curation {
  curationVersion: typeof CURATION_VERSION;
  /** Applied in order: a later decision may name an entity an earlier one created. */
  decisions: Decision[];
}

/** Caps, so that a file or a POST body cannot make the build or the server do unbounded work. */
export const LIMITS = { decisions: 10_000, fromPerMerge: 1_000, idLength: 500 };

const isId = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && v.length <= LIMITS.idLength && /^[a-z]+:\S/.test(v);

function decisionError(d: unknown, i: number): string | null {
  const at = `decision ${i + 1}`;
  if (typeof d !== 'object' || d === null || Array.isArray(d)) return `${at} is not an object`;
  const o = d as Record<string, unknown>;
  const keys = Object.keys(o);
  if (o.op === 'merge') {
    if (keys.some((k) => !['op', 'into', 'from'].includes(k))) return `${at}: a merge has only op, into and from`;
    if (!isId(o.into)) return `${at}: "into" must be an entity id (type:name)`;
    if (!Array.isArray(o.from) || o.from.length === 0 || o.from.length > LIMITS.fromPerMerge || !o.from.every(isId)) return `${at}: "from" must be a non-empty list of entity ids`;
    if (o.from.includes(o.into)) return `${at}: an entity cannot be merged into itself`;
    return null;
  }
  if (o.op === 'split') {
    if (keys.some((k) => !['op', 'entity', 'alias'].includes(k))) return `${at}: a split has only op, entity and alias`;
    if (!isId(o.entity)) return `${at}: "entity" must be an entity id (type:name)`;
    if (typeof o.alias !== 'string' || !o.alias.trim() || o.alias.length > LIMITS.idLength) return `${at}: "alias" must be a non-empty name`;
    return null;
  }
  return `${at}: "op" must be "merge" or "split"`;
}

/** Checks a parsed curation.json; returns it typed, or throws an Error whose message is the reason. */
export function validateCuration(value: unknown): Curation {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error('not a JSON object');
  const o = value as Record<string, unknown>;
  if (o.curationVersion !== CURATION_VERSION) throw new Error(`"curationVersion" must be ${CURATION_VERSION}`);
  if (Object.keys(o).some((k) => k !== 'curationVersion' && k !== 'decisions')) throw new Error('only "curationVersion" and "decisions" are allowed');
  if (!Array.isArray(o.decisions)) throw new Error('"decisions" must be a list');
  if (o.decisions.length > LIMITS.decisions) throw new Error(`more than ${LIMITS.decisions} decisions`);
  o.decisions.forEach((d, i) => {
    const err = decisionError(d, i);
    if (err) throw new Error(err);
  });
  return value as Curation;
}

/** Parses and validates curation.json text; the error message says what is wrong. */
export function parseCuration(text: string): Curation {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new Error(`invalid JSON (${(err as Error).message})`);
  }
  return validateCuration(value);
}

/** The file as written: decisions in the analyst's order, keys in a fixed order, one trailing newline. */
export function curationToJson(c: Curation): string {
  const decisions = c.decisions.map((d) => (d.op === 'merge' ? { op: d.op, into: d.into, from: [...d.from] } : { op: d.op, entity: d.entity, alias: d.alias }));
  return JSON.stringify({ curationVersion: CURATION_VERSION, decisions }, null, 2) + '\n';
}
