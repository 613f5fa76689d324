// CLI error kinds and their exit codes: 1 for input or runtime failures, 2 for usage errors.

export class UsageError extends Error {}

/** A failure tied to one input: the message names the file and the reason. */
export class InputError extends Error {
  constructor(readonly file: string, reason: string) {
    super(`${file}: ${reason}`);
  }
}
