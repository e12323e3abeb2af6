/** English messages of the rolemap CLI's usage and input errors (one line on stderr, exit 2). */
export const cliEn = {
  'cli.missingCommand': 'missing command (try: rolemap help)',
  'cli.unknownCommand': 'unknown command "{name}" (try: rolemap help)',
  'cli.optionNeedsValue': 'option {option} needs a value',
  'cli.unknownLang': 'unknown --lang "{value}" (one of: {choices})',
  'cli.missingKind': 'missing --kind (one of: {choices})',
  'cli.unknownKind': 'unknown --kind "{value}" (one of: {choices})',
  'cli.missingFile': 'missing FILE argument (use - for standard input)',
  'cli.file.missing': '{file}: no such file',
  'cli.file.directory': '{file}: is a directory',
  'cli.file.denied': '{file}: permission denied',
  'cli.file.unreadable': '{file}: cannot be read',
  'cli.missingFormat': 'missing --format (one of: {choices})',
  'cli.unknownFormat': 'unknown --format "{value}" (one of: {choices})',
  'cli.unknownTheme': 'unknown --theme "{value}" (one of: {choices})',
  'cli.baseNotUrl': '--base is not a URL: {base}',
  'cli.baseNotHttp': '--base must be an http: or https: address, not {protocol} ({base})',
  'cli.internal': 'internal error: {message}',
  'cli.managedIsFlag': '--managed takes no value (got "{value}"; use --managed or --managed=false)',
  'cli.managedKind':
    '--managed applies to an AWS managed policy, which is never a {kind} policy (use --kind {choices})',
  'cli.lint.repeated':
    '…and {count} more "{code}" findings like these, not listed (only the first {limit} of each kind are; add --all to list every one)',
  'cli.allIsFlag': '--all takes no value (got "{value}"; use --all or --all=false)',
} as const;

export type CliMessageKey = keyof typeof cliEn;
export type CliMessages = { readonly [K in CliMessageKey]: string };
