// The corpus hygiene report: the counts a reader of a built graph cares about (entities,
// relations, isolated entities, entities per type, merges per rule) and what still looks wrong:
// suspected duplicates left (a surname beside full names it fits, an acronym beside long forms with
// its initials, one normalized name on several nodes of a type), names on nodes of several types,
// meetings named by their head word alone. Computed from an Extraction with indexes (linear in
// the entities), printed by `newsgraph build` and stored in graph.json's graph attributes.

import { ENTITY_TYPE_LIST, MERGE_RULES, type EntityType, type Extraction, type MergeRule } from '../types.ts';
import { isSurnameOnly, nameKey } from './corpus-merge/names.ts';
import { byString } from './join.ts';
import { acronymOf, foldName, initialsOf, NameIndex, personWords, phoneticWord } from './names.ts';

export interface DuplicateGroup {
  /** What the nodes share: a surname, an acronym's initials, or a normalized name. */
  kind: 'surname' | 'acronym' | 'name';
  key: string;
  ids: string[];
}

export interface CrossTypeName {
  name: string;
  ids: string[];
  types: EntityType[];
}

export interface HygieneReport {
  entities: number;
  relations: number;
  /** Entities without any relation. */
  isolated: number;
  byType: Record<EntityType, number>;
  merges: { total: number; byRule: Record<MergeRule, number> };
  duplicates: DuplicateGroup[];
  /** Names given to nodes of more than one type (Boston the city and Boston the club). */
  crossType: CrossTypeName[];
  /** Meetings whose name is a common noun and nothing else ("talks"): there should be none. */
  bareMeetings: string[];
}

function push<V>(map: Map<string, V[]>, key: string, v: V): void {
  const list = map.get(key);
  if (list) list.push(v);
  else map.set(key, [v]);
}

const sortedIds = (ids: Iterable<string>) => [...new Set(ids)].sort(byString);

function surnameDuplicates(x: Extraction): DuplicateGroup[] {
  const index = new NameIndex<string>();
  for (const e of x.entities) if (e.type === 'person' && !isSurnameOnly(e)) index.add(personWords(e.name), e.id);
  const out: DuplicateGroup[] = [];
  for (const e of x.entities) {
    if (!isSurnameOnly(e)) continue;
    const words = personWords(e.name);
    const fits = index.matches(words);
    if (fits.length > 0) out.push({ kind: 'surname', key: words[0]!, ids: [e.id, ...sortedIds(fits)] });
  }
  return out;
}

function acronymDuplicates(x: Extraction): DuplicateGroup[] {
  const longForms = new Map<string, string[]>();
  for (const e of x.entities) {
    const initials = (e.type === 'organization' || e.type === 'media') && initialsOf(e.name);
    if (initials) push(longForms, `${e.type}|${initials}`, e.id);
  }
  const out: DuplicateGroup[] = [];
  for (const e of x.entities) {
    const acronym = (e.type === 'organization' || e.type === 'media') && acronymOf(e.name);
    const fits = acronym ? (longForms.get(`${e.type}|${acronym}`) ?? []).filter((id) => id !== e.id) : [];
    if (acronym && fits.length > 0) out.push({ kind: 'acronym', key: acronym, ids: [e.id, ...sortedIds(fits)] });
  }
  return out;
}

/** One type, one name once case, accents, punctuation, honorifics and transliteration (doubled letters, -iy, -ey, ks) are set aside. Not meetings: each document's event is its own. */
function nameDuplicates(x: Extraction): DuplicateGroup[] {
  const groups = new Map<string, string[]>();
  for (const e of x.entities) {
    if (e.type === 'meeting') continue;
    const key = nameKey(e).split(' ').map(phoneticWord).join(' ');
    if (key) push(groups, `${e.type}|${key}`, e.id);
  }
  return [...groups].filter(([, ids]) => ids.length > 1).map(([key, ids]) => ({ kind: 'name' as const, key: key.slice(key.indexOf('|') + 1), ids: sortedIds(ids) }));
}

function crossTypeNames(x: Extraction): CrossTypeName[] {
  const groups = new Map<string, { name: string; ids: string[]; types: Set<EntityType> }>();
  for (const e of x.entities) {
    if (e.type === 'meeting') continue;
    const key = foldName(e.name);
    if (!key) continue;
    const g = groups.get(key) ?? { name: e.name, ids: [], types: new Set<EntityType>() };
    g.ids.push(e.id);
    g.types.add(e.type);
    groups.set(key, g);
  }
  return [...groups.values()]
    .filter((g) => g.types.size > 1)
    .map((g) => ({ name: g.name, ids: sortedIds(g.ids), types: ENTITY_TYPE_LIST.filter((t) => g.types.has(t)) }))
    .sort((a, b) => byString(a.name, b.name));
}

/** A meeting named by lower-case words only: its head word ("talks", "phone call") with nothing that says which. */
export const isBareMeetingName = (name: string) => /^[a-z]+(?: [a-z]+)*$/.test(name);

export function hygieneReport(x: Extraction): HygieneReport {
  const linked = new Set<string>();
  for (const r of x.relations) {
    linked.add(r.source);
    linked.add(r.target);
  }
  const byType = Object.fromEntries(ENTITY_TYPE_LIST.map((t) => [t, 0])) as Record<EntityType, number>;
  for (const e of x.entities) byType[e.type]++;
  const byRule = Object.fromEntries(Object.keys(MERGE_RULES).map((r) => [r, 0])) as Record<MergeRule, number>;
  for (const m of x.merges ?? []) byRule[m.rule]++;
  const duplicates = [...surnameDuplicates(x), ...acronymDuplicates(x), ...nameDuplicates(x)].sort((a, b) => byString(a.kind, b.kind) || byString(a.key, b.key) || byString(a.ids[0]!, b.ids[0]!));
  return {
    entities: x.entities.length,
    relations: x.relations.length,
    isolated: x.entities.filter((e) => !linked.has(e.id)).length,
    byType,
    merges: { total: x.merges?.length ?? 0, byRule },
    duplicates,
    crossType: crossTypeNames(x),
    bareMeetings: x.entities.filter((e) => e.type === 'meeting' && isBareMeetingName(e.name)).map((e) => e.id),
  };
}

const MAX_LISTED = 10;
const count = (n: number) => n.toLocaleString('en-US');

/** The report as lines for a terminal: counts, then the first groups of each list (graph.json has them all). */
export function formatHygiene(h: HygieneReport): string[] {
  const pct = h.entities ? Math.round((100 * h.isolated) / h.entities) : 0;
  const types = ENTITY_TYPE_LIST.filter((t) => h.byType[t] > 0).map((t) => `${t} ${count(h.byType[t])}`).join(', ');
  const rules = (Object.keys(h.merges.byRule) as MergeRule[]).filter((r) => h.merges.byRule[r] > 0).map((r) => `${r} ${count(h.merges.byRule[r])}`).join(', ');
  const kinds = (['surname', 'acronym', 'name'] as const).map((k) => `${k} ${h.duplicates.filter((d) => d.kind === k).length}`).join(', ');
  const lines = [
    `${count(h.entities)} entities (${types}), ${count(h.relations)} relations, ${count(h.isolated)} isolated entities (${pct}%)`,
    `merges: ${count(h.merges.total)}${rules ? ` (${rules})` : ''}`,
    `suspected duplicates left: ${count(h.duplicates.length)} (${kinds})`,
    ...list(h.duplicates, (d) => `  ${d.kind} ${JSON.stringify(d.key)}: ${d.ids.join(', ')}`),
    `names on nodes of several types: ${count(h.crossType.length)}`,
    ...list(h.crossType, (c) => `  ${JSON.stringify(c.name)}: ${c.ids.join(', ')} (${c.types.join(', ')})`),
  ];
  if (h.bareMeetings.length > 0) lines.push(`meetings named by a bare noun: ${h.bareMeetings.length}`, ...list(h.bareMeetings, (id) => `  ${id}`));
  return lines;
}

function list<T>(items: readonly T[], line: (item: T) => string): string[] {
  const out = items.slice(0, MAX_LISTED).map(line);
  if (items.length > MAX_LISTED) out.push(`  … and ${count(items.length - MAX_LISTED)} more (graph.json: graph attribute "hygiene")`);
  return out;
}
