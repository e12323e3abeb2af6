/** Which import format a parsed value is, from the members each format's documentation defines. */
import { isRecord, own } from '../util/record';
import type { Syntax } from './readValue';
import type { ImportFormat } from './types';

const has = (v: Record<string, unknown>, key: string) => Object.hasOwn(v, key);

/** The format of a parsed value (by its shape, not the file name); undefined when it is none of them. */
export function detectFormat(value: unknown, syntax: Syntax): ImportFormat | undefined {
  if (!isRecord(value)) return undefined;
  if (has(value, 'rolemap')) return 'scenario';
  if (has(value, 'Statement')) return 'policy';
  if (isRecord(own(value, 'Role'))) return 'aws-get-role';
  if (isRecord(own(value, 'PolicyVersion'))) return 'aws-get-policy-version';
  if (has(value, 'PolicyName') && has(value, 'PolicyDocument')) return 'aws-get-role-policy';
  if (Array.isArray(own(value, 'AttachedPolicies'))) return 'aws-list-attached-role-policies';
  if (Array.isArray(own(value, 'RoleDetailList'))) return 'aws-authorization-details';
  if (isRecord(own(value, 'Resources')) || has(value, 'AWSTemplateFormatVersion'))
    return syntax === 'yaml' ? 'cloudformation-yaml' : 'cloudformation-json';
  if (has(value, 'format_version') || has(value, 'terraform_version')) {
    if (isRecord(own(value, 'planned_values'))) return 'terraform-plan';
    if (isRecord(own(value, 'values'))) return 'terraform-state';
  }
  return undefined;
}
