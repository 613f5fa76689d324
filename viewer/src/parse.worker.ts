// Fetches and parses graph.json off the main thread, reporting progress as bytes arrive, so that
// the page stays responsive and shows how far a large graph has loaded.

export type WorkerMessage =
  | { kind: 'progress'; loaded: number; total: number }
  | { kind: 'done'; data: unknown }
  | { kind: 'error'; message: string };

const post = (m: WorkerMessage) => (self as unknown as Worker).postMessage(m);

self.onmessage = async (ev: MessageEvent<{ url: string }>) => {
  const { url } = ev.data;
  try {
    const res = await fetch(url);
    if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
    const total = Number(res.headers.get('content-length')) || 0;
    const chunks: Uint8Array[] = [];
    let loaded = 0;
    const reader = res.body!.getReader();
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      loaded += value.length;
      post({ kind: 'progress', loaded, total });
    }
    const bytes = new Uint8Array(loaded);
    let at = 0;
    for (const c of chunks) {
      bytes.set(c, at);
      at += c.length;
    }
    const text = new TextDecoder().decode(bytes);
    post({ kind: 'done', data: /^\s*</.test(text) ? text : JSON.parse(text) });
  } catch (err) {
    post({ kind: 'error', message: err instanceof SyntaxError ? `${url}: not valid JSON (${err.message})` : (err as Error).message });
  }
};
