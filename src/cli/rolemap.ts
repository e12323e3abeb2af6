/**
 * The rolemap CLI (`npm run --silent rolemap -- <command>`): the app's engine on files.
 * Exit codes: 0 success, 1 lint found an error, 2 unreadable or malformed input.
 */
import { simulate } from '../core/evaluate';
import { readScenarioText, shareUrl } from '../core/scenario';
import { graphCommand } from './graphCommand';
import { CliError, parseArgs, readInput } from './io';
import { lintCommand, readLintKind } from './lintCommand';

const USAGE = `usage: rolemap <command> [args]
  graph SCENARIO                 print the role graph as JSON
  url SCENARIO [--base URL]      print the share URL for a scenario
  simulate FILE                  evaluate a request: {"decision", "explain"}
  lint FILE --kind KIND          check a policy: {"findings": [...]}, exit 1 on any error
                                 KIND: trust, identity, resource, boundary, scp (or session)
FILE or SCENARIO may be - for standard input.`;

const DEFAULT_BASE = 'http://127.0.0.1:4173/';

async function run(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { positional, options } = parseArgs(rest);
  switch (command) {
    case 'graph': {
      const graph = await graphCommand(readInput(positional[0]));
      process.stdout.write(JSON.stringify(graph, null, 2) + '\n');
      return 0;
    }
    case 'url': {
      const read = readScenarioText(readInput(positional[0]));
      if (!read.ok) throw new CliError(read.message);
      const base = options.get('base') ?? DEFAULT_BASE;
      try {
        new URL(base);
      } catch {
        throw new CliError(`--base is not a URL: ${base}`);
      }
      process.stdout.write(shareUrl(read.scenario, base) + '\n');
      return 0;
    }
    case 'simulate': {
      const outcome = simulate(readInput(positional[0]));
      if (!outcome.ok) throw new CliError(outcome.message);
      process.stdout.write(JSON.stringify(outcome.result, null, 2) + '\n');
      return 0;
    }
    case 'lint': {
      const kind = readLintKind(options.get('kind'));
      const outcome = await lintCommand(readInput(positional[0]), kind);
      process.stdout.write(JSON.stringify({ findings: outcome.findings }, null, 2) + '\n');
      return outcome.exitCode;
    }
    case undefined:
      throw new CliError('missing command (try: rolemap help)');
    case '--help':
    case 'help':
      process.stdout.write(USAGE + '\n');
      return 0;
    default:
      throw new CliError(`unknown command "${command}" (try: rolemap help)`);
  }
}

run(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message =
      error instanceof CliError
        ? error.message
        : `internal error: ${String((error as Error)?.message ?? error)}`;
    process.stderr.write(`rolemap: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    process.exitCode = 2;
  },
);
