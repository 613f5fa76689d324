// Property harness shared by the property test (fixed seed, few runs) and `npm run fuzz` (any seed,
// any count): random batches of text, HTML and .jsonl files with hostile names go through
// `newsgraph extract` and `newsgraph build` (in process), and every output is checked.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { main } from '../../src/cli/main.ts';
import { readInputs } from '../../src/cli/input.ts';
import type { Extraction } from '../../src/types.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
const GEXF_RNG = join(ROOT, 'test', 'fixtures', 'gexf-1.3', 'gexf.rng');
const validateExtraction = new Ajv2020({ allErrors: true }).compile(JSON.parse(readFileSync(join(ROOT, 'src', 'extraction.schema.json'), 'utf8')));

// ---------------------------------------------------------------- inputs

/** Words of news text, and the characters that have broken parsers before. */
const WORDS = [
  'President', 'Prime', 'Minister', 'Foreign', 'Secretary', 'Vladimir', 'Putin', 'Emmanuel', 'Macron', 'Sergei', 'Lavrov',
  'Marco', 'Rubio', 'Xi', 'Jinping', 'Ann', "O'Neil", 'met', 'said', 'told', 'Reuters', 'AP', 'The', 'Times', 'in', 'on',
  'Tuesday', 'last', 'week', 'talks', 'summit', 'visit', 'call', 'with', 'and', 'of', 'the', 'Russia', 'Russian', 'French',
  'France', 'China', 'Paris', 'Moscow', 'Istanbul', 'Kremlin', 'NATO', 'sanctions', 'supports', 'killed', 'U.S.', 'Gov.',
  ',', '.', ';', ':', '"', '“', '”', "'s", '(', ')', '—', '-', '&', '<', '>', '=', '+', '@',
];
const ODD = ['\u{1F600}', '\ufeff', '\u202e', '\u00a0', '\u200b', '\r\n', '\n\n', '\t', '\u001b[2J', '\u0007', '\u2028', 'é', 'ß', '\ud800', 'ﬁ', '＝'];
const HTML_BITS = ['<p>', '</p>', '<br>', '<div class="a">', '</div>', '<script>var p = "<p>x</p>";</script>', '<style>p{}</style>', '<!-- c -->',
  '&#x1F600;', '&#128512;', '&amp;', '&nbsp;', '&bogus;', '&#0;', '&#xD800;', '<svg><text>hid</text></svg>', '<b', '<a href="x">', '</a>', '<SCRIPT>', '</SCRIPT>'];

const word = fc.oneof({ weight: 8, arbitrary: fc.constantFrom(...WORDS) }, { weight: 2, arbitrary: fc.constantFrom(...ODD) }, { weight: 1, arbitrary: fc.string({ maxLength: 6, unit: 'grapheme' }) });
const person = fc.tuple(fc.constantFrom('President', 'Prime Minister', 'Foreign Minister', 'Secretary of State', ''), fc.constantFrom('Vladimir Putin', 'Emmanuel Macron', 'Sergei Lavrov', 'Marco Rubio', 'Xi Jinping', "Ann O'Neil", 'Olaf Scholz'))
  .map(([title, name]) => (title ? `${title} ${name}` : name));
/** A sentence shaped like news, so that meetings, dates and relations are found, not only names. */
const sentence = fc
  .tuple(fc.constantFrom('Russian', 'French', 'Chinese', 'U.S.', 'German', ''), person, fc.constantFrom('met', 'held talks with', 'spoke by phone with', 'visited', 'said he would meet'), person,
    fc.constantFrom('in Paris', 'in Istanbul', 'at the Kremlin', ''), fc.constantFrom('on Tuesday', 'last week', 'on January 3', 'yesterday', 'on Sunday', ''), fc.constantFrom('Reuters reported', 'AP said', ''))
  .map(([adj, a, verb, b, where, when, src]) => `${adj} ${a} ${verb} ${b} ${where} ${when}${src ? `, ${src}` : ''}.`.replace(/ +/g, ' '));
const text = fc.array(fc.oneof({ weight: 3, arbitrary: word }, { weight: 1, arbitrary: sentence }), { minLength: 1, maxLength: 40 }).map((ws) => ws.join(' '));
const html = fc.array(fc.oneof({ weight: 3, arbitrary: text }, { weight: 2, arbitrary: fc.constantFrom(...HTML_BITS) }), { minLength: 1, maxLength: 12 }).map((parts) => `<html><body><p>${parts.join('')}</p></body></html>`);
const published = fc.oneof(fc.constant(undefined), fc.constantFrom('2025-01-10', '2024-02-29', '2025-01-10T23:30:00-11:00', 'last Tuesday', '2025-13-01', ''));

/** A .jsonl line: a document, a copy of the previous one (a duplicate id), or something else. */
const jsonlLine = fc.oneof(
  { weight: 6, arbitrary: fc.record({ id: fc.constantFrom('a', 'b', 'c', 'd\n\u001b', 'e\\f'), text: fc.oneof(text, html), published, title: fc.option(fc.string(), { nil: undefined }) }).map((o) => JSON.stringify(o)) },
  { weight: 1, arbitrary: fc.constant('DUPLICATE') },
  { weight: 2, arbitrary: fc.constantFrom('{not json', '[1,2]', '"text"', 'null', '{"id":"x"}', '{"id":"","text":"t"}', '{"id":"y","text":"   "}', '{"id":"z","text":"t","url":5}', '\u00ff\u00fe') },
);

type Body = { kind: 'text'; text: string } | { kind: 'bytes'; bytes: readonly number[] } | { kind: 'jsonl'; lines: string[] };
const body: fc.Arbitrary<Body> = fc.oneof(
  { weight: 6, arbitrary: fc.oneof(text, html).map((t) => ({ kind: 'text' as const, text: t })) },
  { weight: 1, arbitrary: fc.constantFrom([0xff, 0xfe, 0x41], [0x41, 0x00, 0x42], [0x20, 0x0a], [0xef, 0xbb, 0xbf, 0x41, 0x42]).map((bytes) => ({ kind: 'bytes' as const, bytes })) },
  { weight: 3, arbitrary: fc.array(jsonlLine, { minLength: 1, maxLength: 4 }).map((lines) => ({ kind: 'jsonl' as const, lines })) },
);

/** File names: plain, with spaces and unicode, with newlines and escapes, with a backslash. */
const stem = fc.oneof(
  { weight: 4, arbitrary: fc.stringMatching(/^[a-z0-9_-]{1,12}$/) },
  { weight: 2, arbitrary: fc.constantFrom('news story', 'x\nnewsgraph build: done', '\u001b[2Jclear', 'a\\b', 'ünï', '\u202ertl', 'tab\there', '-o', '--out') },
);
const file = fc.record({ stem, ext: fc.constantFrom('.txt', '.md', '.html'), body, latin1: fc.boolean() });

export interface Case {
  files: { stem: string; ext: string; body: Body; latin1: boolean }[];
  tz: [string, string];
}
export const caseArb: fc.Arbitrary<Case> = fc.record({
  files: fc.array(file, { minLength: 1, maxLength: 4 }),
  tz: fc.tuple(fc.constantFrom('UTC', 'Pacific/Auckland', 'America/Los_Angeles', 'Asia/Kolkata'), fc.constantFrom('Pacific/Kiritimati', 'Pacific/Pago_Pago', 'Europe/Berlin')),
});

// ---------------------------------------------------------------- running

interface Run { code: number; stdout: string; stderr: string }

async function run(argv: string[], cwd: string, tz: string): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    const code = await main(argv, { stdout: (s) => void out.push(s), stderr: (s) => void err.push(s), stdin: () => new Uint8Array(), cwd });
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

/**
 * Writes the case into `root/in` (names that are not UTF-8 into in/latin1/) and counts its
 * documents. Ids of .jsonl documents are made unique, except a DUPLICATE line, which repeats the
 * last document line exactly: the input is then the same in any order.
 */
function materialize(c: Case, root: string): { args: string[]; documents: number } {
  const dir = join(root, 'in');
  const args: string[] = [];
  let documents = 0;
  let lastDoc = '[]';
  c.files.forEach((f, i) => {
    const name = `${i}-${f.stem}${f.body.kind === 'jsonl' ? '.jsonl' : f.ext}`;
    let bytes: Buffer;
    if (f.body.kind === 'text') bytes = Buffer.from(f.body.text);
    else if (f.body.kind === 'bytes') bytes = Buffer.from(f.body.bytes);
    else {
      const lines = f.body.lines.map((l, k) => {
        if (l === 'DUPLICATE') return lastDoc;
        if (!l.startsWith('{"id"')) return l;
        const o = JSON.parse(l) as { id: string };
        return (lastDoc = JSON.stringify({ ...o, id: `${o.id}-${i}-${k}` }));
      });
      bytes = Buffer.from(lines.join('\n'));
    }
    documents += f.body.kind === 'jsonl' ? f.body.lines.length : 1;
    const sub = f.latin1 ? join(dir, 'latin1') : dir;
    mkdirSync(sub, { recursive: true });
    if (f.latin1) writeFileSync(Buffer.from(join(sub, `\xe9${name}`), 'latin1'), bytes);
    else {
      writeFileSync(join(sub, name), bytes);
      args.push(join('in', name));
    }
  });
  if (c.files.some((f) => f.latin1)) args.push(join('in', 'latin1'));
  return { args, documents };
}

const STACK = /^\s+at .+(:\d+:\d+\)?|\(native\))$/m;
// eslint-disable-next-line no-control-regex
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/;

function checkRun(what: string, r: Run, documents: number): void {
  if (![0, 1, 2].includes(r.code)) throw new Error(`${what}: exit code ${r.code}`);
  if (STACK.test(r.stderr)) throw new Error(`${what}: a stack trace on stderr:\n${r.stderr}`);
  if (RAW_CONTROL.test(r.stderr)) throw new Error(`${what}: a raw control character on stderr: ${JSON.stringify(r.stderr)}`);
  const skipped = r.stderr.split('\n').filter((l) => / skipped /.test(l) && l.startsWith('newsgraph ')).length;
  if (r.code === 0 && skipped > 0) throw new Error(`${what}: exit 0 with ${skipped} skipped`);
  if (r.code === 1 && skipped === 0 && documents > 0 && !/^newsgraph: /m.test(r.stderr)) throw new Error(`${what}: exit 1 with nothing reported`);
}

function checkExtraction(x: Extraction, texts: Map<string, string>): void {
  if (!validateExtraction(x)) throw new Error(`extraction.json fails its schema: ${JSON.stringify(validateExtraction.errors).slice(0, 500)}`);
  const ids = new Set(x.entities.map((e) => e.id));
  for (const d of x.documents) {
    const t = texts.get(d.id);
    if (t === undefined) throw new Error(`document ${JSON.stringify(d.id)} was not an input`);
    if (d.sha256 !== createHash('sha256').update(t).digest('hex') || d.chars !== t.length) throw new Error(`document ${JSON.stringify(d.id)}: sha256 or chars differ from the input`);
  }
  const spans = [...x.entities.flatMap((e) => e.mentions), ...x.relations.flatMap((r) => r.evidence)];
  for (const s of spans) {
    const t = texts.get(s.doc) ?? '';
    if (!(Number.isInteger(s.start) && Number.isInteger(s.end) && 0 <= s.start && s.start < s.end && s.end <= t.length)) throw new Error(`span outside its document: ${JSON.stringify(s)}`);
    if (t.slice(s.start, s.end) !== s.text) throw new Error(`span text is not text.slice(start, end): ${JSON.stringify(s)} vs ${JSON.stringify(t.slice(s.start, s.end))}`);
  }
  for (const r of x.relations) if (!ids.has(r.source) || !ids.has(r.target)) throw new Error(`relation ${r.id} has an endpoint that is not an entity`);
}

function checkXml(dir: string): void {
  const gexf = readFileSync(join(dir, 'graph.gexf'), 'utf8').replace(/ xsi:schemaLocation="[^"]*"/, '');
  const plain = join(dir, '..', 'plain.gexf');
  writeFileSync(plain, gexf);
  try {
    execFileSync('xmllint', ['--noout', '--relaxng', GEXF_RNG, plain], { stdio: 'pipe' });
    execFileSync('xmllint', ['--noout', join(dir, 'graph.graphml')], { stdio: 'pipe' });
  } catch (err) {
    throw new Error(`invalid XML output: ${String((err as { stderr?: Buffer }).stderr ?? err).slice(0, 500)}`);
  }
}

const files = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((n) => [n, readFileSync(join(dir, n), 'utf8')]));

/** Runs one case and throws on the first broken property. */
export async function checkCase(c: Case): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'newsgraph-prop-'));
  try {
    const { args, documents } = materialize(c, root);
    const texts = new Map(readInputs(args, root, () => new Uint8Array()).documents.map((d) => [d.id, d.text] as const));

    // extract to stdout, in the first order and time zone
    // One thread and no cache: the properties are about the outputs (--jobs and the cache have their own tests).
    const ex = await run(['extract', ...args, '--jobs', '1'], root, c.tz[0]);
    checkRun('extract', ex, documents);
    const skippedLines = ex.stderr.split('\n').filter((l) => l.startsWith('newsgraph extract: skipped ')).length;
    if (ex.code === 0 || ex.stdout !== '') {
      const x = JSON.parse(ex.stdout) as Extraction;
      checkExtraction(x, texts);
      if (x.documents.length + skippedLines !== documents) throw new Error(`documents in ${documents} ≠ processed ${x.documents.length} + reported ${skippedLines}:\n${ex.stderr}`);
    } else if (skippedLines !== documents) throw new Error(`no output, but only ${skippedLines} of ${documents} documents reported:\n${ex.stderr}`);

    // build twice: the inputs in two orders, in two time zones; the files must be byte-identical
    const a = await run(['build', ...args, '--out', 'out-a', '--jobs', '1', '--no-cache'], root, c.tz[0]);
    const b = await run(['build', ...[...args].reverse(), '--out', 'out-b', '--jobs', '1', '--no-cache'], root, c.tz[1]);
    checkRun('build', a, documents);
    checkRun('build (reversed)', b, documents);
    if (a.code !== b.code) throw new Error(`build exit codes differ with the order: ${a.code} vs ${b.code}`);
    if (ex.stdout === '') return;
    const fa = files(join(root, 'out-a'));
    const fb = files(join(root, 'out-b'));
    for (const name of Object.keys(fa).sort((p, q) => Number(p.startsWith('.')) - Number(q.startsWith('.')))) if (fa[name] !== fb[name]) throw new Error(`${name} differs between input orders / time zones (${c.tz.join(' vs ')})`);
    if (fa['extraction.json'] !== ex.stdout) throw new Error('build\'s extraction.json differs from extract\'s output');
    JSON.parse(fa['graph.json']!);
    checkXml(join(root, 'out-a'));
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** The property, for fc.assert. */
export const property = fc.asyncProperty(caseArb, checkCase);
