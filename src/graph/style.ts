// Colors of entity types (Tableau 10, readable on white and colorblind-safer), shared by the
// graph builder and the viewer legend.

import type { EntityType } from '../types.ts';

export const TYPE_COLORS: Record<EntityType, string> = {
  person: '#e15759',
  state: '#4e79a7',
  organization: '#f28e2b',
  media: '#76b7b2',
  place: '#59a14f',
  meeting: '#b07aa1',
};
