// Atomic output: every file is first written beside its target as a temp file, and all are
// renamed only when all were written, so a failed run leaves the previous outputs as they were.

import { mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function writeFilesAtomic(dir: string, files: Record<string, string>): string[] {
  mkdirSync(dir, { recursive: true });
  const temps: [string, string][] = [];
  try {
    for (const [name, content] of Object.entries(files)) {
      const target = join(dir, name);
      const tmp = join(dirname(target), `.${name}.tmp-${process.pid}`);
      writeFileSync(tmp, content);
      temps.push([tmp, target]);
    }
  } catch (err) {
    for (const [tmp] of temps) rmSync(tmp, { force: true });
    throw err;
  }
  for (const [tmp, target] of temps) renameSync(tmp, target);
  return temps.map(([, t]) => t);
}

export function writeFileAtomic(path: string, content: string): void {
  writeFilesAtomic(dirname(path), { [path.slice(dirname(path).length + 1)]: content });
}
