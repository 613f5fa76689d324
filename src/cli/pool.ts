// A pool of worker_threads that extracts documents in parallel. Each worker keeps two tasks in
// flight so that it never waits for the main thread; results arrive in any order and are handed to
// the caller with their index (the merge does not depend on order, so outputs stay byte-identical).

import { Worker } from 'node:worker_threads';
import type { Task, TaskResult } from './task.ts';
import { runTask } from './worker.ts';

declare const __NEWSGRAPH_BUNDLE__: boolean | undefined;

export type { Task, TaskResult } from './task.ts';

/** The worker's script: the compiled one beside the bundle, or the sources through tsx. */
function workerUrl(): URL {
  // In the bundle, import.meta.url names this source file (see scripts/build-cli.mjs).
  return typeof __NEWSGRAPH_BUNDLE__ !== 'undefined' ? new URL('../../dist/worker.mjs', import.meta.url) : new URL('./worker-dev.mjs', import.meta.url);
}

const IN_FLIGHT = 2;

/**
 * Runs every task, calling `onResult` as each finishes. With `jobs` ≤ 1 the tasks run in this
 * thread (no worker start-up); otherwise `jobs` workers share them.
 */
export async function runPool(tasks: Task[], jobs: number, onResult: (r: TaskResult) => void): Promise<void> {
  if (jobs <= 1 || tasks.length <= 1) {
    for (const t of tasks) {
      onResult(runTask(t));
      // Lets progress timers and signals run between documents.
      if (t.i % 16 === 15) await new Promise((r) => setImmediate(r));
    }
    return;
  }
  const n = Math.min(jobs, tasks.length);
  let next = 0;
  const workers: Worker[] = [];
  try {
    await new Promise<void>((resolve, reject) => {
      let done = 0;
      let failed = false;
      const feed = (w: Worker) => {
        if (next < tasks.length) w.postMessage(tasks[next++]);
      };
      for (let k = 0; k < n; k++) {
        const w = new Worker(workerUrl(), { workerData: { newsgraphWorker: true } });
        workers.push(w);
        w.on('message', (r: TaskResult) => {
          if (failed) return;
          try {
            onResult(r);
          } catch (err) {
            failed = true;
            reject(err);
            return;
          }
          if (++done === tasks.length) resolve();
          else feed(w);
        });
        w.on('error', (err) => {
          failed = true;
          reject(new Error(`extraction worker failed: ${err.message}`));
        });
        w.on('exit', (code) => {
          if (code !== 0 && !failed && done < tasks.length) {
            failed = true;
            reject(new Error(`extraction worker exited with code ${code}`));
          }
        });
        for (let j = 0; j < IN_FLIGHT; j++) feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}
