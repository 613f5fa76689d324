// The extraction pipeline: an ordered list of named components over one Doc (doc.ts). Each
// component runs once per document, reads the fields it requires and returns the fields it assigns;
// the runner merges them (appending to the shared lists: entities, links, drafts). Components can be
// disabled for ablations (`--disable NAME`) and their hand-set defaults overridden, both validated
// once against the components' own declarations.

import { RELATION_TYPES, type InputDocument } from '../types.ts';
import { corefComponent, corefTitledComponent } from './coref.ts';
import { descriptionsComponent } from './descriptions.ts';
import { APPEND_FIELDS, newDoc, type Component, type Doc, type DocField, type RelationDraft } from './doc.ts';
import { meetingNamesComponent } from './meeting-names.ts';
import { meetingsComponent } from './meetings.ts';
import { mentionsComponent } from './mentions.ts';
import { metonymyComponent } from './metonymy.ts';
import { pronounsComponent } from './pronouns.ts';
import { actionsComponent } from './relations/actions.ts';
import { conflictsComponent } from './relations/conflicts.ts';
import { attributionComponent, claimsComponent } from './relations/attribution.ts';
import { killingsComponent } from './relations/killings.ts';
import { meetingRelationsComponent } from './relations/meetings.ts';
import { modelComponent } from './relations/model.ts';
import { placesComponent } from './relations/places.ts';
import { pressReviewComponent } from './relations/press-review.ts';
import { positionsComponent } from './relations/positions.ts';
import { residenceComponent } from './relations/residence.ts';
import { stancePassivesComponent } from './relations/stance-passives.ts';
import { stancePrefixesComponent } from './relations/stance-prefixes.ts';
import { resolveComponent } from './resolve.ts';
import { taggerComponent } from './tagging.ts';
import { textComponent } from './text.ts';
import { titlesComponent } from './titles.ts';

/** The drafts kept: both ends distinct and of the types the relation type allows. */
export const selectComponent: Component = {
  name: 'relations.select',
  requires: ['drafts'],
  assigns: ['relations', 'dropped'],
  defaults: {},
  essential: true,
  run(doc) {
    const relations: RelationDraft[] = [];
    const dropped: { draft: RelationDraft; reason: string }[] = [];
    for (const d of doc.drafts) {
      const spec = RELATION_TYPES[d.type];
      if (d.source === d.target) dropped.push({ draft: d, reason: 'same entity at both ends' });
      else if (!(spec.source as readonly string[]).includes(d.source.type)) dropped.push({ draft: d, reason: `${d.type} cannot start at a ${d.source.type}` });
      else if (!(spec.target as readonly string[]).includes(d.target.type)) dropped.push({ draft: d, reason: `${d.type} cannot end at a ${d.target.type}` });
      else relations.push(d);
    }
    return { relations, dropped };
  },
};

/** The components in the order they run. */
export const PIPELINE: readonly Component<object>[] = [
  textComponent,
  titlesComponent,
  taggerComponent,
  mentionsComponent,
  meetingsComponent,
  resolveComponent,
  metonymyComponent,
  descriptionsComponent,
  corefTitledComponent as Component<object>,
  pronounsComponent,
  positionsComponent as Component<object>,
  corefComponent,
  meetingRelationsComponent as Component<object>,
  attributionComponent as Component<object>,
  actionsComponent as Component<object>,
  stancePassivesComponent as Component<object>,
  stancePrefixesComponent as Component<object>,
  conflictsComponent as Component<object>,
  placesComponent as Component<object>,
  pressReviewComponent as Component<object>,
  residenceComponent as Component<object>,
  killingsComponent as Component<object>,
  selectComponent,
  modelComponent,
  claimsComponent,
  meetingNamesComponent,
];

export interface PipelineOptions {
  /** Names of components to skip (ablation); their fields stay empty. */
  disable?: readonly string[];
  /** Overrides of components' defaults, by component name. */
  settings?: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

/** Fields that a component requires but no earlier component assigns: the pipeline's order errors. */
export function orderErrors(components: readonly Component<object>[]): string[] {
  const assigned = new Set<DocField>();
  const errors: string[] = [];
  for (const c of components) {
    for (const f of c.requires) if (!assigned.has(f)) errors.push(`${c.name} requires "${f}", which no earlier component assigns`);
    for (const f of c.assigns) assigned.add(f);
  }
  return errors;
}

/** A pipeline prepared for options: the components to run with their settings. Throws on bad options. */
export interface Prepared {
  steps: { component: Component<object>; settings: object }[];
}

export function preparePipeline(options: PipelineOptions = {}): Prepared {
  const names = new Set(PIPELINE.map((c) => c.name));
  const disabled = new Set(options.disable ?? []);
  for (const n of disabled) {
    if (!names.has(n)) throw new Error(`extract: no pipeline component "${n}" to disable (components: ${[...names].join(', ')})`);
    if (PIPELINE.find((c) => c.name === n)!.essential) throw new Error(`extract: the "${n}" component cannot be disabled: every later one depends on it`);
  }
  for (const [n, over] of Object.entries(options.settings ?? {})) {
    const c = PIPELINE.find((x) => x.name === n);
    if (!c) throw new Error(`extract: settings for an unknown component "${n}"`);
    for (const [k, v] of Object.entries(over)) {
      const def = (c.defaults as Record<string, unknown>)[k];
      if (def === undefined) throw new Error(`extract: component "${n}" has no setting "${k}" (settings: ${Object.keys(c.defaults).join(', ') || 'none'})`);
      if (typeof v !== typeof def) throw new Error(`extract: setting "${n}.${k}" must be a ${typeof def}`);
    }
  }
  return {
    steps: PIPELINE.filter((c) => !disabled.has(c.name)).map((component) => ({
      component,
      settings: { ...component.defaults, ...(options.settings?.[component.name] ?? {}) },
    })),
  };
}

/** Runs the prepared pipeline over one document. */
export function runPipeline(input: InputDocument, prepared: Prepared = preparePipeline()): Doc {
  let doc = newDoc(input);
  for (const { component, settings } of prepared.steps) {
    const added = component.run(doc, settings) as Record<string, unknown>;
    const next: Record<string, unknown> = { ...doc };
    for (const [key, value] of Object.entries(added)) {
      const field = key as DocField;
      if (!component.assigns.includes(field)) throw new Error(`extract: component "${component.name}" returned "${key}", which it does not declare`);
      if (APPEND_FIELDS.has(field)) {
        // Only drafts are copied (to carry their rule); `concat`, not spreads, which iterate both
        // lists element by element in unoptimized code. An empty addition keeps the list itself:
        // per-document caches are keyed by these arrays (relations/context.ts).
        const list = field === 'drafts' ? (value as RelationDraft[]).map((v) => ({ ...v, rule: component.name })) : (value as unknown[]);
        next[field] = list.length === 0 ? doc[field] : (doc[field] as unknown[]).concat(list);
      } else next[field] = value;
    }
    doc = next as unknown as Doc;
  }
  return doc;
}
