/** One entry for every import: text in, a scenario (or the roles to pick from, or a coded error) out. */
import { readScenarioValue } from '../scenario/read';
import { isRecord, own } from '../util/record';
import {
  fromGetPolicyVersion,
  fromGetRole,
  fromGetRolePolicy,
  fromListAttached,
  DEFAULT_ROLE_NAME,
} from './awsCli';
import { fromAuthorizationDetails } from './authorizationDetails';
import { fromCloudFormation } from './cloudformation';
import { detectFormat } from './detect';
import { finish, newContext, type ImportContext } from './draft';
import { FieldError } from './fields';
import { MAX_IMPORT_DEPTH } from './limits';
import { readImportValue } from './readValue';
import { fromTerraform } from './terraform';
import type { ImportFormat, ImportOptions, ImportResult } from './types';

const ASSUME_ACTION = /^sts:(AssumeRole\w*|TagSession|SetSourceIdentity|SetContext)$/i;

/** A policy whose every statement names a principal and only role-assumption actions: a trust policy. */
function isTrustPolicy(value: Record<string, unknown>): boolean {
  const raw = own(value, 'Statement');
  const statements = Array.isArray(raw) ? raw : [raw];
  return (
    statements.length > 0 &&
    statements.every((s) => {
      if (!isRecord(s) || !(Object.hasOwn(s, 'Principal') || Object.hasOwn(s, 'NotPrincipal')))
        return false;
      const action = own(s, 'Action');
      const actions = Array.isArray(action) ? action : [action];
      return actions.every((a) => typeof a === 'string' && ASSUME_ACTION.test(a));
    })
  );
}

function fromPolicy(
  value: Record<string, unknown>,
  text: string,
  ctx: ImportContext,
): ImportResult {
  const trust = isTrustPolicy(value);
  return finish(
    'policy',
    trust
      ? { name: DEFAULT_ROLE_NAME, trustPolicy: text, policies: [] }
      : { name: DEFAULT_ROLE_NAME, policies: [{ name: 'Policy', managed: false, document: text }] },
    ctx,
  );
}

function dispatch(
  format: ImportFormat,
  value: Record<string, unknown>,
  text: string,
  ctx: ImportContext,
): ImportResult {
  switch (format) {
    case 'policy':
      return fromPolicy(value, text, ctx);
    case 'scenario': {
      const read = readScenarioValue(value);
      if (!read.ok)
        return {
          ok: false,
          format,
          error: { code: 'bad-scenario', params: { error: read.error } },
        };
      return { ok: true, format, scenario: read.scenario, notes: [] };
    }
    case 'aws-get-role':
      return fromGetRole(value, ctx);
    case 'aws-get-role-policy':
      return fromGetRolePolicy(value, ctx);
    case 'aws-get-policy-version':
      return fromGetPolicyVersion(value, ctx);
    case 'aws-list-attached-role-policies':
      return fromListAttached(value, ctx);
    case 'aws-authorization-details':
      return fromAuthorizationDetails(value, ctx);
    case 'cloudformation-json':
    case 'cloudformation-yaml':
      return fromCloudFormation(value, format, ctx);
    case 'terraform-plan':
    case 'terraform-state':
      return fromTerraform(value, format, ctx);
  }
}

/**
 * Reads any format of PRODUCT.md's "Import" into a scenario, detecting the format from the
 * content; it never throws, and a file of no known format gets one `unknown-format` error.
 */
export function importDocument(text: string, options: ImportOptions = {}): ImportResult {
  const read = readImportValue(text);
  if (!read.ok) return read;
  const format = detectFormat(read.value, read.syntax);
  if (format === undefined || !isRecord(read.value))
    return { ok: false, error: { code: 'unknown-format', params: {} } };
  try {
    return dispatch(format, read.value, read.text, newContext(options));
  } catch (error) {
    if (error instanceof FieldError) return { ok: false, format, error: error.error };
    // Only a stack overflow can get here: the input's depth is bounded, so say that.
    return { ok: false, format, error: { code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } } };
  }
}
