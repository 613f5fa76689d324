// The one serializable view state — what is selected, filtered, focused, how nodes are sized and
// coloured, where the camera is — and its round trip through the URL hash, so that a shared link
// reproduces a view and the back button returns to the previous one.

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export type SizeBy = 'pagerank' | 'degree' | 'mentions';
export type ColorBy = 'type' | 'community';

export interface ViewState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenNodeTypes: string[];
  hiddenEdgeTypes: string[];
  sizeBy: SizeBy;
  colorBy: ColorBy;
  /** Nodes with fewer visible relations are hidden. */
  minDegree: number;
  /** null: the default for the graph's size (hidden above AUTO_HIDE_ISOLATES nodes). */
  hideIsolates: boolean | null;
  largestComponent: boolean;
  /** Document ids; empty for all documents. */
  documents: string[];
  /** Published-date range (YYYY-MM-DD, inclusive); relations outside it, or undated, are hidden. */
  dateFrom: string | null;
  dateTo: string | null;
  minConfidence: number;
  /** Ego network of the selected node: depth 1–3, 0 for off. */
  focusDepth: number;
  /** Shortest path between two entities, drawn and listed. */
  path: [string, string] | null;
  /** The relation table is open. */
  table: boolean;
  camera: CameraView | null;
}

/** Above this many entities isolates are hidden unless the view says otherwise. */
export const AUTO_HIDE_ISOLATES = 500;

export const DEFAULT_STATE: ViewState = {
  selectedNode: null,
  selectedEdge: null,
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  sizeBy: 'pagerank',
  colorBy: 'type',
  minDegree: 0,
  hideIsolates: null,
  largestComponent: false,
  documents: [],
  dateFrom: null,
  dateTo: null,
  minConfidence: 0,
  focusDepth: 0,
  path: null,
  table: false,
  camera: null,
};

export function isolatesHidden(s: ViewState, order: number): boolean {
  return s.hideIsolates ?? order > AUTO_HIDE_ISOLATES;
}

const round = (n: number) => Math.round(n * 1000) / 1000;
const DATE = /^\d{4}-\d{2}-\d{2}$/;
const SIZES: SizeBy[] = ['pagerank', 'degree', 'mentions'];

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selectedNode) p.set('node', s.selectedNode);
  if (s.selectedEdge) p.set('edge', s.selectedEdge);
  if (s.hiddenNodeTypes.length) p.set('hide', [...s.hiddenNodeTypes].sort().join(','));
  if (s.hiddenEdgeTypes.length) p.set('hideRel', [...s.hiddenEdgeTypes].sort().join(','));
  if (s.sizeBy !== 'pagerank') p.set('size', s.sizeBy);
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.minDegree > 0) p.set('minDeg', String(s.minDegree));
  if (s.hideIsolates !== null) p.set('iso', s.hideIsolates ? 'hide' : 'show');
  if (s.largestComponent) p.set('giant', '1');
  // Document ids may contain commas: one parameter per document.
  for (const d of [...s.documents].sort()) p.append('doc', d);
  if (s.dateFrom) p.set('from', s.dateFrom);
  if (s.dateTo) p.set('to', s.dateTo);
  if (s.minConfidence > 0) p.set('conf', String(round(s.minConfidence)));
  if (s.focusDepth > 0) p.set('focus', String(s.focusDepth));
  if (s.path) {
    p.append('path', s.path[0]);
    p.append('path', s.path[1]);
  }
  if (s.table) p.set('table', '1');
  if (s.camera) p.set('cam', `${round(s.camera.x)},${round(s.camera.y)},${round(s.camera.ratio)}`);
  const str = p.toString();
  return str ? `#${str}` : '';
}

function num(v: string | null, min: number, max: number, fallback: number): number {
  const n = Number(v);
  return v !== null && v.trim() !== '' && Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

export function fromHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const cam = list('cam').map(Number);
  const date = (k: string) => (DATE.test(p.get(k) ?? '') ? p.get(k) : null);
  const path = p.getAll('path');
  const size = p.get('size') as SizeBy;
  return {
    selectedNode: p.get('node'),
    selectedEdge: p.get('edge'),
    hiddenNodeTypes: list('hide'),
    hiddenEdgeTypes: list('hideRel'),
    sizeBy: SIZES.includes(size) ? size : 'pagerank',
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    minDegree: Math.round(num(p.get('minDeg'), 0, 1e6, 0)),
    hideIsolates: p.get('iso') === 'hide' ? true : p.get('iso') === 'show' ? false : null,
    largestComponent: p.get('giant') === '1',
    documents: p.getAll('doc'),
    dateFrom: date('from'),
    dateTo: date('to'),
    minConfidence: num(p.get('conf'), 0, 1, 0),
    focusDepth: Math.round(num(p.get('focus'), 0, 3, 0)),
    path: path.length === 2 && path[0] !== path[1] ? [path[0]!, path[1]!] : null,
    table: p.get('table') === '1',
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  };
}
