/**
 * The rolemap CLI's entry point (`npm run --silent rolemap -- <command>`): runs `run` with the
 * real process and sets the exit code. Everything else lives in run.ts, which tests call directly.
 */
import { processIo } from './processIo';
import { run } from './run';

process.exitCode = await run(process.argv.slice(2), processIo());
