import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/** A failure the CLI reports as one line on stderr with exit code 2. */
export class CliError extends Error {}

/** Reads FILE relative to where the user ran npm (INIT_CWD), or standard input for `-`. */
export function readInput(file: string | undefined): string {
  if (file === undefined) throw new CliError('missing FILE argument (use - for standard input)');
  try {
    if (file === '-') return readFileSync(0, 'utf8');
    const base = process.env.INIT_CWD ?? process.cwd();
    return readFileSync(resolve(base, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory'
          : code === 'EACCES'
            ? 'permission denied'
            : 'cannot be read';
    throw new CliError(`${file}: ${why}`);
  }
}

/** Splits argv into positionals and `--name value` options. */
export function parseArgs(argv: string[]): { positional: string[]; options: Map<string, string> } {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq !== -1) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else {
        const value = argv[i + 1];
        if (value === undefined) throw new CliError(`option ${arg} needs a value`);
        options.set(arg.slice(2), value);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}
