// CLI error kinds and their exit codes (1 for input or runtime failures, 2 for usage errors), and
// the one function that makes text from the outside safe to print on a terminal.

export class UsageError extends Error {
  constructor(message: string) {
    super(printable(message));
  }
}

/** A failure tied to one input: the message names the file (and line) and the reason. */
export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(printable(`${file}: ${reason}`));
  }
}

// C0 and C1 controls, DEL, line and paragraph separators, and the bidirectional overrides that can
// make a name read backwards: a file name must not be able to clear the screen or forge a line.
// eslint-disable-next-line no-control-regex
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const SHORT: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** The text with every control character written as an escape (\n, \x1b, \u202e). */
export function printable(s: string): string {
  return s.replace(UNPRINTABLE, (c) => {
    const code = c.charCodeAt(0);
    return SHORT[c] ?? (code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
