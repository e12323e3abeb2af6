/** A failure the CLI reports as one line on stderr with exit code 2 (bad usage or bad input). */
export class CliError extends Error {}
