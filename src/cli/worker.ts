// An extraction worker thread of the pool (pool.ts): extracts each document it is sent, stores the
// result in the cache when asked to, and posts it back. The model and lexicon load once per worker.

import { parentPort, workerData } from 'node:worker_threads';
import { extractOne } from '../extract/index.ts';
import { writeEntry } from './cache.ts';
import type { Task, TaskResult } from './task.ts';

/** Extracts one task's document; never throws (a failure is the result). */
export function runTask(task: Task): TaskResult {
  try {
    const x = extractOne(task.doc);
    if (task.cacheFile) writeEntry(task.cacheFile, x);
    return { i: task.i, extraction: x };
  } catch (err) {
    return { i: task.i, error: (err as Error).message.split('\n')[0] ?? 'unknown error' };
  }
}

// Only in a thread the pool started (this module is also imported by the pool for --jobs 1).
if (parentPort && (workerData as { newsgraphWorker?: boolean } | null)?.newsgraphWorker) {
  const port = parentPort;
  port.on('message', (task: Task) => port.postMessage(runTask(task)));
}
