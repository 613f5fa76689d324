// What the cross-document rules know of the corpus: every entity sorted by id, the documents each
// one is found in, the entities of each document, and whether two entities' contexts (the entities
// they co-occur with) agree. Built once in time linear in the mentions and kept up to date as
// entities are joined, pass after pass; no rule compares all pairs.

import type { Entity, Relation } from '../../types.ts';
import { byString } from '../join.ts';

/** Outlets and meetings say nothing about who a name is: the same outlet reports everyone, meetings are per document. */
const CONTEXT_TYPES = new Set<string>(['person', 'state', 'organization', 'place']);

export class Corpus {
  private sorted: Entity[];
  readonly byId = new Map<string, Entity>();
  private readonly docs = new Map<string, Set<string>>();
  private readonly members = new Map<string, string[]>();
  private readonly assumed = new Map<string, string>();
  /** Entities found in more documents than this are too common to tell two people apart. */
  private readonly commonAbove: number;

  constructor(entities: Iterable<Entity>, public relations: readonly Relation[], documentCount: number) {
    this.sorted = [...entities].sort((x, y) => byString(x.id, y.id));
    for (const e of this.sorted) {
      this.byId.set(e.id, e);
      const set = new Set<string>();
      for (const m of e.mentions) {
        if (set.has(m.doc)) continue;
        set.add(m.doc);
        const list = this.members.get(m.doc);
        if (list) list.push(e.id);
        else this.members.set(m.doc, [e.id]);
      }
      this.docs.set(e.id, set);
    }
    this.commonAbove = Math.max(5, Math.ceil(documentCount / 10));
  }

  get entities(): readonly Entity[] {
    return this.sorted;
  }

  /** Records joins (joined id → the id that remains; the entity objects that remain were updated in place), and the relations as they are now. */
  joined(joins: ReadonlyMap<string, string>, relations: readonly Relation[]): void {
    for (const [from, into] of joins) {
      const intoDocs = this.docs.get(into)!;
      for (const d of this.docs.get(from)!) {
        const list = this.members.get(d)!;
        const i = list.indexOf(from);
        if (intoDocs.has(d)) list.splice(i, 1);
        else {
          list[i] = into;
          intoDocs.add(d);
        }
      }
      this.docs.delete(from);
      this.byId.delete(from);
    }
    this.sorted = this.sorted.filter((e) => this.byId.has(e.id));
    this.relations = relations;
  }

  docsOf(id: string): ReadonlySet<string> {
    return this.docs.get(id) ?? new Set();
  }

  /** True when the two are found in one document together. */
  coOccur(a: Entity, b: Entity): boolean {
    const [small, large] = this.ordered(a, b);
    for (const d of this.docsOf(small.id)) if (this.docsOf(large.id).has(d)) return true;
    return false;
  }

  /** Joins to assume when comparing contexts (a short form → the one entity it fits). */
  assume(pairs: Iterable<readonly [string, string]>): void {
    this.assumed.clear();
    for (const [from, to] of pairs) this.assumed.set(from, to);
  }

  /**
   * How two entities' contexts compare: found in one document together; sharing a telling entity
   * (a person, state, organization or place found in at most a tenth of the documents, with the
   * assumed joins applied); both beside telling entities but none in common; or nothing to tell
   * (one is found alone, or only beside very common entities).
   */
  compare(a: Entity, b: Entity): 'together' | 'shared' | 'disjoint' | 'unknown' {
    if (this.coOccur(a, b)) return 'together';
    const [small, large] = this.ordered(a, b);
    const own = new Set([a.id, b.id, this.canon(a.id), this.canon(b.id)]);
    const telling = (id: string) => !own.has(id) && !own.has(this.canon(id)) && CONTEXT_TYPES.has(this.byId.get(id)!.type) && this.docsOf(id).size <= this.commonAbove;
    const context = new Set<string>();
    for (const d of this.docsOf(small.id)) for (const id of this.members.get(d)!) if (telling(id)) context.add(this.canon(id));
    if (context.size === 0) return 'unknown';
    let told = false;
    for (const d of this.docsOf(large.id)) {
      for (const id of this.members.get(d)!) {
        if (!telling(id)) continue;
        if (context.has(this.canon(id))) return 'shared';
        told = true;
      }
    }
    return told ? 'disjoint' : 'unknown';
  }

  /** Whether two entities may be one: not when both are found beside telling entities and share none of them nor a document. */
  contextsAgree(a: Entity, b: Entity): boolean {
    return this.compare(a, b) !== 'disjoint';
  }

  private canon(id: string): string {
    return this.assumed.get(id) ?? id;
  }

  private ordered(a: Entity, b: Entity): [Entity, Entity] {
    return this.docsOf(a.id).size <= this.docsOf(b.id).size ? [a, b] : [b, a];
  }
}
