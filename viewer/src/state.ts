// The one serializable view state (what is selected, hidden, how nodes are sized and colored,
// where the camera is) and its round trip through the URL hash, so that a link reproduces a view.

export interface CameraView {
  x: number;
  y: number;
  ratio: number;
}

export interface ViewState {
  selectedNode: string | null;
  selectedEdge: string | null;
  hiddenNodeTypes: string[];
  hiddenEdgeTypes: string[];
  sizeBy: 'pagerank' | 'degree';
  colorBy: 'type' | 'community';
  camera: CameraView | null;
}

export const DEFAULT_STATE: ViewState = {
  selectedNode: null,
  selectedEdge: null,
  hiddenNodeTypes: [],
  hiddenEdgeTypes: [],
  sizeBy: 'pagerank',
  colorBy: 'type',
  camera: null,
};

const round = (n: number) => Math.round(n * 1000) / 1000;

export function toHash(s: ViewState): string {
  const p = new URLSearchParams();
  if (s.selectedNode) p.set('node', s.selectedNode);
  if (s.selectedEdge) p.set('edge', s.selectedEdge);
  if (s.hiddenNodeTypes.length) p.set('hide', [...s.hiddenNodeTypes].sort().join(','));
  if (s.hiddenEdgeTypes.length) p.set('hideRel', [...s.hiddenEdgeTypes].sort().join(','));
  if (s.sizeBy !== 'pagerank') p.set('size', s.sizeBy);
  if (s.colorBy !== 'type') p.set('color', s.colorBy);
  if (s.camera) p.set('cam', `${round(s.camera.x)},${round(s.camera.y)},${round(s.camera.ratio)}`);
  const str = p.toString();
  return str ? `#${str}` : '';
}

export function fromHash(hash: string): ViewState {
  const p = new URLSearchParams(hash.replace(/^#/, ''));
  const list = (k: string) => (p.get(k) ?? '').split(',').filter(Boolean);
  const cam = list('cam').map(Number);
  return {
    selectedNode: p.get('node'),
    selectedEdge: p.get('edge'),
    hiddenNodeTypes: list('hide'),
    hiddenEdgeTypes: list('hideRel'),
    sizeBy: p.get('size') === 'degree' ? 'degree' : 'pagerank',
    colorBy: p.get('color') === 'community' ? 'community' : 'type',
    camera: cam.length === 3 && cam.every(Number.isFinite) && cam[2]! > 0 ? { x: cam[0]!, y: cam[1]!, ratio: cam[2]! } : null,
  };
}
