import { resolve } from 'node:path';
import type { MessageKey } from '../i18n';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';

/** Why a file could not be read, from Node's errno code. */
function whyUnreadable(error: unknown): MessageKey {
  const code = (error as { code?: unknown } | null)?.code;
  switch (code) {
    case 'ENOENT':
      return 'cli.file.missing';
    case 'EISDIR':
      return 'cli.file.directory';
    case 'EACCES':
      return 'cli.file.denied';
    default:
      return 'cli.file.unreadable';
  }
}

/** The absolute path of FILE: relative paths start where the user ran npm (INIT_CWD), else cwd. */
export function inputPath(io: CliIo, file: string): string {
  return resolve(io.cwd, io.env.INIT_CWD ?? '', file);
}

/** Reads FILE (or standard input for `-`), so every command accepts both the same way. */
export async function readInput(io: CliIo, file: string | undefined): Promise<string> {
  if (file === undefined) throw new CliError({ key: 'cli.missingFile' });
  try {
    return file === '-' ? await io.readStdin() : await io.readFile(inputPath(io, file));
  } catch (error) {
    throw new CliError({ key: whyUnreadable(error), params: { file } });
  }
}
