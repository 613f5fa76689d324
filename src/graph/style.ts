// The one palette of newsgraph, shared by the graph builder (node colours written into graph.json
// and graph.gexf) and the viewer (legend swatches, edge colours, community colours), plus the
// words the viewer uses for relation types. Change a colour here and both follow.

import type { EntityType, RelationType } from '../types.ts';

/**
 * Entity types: Okabe & Ito's colour-blind-safe palette (2008). Chosen so that the six types stay
 * apart under deuteranopia and protanopia; test/graph/style.test.ts checks the distances under a
 * simulation (Machado et al. 2009).
 */
export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#d55e00',
  state: '#0072b2',
  organization: '#e69f00',
  media: '#cc79a7',
  place: '#009e73',
  meeting: '#56b4e9',
};

/**
 * Relation types, for edges and their legend swatches: muted tones so that nodes stay in front,
 * one family of hue per kind of relation (roles, places, media, stances).
 */
export const RELATION_COLORS: Record<RelationType, string> = {
  holds_position: '#332288',
  participant_in: '#6699cc',
  counterpart_of: '#aa4499',
  located_in: '#117733',
  based_in: '#44aa99',
  lives_in: '#999933',
  part_of: '#ccbb66',
  reported: '#aaaaaa',
  quoted: '#777777',
  supports: '#4477aa',
  opposes: '#cc6677',
  sanctions: '#ee7733',
  at_war_with: '#882255',
  killed: '#222222',
};

/** Relation types as words, for edge labels and the legend ("holds_position" → "holds position in"). */
export const RELATION_WORDS: Record<RelationType, string> = {
  holds_position: 'holds position in',
  participant_in: 'takes part in',
  counterpart_of: 'counterpart of',
  located_in: 'located in',
  based_in: 'based in',
  lives_in: 'lives in',
  part_of: 'part of',
  reported: 'reported on',
  quoted: 'quoted',
  supports: 'supports',
  opposes: 'opposes',
  sanctions: 'sanctions',
  at_war_with: 'at war with',
  killed: 'killed',
};

/**
 * Community mode: the largest communities get these (Paul Tol's "light" scheme, distinct from the
 * type palette so that a community is never mistaken for a type); all others get COMMUNITY_REST.
 */
export const COMMUNITY_COLORS = ['#77aadd', '#ee8866', '#eedd88', '#ffaabb', '#99ddff', '#44bb99', '#bbcc33', '#aaaa00'];
export const COMMUNITY_REST = '#cfcfcf';

/** The colour of a type the palette does not know (a GEXF saved by another tool). */
export const UNKNOWN_COLOR = '#999999';

export function typeColor(type: string): string {
  return (TYPE_COLORS as Record<string, string>)[type] ?? UNKNOWN_COLOR;
}

export function relationColor(kind: string): string {
  return (RELATION_COLORS as Record<string, string>)[kind] ?? UNKNOWN_COLOR;
}

/** "holds_position" → "holds position in"; an unknown kind with its underscores as spaces. */
export function relationWords(kind: string): string {
  return (RELATION_WORDS as Record<string, string>)[kind] ?? kind.replace(/_/g, ' ');
}
