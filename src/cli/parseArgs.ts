import { CliError } from './CliError';

/** A command's arguments: positionals in order, and `--name value` (or `--name=value`) options. */
export interface ParsedArgs {
  positional: string[];
  options: Map<string, string>;
}

/** Options that take no value: present means "true" (`--managed`); `--managed=false` turns one off. */
export const FLAGS: ReadonlySet<string> = new Set(['managed', 'all']);

/** Splits argv into positionals and options, so each command reads its own by name. */
export function parseArgs(argv: readonly string[], flags: ReadonlySet<string> = FLAGS): ParsedArgs {
  const positional: string[] = [];
  const options = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg.startsWith('--') && arg.length > 2) {
      const eq = arg.indexOf('=');
      if (eq !== -1) options.set(arg.slice(2, eq), arg.slice(eq + 1));
      else if (flags.has(arg.slice(2))) options.set(arg.slice(2), 'true');
      else {
        const value = argv[i + 1];
        if (value === undefined)
          throw new CliError({ key: 'cli.optionNeedsValue', params: { option: arg } });
        options.set(arg.slice(2), value);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, options };
}
