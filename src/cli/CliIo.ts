/**
 * Everything the CLI needs from the process, passed in so `run` works the same under Node and in
 * a test: output streams, the file system, standard input, the working folder and environment.
 */
export interface CliIo {
  /** Writes to standard output (text already ends with its newline). */
  stdout(text: string): void;
  /** Writes to standard error. */
  stderr(text: string): void;
  /**
   * Reads a file as UTF-8 by absolute path (the CLI resolves relative paths first). Rejects with
   * an error carrying Node's errno `code` (`ENOENT`, `EISDIR`, `EACCES`…) when it cannot.
   */
  readFile(path: string): Promise<string>;
  /** Reads all of standard input as UTF-8 (for the `-` FILE). */
  readStdin(): Promise<string>;
  /** The process's working folder, absolute. */
  readonly cwd: string;
  /** The environment; `INIT_CWD` (set by npm) is the folder the user ran the command from. */
  readonly env: Readonly<Record<string, string | undefined>>;
}
