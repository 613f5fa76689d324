// The shared core of a mounted explorer (types only): the model, the renderer, the view state and
// what it implies. app.ts creates it; events.ts and ui.ts act on it.

import type Sigma from 'sigma';
import type { Visibility } from './filters.ts';
import type { Model } from './model.ts';
import type { Focus } from './reducers.ts';
import type { ViewState } from './state.ts';
import type { Hop } from './traverse.ts';

export interface Ui {
  /** Redraws the panel and status; `full` also the legends, controls and table (filters changed). */
  render: (full: boolean) => void;
  /** Selects a node (or ends a path being drawn at it). */
  chooseNode: (node: string, moveCamera: boolean) => void;
  dispose: () => void;
}

export interface Core {
  model: Model;
  renderer: Sigma;
  /** Redraws the focus overlay of large graphs. */
  drawOverlay: () => void;
  focus: Focus;
  state: ViewState;
  vis: Visibility;
  visKey: string;
  /** The node a path is drawn from, until its other end is chosen. */
  pathStart: string | null;
  path: Hop[] | null;
  ui: Ui | null;
  /** Changes the state; `push` makes a history entry (the back button returns to the previous view). */
  setState: (patch: Partial<ViewState>, push?: boolean, moveCamera?: boolean) => void;
  /** Redraws what changed from `prev` to the current state (null: everything). */
  apply: (prev: ViewState | null, moveCamera: boolean) => void;
}
