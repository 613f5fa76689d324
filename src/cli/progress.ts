// Progress of a long command on stderr: on a terminal, one line redrawn in place (documents done of
// the total, tokens/s, ETA, then the stage running); otherwise a plain line every few seconds, so
// that logs stay readable and short runs print nothing but their summary. Stage times are kept for
// the summary line. --quiet silences all of it.

export interface ProgressSink {
  write: (s: string) => void;
  /** A terminal: the line is redrawn in place. */
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  quiet: boolean;
  /** Milliseconds between plain lines (not a terminal). */
  interval?: number;
  /** Milliseconds between redraws on a terminal. */
  redraw?: number;
  now?: () => number;
}

const BAR = 16;

export class Progress {
  private readonly stages: StageTime[] = [];
  private readonly notes = new Map<string, string>();
  private current: string | null = null;
  private stageStart = 0;
  private readonly start: number;
  private lastDraw = -Infinity;
  private drawn = false;
  private readonly now: () => number;
  private extractStart = 0;
  private readonly interval: number;
  private readonly redraw: number;

  constructor(private readonly command: string, private readonly sink: ProgressSink, private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.start = this.now();
    this.interval = options.interval ?? 5000;
    this.redraw = options.redraw ?? 100;
  }

  /** Starts a stage (the previous one ends). */
  stage(name: string): void {
    this.endStage();
    this.current = name;
    this.stageStart = this.now();
    if (name === 'extract') this.extractStart = this.stageStart;
    // On a terminal each stage shows; in a log only once the run has lasted a while.
    if (this.sink.isTTY) this.draw(`${name}…`);
    else if (this.stageStart - this.start >= this.interval) this.line(`${name}…`);
  }

  /** Extraction progress: documents done of total, tokens extracted so far (cached ones excluded). */
  documents(done: number, total: number, tokens: number, cached: number): void {
    if (this.options.quiet) return;
    const t = this.now();
    if (this.sink.isTTY ? t - this.lastDraw < this.redraw && done < total : t - this.start < this.interval || (t - this.lastDraw < this.interval && done < total)) return;
    const secs = (t - this.extractStart) / 1000;
    const rate = secs > 0 ? tokens / secs : 0;
    const fresh = done - cached;
    const left = total - done;
    const eta = fresh > 0 && secs > 0 ? (left * secs) / fresh : NaN;
    const pct = total > 0 ? Math.floor((100 * done) / total) : 100;
    const n = (v: number) => Math.round(v).toLocaleString('en-US');
    // Shorter words on a terminal, so that the line fits 80 columns.
    const [docs, tps] = this.sink.isTTY ? ['docs', 'tok/s'] : ['documents', 'tokens/s'];
    const text = `${n(done)}/${n(total)} ${docs} (${pct}%)${cached ? `, ${n(cached)} cached` : ''}, ${n(rate)} ${tps}${Number.isFinite(eta) && left > 0 ? `, ETA ${clock(eta)}` : ''}`;
    if (this.sink.isTTY) this.draw(text, done / Math.max(1, total));
    else this.line(`extract ${text}`);
    this.lastDraw = t;
  }

  /** A remark on a stage for the summary ("1000 extracted, 2 jobs"). */
  note(stage: string, text: string): void {
    this.notes.set(stage, text);
  }

  /** Ends the last stage; returns the total and each stage's time and note, for the summary. */
  finish(): { total: number; stages: StageTime[] } {
    this.endStage();
    this.clear();
    return { total: this.now() - this.start, stages: this.stages.map(([name, ms]) => (this.notes.has(name) ? [name, ms, this.notes.get(name)!] : [name, ms])) };
  }

  /** Prints one line (a report, the summary) without tearing the progress line. */
  print(s: string): void {
    this.clear();
    this.sink.write(s);
  }

  private endStage(): void {
    if (this.current) this.stages.push([this.current, this.now() - this.stageStart]);
    this.current = null;
  }

  private line(text: string): void {
    if (!this.options.quiet) this.sink.write(`newsgraph ${this.command}: ${text}\n`);
  }

  private draw(text: string, fraction?: number): void {
    if (this.options.quiet) return;
    // A terminal that reports no width (0, or none) is taken as 80 columns.
    const width = Math.max(40, (this.sink.columns || 80) - 1);
    const bar = fraction === undefined ? '' : `[${'#'.repeat(Math.round(BAR * fraction)).padEnd(BAR, '.')}] `;
    const s = `newsgraph ${this.command}: ${bar}${text}`;
    this.sink.write(`\r${s.length > width ? s.slice(0, width - 1) + '…' : s}\x1b[K`);
    this.drawn = true;
  }

  private clear(): void {
    if (this.drawn) this.sink.write('\r\x1b[K');
    this.drawn = false;
  }
}

/** 75 → "1:15", 3700 → "1:01:40". */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** A stage's name, milliseconds and optional note. */
export type StageTime = [string, number] | [string, number, string];

/** "extract (1000 extracted, 2 jobs) 8.12 s, layout 2.00 s" from stage times in milliseconds. */
export function stageSummary(stages: StageTime[]): string {
  return stages.map(([name, ms, note]) => `${name}${note ? ` (${note})` : ''} ${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`).join(', ');
}
