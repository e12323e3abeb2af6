type LintRunner = typeof import('./lintRunner');
let runner: Promise<LintRunner> | undefined;

/**
 * The lint engine in its own chunk, shared by the findings hook and the editor's providers, so it
 * never weighs on the first graph and never waits for Monaco.
 */
export function loadLintRunner(): Promise<LintRunner> {
  runner ??= import('./lintRunner');
  return runner;
}
