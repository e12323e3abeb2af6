import { resolve } from 'node:path';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';

/** One word for why a file could not be read, from Node's errno code. */
function whyUnreadable(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory';
    case 'EACCES':
      return 'permission denied';
    default:
      return 'cannot be read';
  }
}

/** The absolute path of FILE: relative paths start where the user ran npm (INIT_CWD), else cwd. */
export function inputPath(io: CliIo, file: string): string {
  return resolve(io.cwd, io.env.INIT_CWD ?? '', file);
}

/** Reads FILE (or standard input for `-`), so every command accepts both the same way. */
export async function readInput(io: CliIo, file: string | undefined): Promise<string> {
  if (file === undefined) throw new CliError('missing FILE argument (use - for standard input)');
  try {
    return file === '-' ? await io.readStdin() : await io.readFile(inputPath(io, file));
  } catch (error) {
    throw new CliError(`${file}: ${whyUnreadable(error)}`);
  }
}
