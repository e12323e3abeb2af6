/**
 * Import: the formats Rolemap reads a role from (PRODUCT.md, "Import"), what an import returns and
 * the coded messages it speaks in (worded by src/i18n/engine/import.ts).
 */
import type { Scenario, ScenarioError } from '../scenario';
import type { Coded } from '../util/coded';

/** Every format `importDocument` recognises. */
export const IMPORT_FORMATS = [
  'policy',
  'scenario',
  'aws-get-role',
  'aws-get-role-policy',
  'aws-get-policy-version',
  'aws-list-attached-role-policies',
  'aws-authorization-details',
  'cloudformation-json',
  'cloudformation-yaml',
  'terraform-plan',
  'terraform-state',
] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** An AWS managed policy's name and document text, found by its ARN. */
export interface ResolvedManagedPolicy {
  name: string;
  document: string;
}

/**
 * Finds a managed policy by ARN (the bundled AWS managed-policy catalog in the app, a Node reader in
 * the CLI); undefined when it is not known, e.g. a customer managed policy.
 */
export type ManagedPolicyResolver = (arn: string) => ResolvedManagedPolicy | undefined;

export interface ImportOptions {
  /** Which role to import where the input holds several (`--role`, the app's picker). */
  role?: string;
  /** Resolves managed policy ARNs to their documents. */
  managedPolicy?: ManagedPolicyResolver;
}

export interface ImportErrorParams {
  empty: Record<string, never>;
  'too-large': { limit: number };
  'too-deep': { limit: number };
  'too-many-values': { limit: number };
  'too-many-aliases': { limit: number };
  'not-json-or-yaml': { detail: string; line?: number };
  'unknown-format': Record<string, never>;
  'no-role': { format: ImportFormat };
  'choose-role': { roles: readonly string[] };
  'role-not-found': { role: string; roles: readonly string[] };
  'bad-field': { path: string; expected: 'object' | 'array' | 'string' | 'policy' };
  'bad-scenario': { error: ScenarioError };
}
export type ImportErrorCode = keyof ImportErrorParams;
export type ImportError = Coded<ImportErrorParams>;

export interface ImportNoteParams {
  /** The input names no trust policy (get-role-policy, get-policy-version…): an empty one stands in. */
  'no-trust-policy': Record<string, never>;
  /** get-role's output holds no permission policies. */
  'no-permission-policies': Record<string, never>;
  /** A managed policy ARN with no known document: kept as an empty placeholder policy. */
  'managed-unresolved': { arn: string; name: string };
  /** A permissions boundary ARN with no known document: the role is imported without it. */
  'boundary-unresolved': { arn: string };
  /** Values the input leaves to deployment time (CloudFormation intrinsics, unknown plan values). */
  placeholders: { count: number; example: string };
}
export type ImportNoteCode = keyof ImportNoteParams;
export type ImportNote = Coded<ImportNoteParams>;

/** What an import gives: a scenario, or a coded error (with the role names when one must be chosen). */
export type ImportResult =
  | { ok: true; format: ImportFormat; scenario: Scenario; notes: readonly ImportNote[] }
  | { ok: false; error: ImportError; format?: ImportFormat; roles?: readonly string[] };
