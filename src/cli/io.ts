// The CLI's window on the world: output streams, standard input and the working directory, passed
// to every command so that tests can run commands in-process.

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  stdin: () => Uint8Array;
  cwd: string;
}
