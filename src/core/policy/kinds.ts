/** The kinds of policy document Rolemap reads: each has its own grammar and quotas (lint) and its place in a scenario. */
export const DOCUMENT_KINDS = [
  'trust',
  'identity',
  'resource',
  'boundary',
  'scp',
  'session',
] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Whether a string names a document kind (for the CLI's `--kind` and untrusted data). */
export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}
