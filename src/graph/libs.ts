// The graph libraries (graphology, its components, layout and metric packages), loaded on first
// use: `newsgraph extract` builds no graph, and importing them at start-up cost about 25 ms of CPU
// of a one-document extract (0.335 → 0.31 s, core 1). Node only: the viewer imports none of the
// modules that use this (it imports graph/style.ts and only types from graph/build.ts).
// graphology-gexf stays a static import of export/gexf.ts, which the viewer bundles.

import { createRequire } from 'node:module';
import type GraphClass from 'graphology';
import type * as Components from 'graphology-components';
import type Louvain from 'graphology-communities-louvain';
import type ForceAtlas2 from 'graphology-layout-forceatlas2';
import type Noverlap from 'graphology-layout-noverlap';
import type Pagerank from 'graphology-metrics/centrality/pagerank.js';

const require = createRequire(import.meta.url);

export const graphology = (): typeof GraphClass => require('graphology') as typeof GraphClass;
export const graphComponents = (): typeof Components => require('graphology-components') as typeof Components;
export const forceAtlas2 = (): typeof ForceAtlas2 => require('graphology-layout-forceatlas2') as typeof ForceAtlas2;
export const noverlap = (): typeof Noverlap => require('graphology-layout-noverlap') as typeof Noverlap;
export const louvain = (): typeof Louvain => require('graphology-communities-louvain') as typeof Louvain;
export const pagerank = (): typeof Pagerank => require('graphology-metrics/centrality/pagerank.js') as typeof Pagerank;
