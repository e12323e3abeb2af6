import { translate, type Lang } from '../i18n';
import { CliError } from './CliError';
import type { CliIo } from './CliIo';
import { graphCommand } from './graphCommand';
import { importCommand } from './importCommand';
import { groupFindings } from './groupFindings';
import { lintCommand, readAll, readLintKind, readManaged } from './lintCommand';
import { nodeManagedPolicies } from '../platform/managedPolicies/nodeLookup';
import { parseArgs, type ParsedArgs } from './parseArgs';
import { processCatalog } from './processCatalog';
import { readInput } from './readInput';
import { readLang } from './readLang';
import { readFormat, readTheme, renderCommand } from './renderCommand';
import { simulateCommand } from './simulateCommand';
import { DEFAULT_BASE, urlCommand } from './urlCommand';
import { USAGE } from './usage';

/** One command: its parsed arguments and language in, its exit code out; output goes through io. */
type Command = (args: ParsedArgs, lang: Lang, io: CliIo) => Promise<number>;

function printJson(io: CliIo, value: unknown): void {
  io.stdout(JSON.stringify(value, null, 2) + '\n');
}

const COMMANDS: ReadonlyMap<string, Command> = new Map<string, Command>([
  [
    'graph',
    async ({ positional }, lang, io) => {
      const text = await readInput(io, positional[0]);
      printJson(io, await graphCommand(text, processCatalog(), lang));
      return 0;
    },
  ],
  [
    'url',
    async ({ positional, options }, lang, io) => {
      const text = await readInput(io, positional[0]);
      io.stdout(urlCommand(text, options.get('base') ?? DEFAULT_BASE, lang) + '\n');
      return 0;
    },
  ],
  [
    'simulate',
    async ({ positional }, lang, io) => {
      printJson(io, simulateCommand(await readInput(io, positional[0]), lang));
      return 0;
    },
  ],
  [
    'lint',
    async ({ positional, options }, lang, io) => {
      const kind = readLintKind(options.get('kind'));
      const managed = readManaged(options.get('managed'), kind);
      const text = await readInput(io, positional[0]);
      const all = readAll(options.get('all'));
      const outcome = await lintCommand(text, kind, processCatalog(), lang, managed);
      printJson(io, groupFindings(outcome.findings, lang, all));
      return outcome.exitCode;
    },
  ],
  [
    'import',
    async ({ positional, options }, lang, io) => {
      const text = await readInput(io, positional[0]);
      const out = await importCommand(text, options.get('role'), lang, nodeManagedPolicies());
      for (const note of out.notes) io.stderr(`note: ${note}\n`);
      printJson(io, out.scenario);
      return 0;
    },
  ],
  [
    'render',
    async ({ positional, options }, lang, io) => {
      const format = readFormat(options.get('format'));
      const theme = readTheme(options.get('theme'));
      const text = await readInput(io, positional[0]);
      io.stdout(await renderCommand(text, processCatalog(), { format, lang, theme }));
      return 0;
    },
  ],
  [
    'help',
    async (_args, _lang, io) => {
      io.stdout(USAGE + '\n');
      return 0;
    },
  ],
]);

async function dispatch(argv: readonly string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliError({ key: 'cli.missingCommand' });
  const command = COMMANDS.get(name === '--help' ? 'help' : name);
  if (command === undefined) throw new CliError({ key: 'cli.unknownCommand', params: { name } });
  const args = parseArgs(rest);
  return command(args, readLang(args.options.get('lang')), io);
}

/** The language asked for, read leniently so even a usage error comes out in it (else English). */
function langOf(argv: readonly string[]): Lang {
  const at = argv.indexOf('--lang');
  const value = at >= 0 ? argv[at + 1] : argv.find((a) => a.startsWith('--lang='))?.slice(7);
  return value === 'ja' ? 'ja' : 'en';
}

/** The stderr line for a failure: a CliError says what was wrong with the input, anything else is a bug. */
function failureLine(error: unknown, lang: Lang): string {
  const message =
    error instanceof CliError
      ? error.in(lang)
      : translate(lang, 'cli.internal', {
          message: error instanceof Error ? error.message : String(error),
        });
  return `rolemap: ${message.replace(/\s*\n\s*/g, ' ').trim()}\n`;
}

/**
 * The rolemap CLI as a function, so tests run it in-process and only the entry point touches the
 * process: returns the exit code (0 ok, 1 lint found an error, 2 unreadable or malformed input,
 * or any unexpected failure), with exactly one `rolemap: …` line on stderr when it is 2.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    io.stderr(failureLine(error, langOf(argv)));
    return 2;
  }
}
