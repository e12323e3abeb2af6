/** An in-memory io for the CLI tests: files and stdin given up front, stdout and stderr captured. */
import type { CliIo } from '../CliIo';
import { run } from '../run';

export interface MemoryIoOptions {
  /** File contents by absolute path. */
  files?: Readonly<Record<string, string>>;
  /** Paths whose read fails with this errno code (`EACCES`…), as Node's would. */
  failing?: Readonly<Record<string, string>>;
  stdin?: string;
  /** Absolute; `/project` unless given. */
  cwd?: string;
  env?: Readonly<Record<string, string | undefined>>;
}

/** What one run printed and returned. */
export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function errno(code: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${path}`), { code });
}

/** A CliIo over `options`, with what was written collected in `written`. */
export function memoryIo(options: MemoryIoOptions = {}): CliIo & {
  written: { stdout: string; stderr: string };
} {
  const files = options.files ?? {};
  const written = { stdout: '', stderr: '' };
  return {
    written,
    stdout: (text) => void (written.stdout += text),
    stderr: (text) => void (written.stderr += text),
    readFile: async (path) => {
      const failure = options.failing?.[path];
      if (failure !== undefined) throw errno(failure, path);
      const text = files[path];
      if (text !== undefined) return text;
      const dir = path.endsWith('/') ? path : `${path}/`;
      throw errno(Object.keys(files).some((f) => f.startsWith(dir)) ? 'EISDIR' : 'ENOENT', path);
    },
    readStdin: async () => options.stdin ?? '',
    cwd: options.cwd ?? '/project',
    env: options.env ?? {},
  };
}

/** Runs the CLI in-process on an in-memory io, as a test would run it from a shell. */
export async function runCli(
  argv: readonly string[],
  options: MemoryIoOptions = {},
): Promise<CliResult> {
  const io = memoryIo(options);
  const code = await run(argv, io);
  return { code, ...io.written };
}
