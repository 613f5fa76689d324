// The CLI's window on the world: output streams, standard input and the working directory, passed
// to every command so that tests can run commands in-process.

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  /** stderr is a terminal: progress redraws one line in place. */
  stderrIsTTY?: boolean;
  columns?: number;
  stdin: () => Uint8Array;
  cwd: string;
}
