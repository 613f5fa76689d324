// Input reading: every document of a batch is read or reported, whatever the file system holds.
import { execFileSync } from 'node:child_process';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { printable } from '../../src/cli/errors.ts';
import { documents, isIsoDate, parseJsonlLine, readInputs } from '../../src/cli/input.ts';
import { extract } from '../../src/extract/index.ts';
import { tempDir } from '../helpers.ts';

// The tests run as root, whom permissions do not stop: a folder named "locked" fails to list as an
// unreadable one would.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const readdirSync = ((path: Parameters<typeof fs.readdirSync>[0], ...rest: unknown[]) => {
    if (String(path).endsWith('/locked')) throw Object.assign(new Error(`EACCES: permission denied, scandir '${String(path)}'`), { code: 'EACCES' });
    return (fs.readdirSync as (...a: unknown[]) => unknown)(path, ...rest);
  }) as typeof fs.readdirSync;
  return { ...fs, readdirSync, default: { ...fs, readdirSync } };
});

const noStdin = () => {
  throw new Error('stdin read');
};
const read = (inputs: string[], cwd: string) => readInputs(inputs, cwd, noStdin);
const reasons = (r: ReturnType<typeof read>) => r.errors.map((e) => e.message);

describe('input reading', () => {
  it('"a\\b.txt" and "a/b.txt" are two documents with two ids', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'b.txt'), 'Slash.');
    writeFileSync(join(dir, 'a\\b.txt'), 'Backslash.');
    const r = read(['.'], dir);
    expect(r.errors).toEqual([]);
    expect(r.documents.map((d) => d.id).sort()).toEqual(['a/b.txt', 'a\\b.txt']);
  });

  it('"an unreadable subfolder" is reported in one line and the rest of the batch is read', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'corpus', 'locked'), { recursive: true });
    writeFileSync(join(dir, 'corpus', 'locked', 'hidden.txt'), 'Hidden.');
    writeFileSync(join(dir, 'corpus', 'z.txt'), 'Last article.');
    const r = read(['corpus'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['corpus/z.txt']);
    expect(reasons(r)).toEqual(['corpus/locked: directory not readable (permission denied)']);
  });

  it('a symlinked file is read; a symlink loop and a broken link are reported, the rest read', () => {
    const dir = tempDir();
    const corpus = join(dir, 'corpus');
    mkdirSync(join(corpus, 'sub'), { recursive: true });
    writeFileSync(join(dir, 'real.txt'), 'Linked article.');
    writeFileSync(join(corpus, 'sub', 'plain.txt'), 'Plain article.');
    symlinkSync(join(dir, 'real.txt'), join(corpus, 'linked.txt'));
    symlinkSync(corpus, join(corpus, 'sub', 'loop'));
    symlinkSync(join(dir, 'gone.txt'), join(corpus, 'broken.txt'));
    const r = read(['corpus'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['corpus/linked.txt', 'corpus/sub/plain.txt']);
    expect(reasons(r)).toEqual(['corpus/broken.txt: broken symbolic link', 'corpus/sub/loop: directory already read (a symbolic link loop?), skipped']);
  });

  it('"a FIFO named news.txt" is reported at once instead of hanging the batch', () => {
    const dir = tempDir();
    execFileSync('mkfifo', [join(dir, 'news.txt')]);
    writeFileSync(join(dir, 'other.txt'), 'Other article.');
    const r = read(['.'], dir);
    expect(r.documents.map((d) => d.id)).toEqual(['other.txt']);
    expect(reasons(r)).toEqual(['news.txt: a FIFO, not a file (skipped)']);
    expect(reasons(read(['news.txt'], dir))).toEqual(['news.txt: a FIFO, not a file (skipped)']);
  });

  it('"caf\\xe9.txt" (a Latin-1 file name) is read by its bytes, not reported as missing', () => {
    const dir = tempDir();
    writeFileSync(Buffer.from(join(dir, 'caf\xe9.txt'), 'latin1'), 'Coffee article.');
    const r = read(['.'], dir);
    expect(r.errors).toEqual([]);
    expect(r.documents).toEqual([{ id: 'caf\ufffd.txt', text: 'Coffee article.' }]);
  });

  it('a duplicate id names the file and line of both documents', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'one.jsonl'), '{"id":"x","text":"First."}\n\n{"id":"x","text":"Again."}\n');
    writeFileSync(join(dir, 'two.jsonl'), '{"id":"x","text":"Third."}');
    const r = read(['one.jsonl', 'two.jsonl'], dir);
    expect(r.documents).toEqual([{ id: 'x', text: 'First.' }]);
    expect(reasons(r)).toEqual([
      'one.jsonl:3: duplicate document id "x" (first read from one.jsonl:1), skipped',
      'two.jsonl:1: duplicate document id "x" (first read from one.jsonl:1), skipped',
    ]);
  });

  it('.jsonl lines: invalid JSON says so, other values are named, a bad "published" is refused', () => {
    expect(parseJsonlLine('f:1', '{"id": "a", "text": }').error!.message).toMatch(/^f:1: not valid JSON \(.+\)$/);
    expect(parseJsonlLine('f:2', '[1]').error!.message).toBe('f:2: not a JSON object (got an array)');
    expect(parseJsonlLine('f:3', '"text"').error!.message).toBe('f:3: not a JSON object (got string)');
    expect(parseJsonlLine('f:4', '{"id":"a","text":"x","published":"last Tuesday"}').error!.message).toContain('"published" must be an ISO 8601 date');
    expect(parseJsonlLine('f:5', '{"id":"a","text":"x","published":"2025-02-30"}').error).toBeDefined();
    expect(parseJsonlLine('f:6', '{"id":"a","text":"x","published":"2025-01-10T08:00:00+13:00"}').doc!.published).toBe('2025-01-10T08:00:00+13:00');
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2025-01-10T25:00')).toBe(false);
  });

  it('reads .jsonl one line at a time: lines longer than a read chunk, CRLF, a BOM, a last line without newline', () => {
    const dir = tempDir();
    const long = 'Polish President Andrzej Duda spoke. '.repeat(5000);
    writeFileSync(join(dir, 'big.jsonl'), '\ufeff' + JSON.stringify({ id: 'long', text: long }) + '\r\n' + JSON.stringify({ id: 'short', text: 'Short.' }));
    const items = [...documents(['big.jsonl'], dir, noStdin)];
    expect(items.map((i) => i.doc?.id)).toEqual(['long', 'short']);
    expect(items[0]!.doc!.text).toBe(long);
  });

  it('a UTF-8 byte order mark stays in the text, so offsets count from the file\'s first character', () => {
    const dir = tempDir();
    const text = '\ufeffPolish President Andrzej Duda met Lithuanian President Gitanas Nauseda in Vilnius.';
    writeFileSync(join(dir, 'bom.txt'), text);
    const r = read(['bom.txt'], dir);
    expect(r.documents[0]!.text).toBe(text);
    const x = extract(r.documents);
    const duda = x.entities.find((e) => e.id === 'person:andrzej-duda')!;
    expect(duda.mentions[0]!.start).toBe(text.indexOf('Andrzej'));
    expect(text.slice(duda.mentions[0]!.start, duda.mentions[0]!.end)).toBe('Andrzej Duda');
  });

  it('file names with newlines and terminal escapes are printed as escapes', () => {
    const dir = tempDir();
    const name = 'x\n\u001b[2Jnewsgraph build: done\u202e.txt';
    writeFileSync(join(dir, name), '');
    const [e] = read(['.'], dir).errors;
    expect(e!.message).toBe('x\\n\\x1b[2Jnewsgraph build: done\\u202e.txt: empty document');
    expect(printable('tab\there\u0085\u2028')).toBe('tab\\there\\x85\\u2028');
  });
});
