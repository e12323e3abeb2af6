/**
 * AWS's documented exceptions to the ordinary evaluation flow, and where organization-wide
 * resource control policies reach: facts the engine consults before it weighs policies.
 */
import { splitArn } from './arn';

/**
 * `sts:GetCallerIdentity` needs no permission and an explicit deny does not stop it (AWS STS API
 * Reference, GetCallerIdentity).
 */
export function isPermissionFreeAction(action: string): boolean {
  return typeof action === 'string' && action.trim().toLowerCase() === 'sts:getcalleridentity';
}

/**
 * A KMS action on a KMS key ARN: the key policy must allow it itself (AWS KMS Developer Guide,
 * "Key policies in AWS KMS"), as a role's trust policy must for `sts:AssumeRole`.
 */
export function isKmsKeyRequest(action: string, resource: string): boolean {
  if (typeof action !== 'string' || !action.toLowerCase().startsWith('kms:')) return false;
  const arn = splitArn(resource);
  return arn !== undefined && arn.service === 'kms' && arn.resource.startsWith('key/');
}

/**
 * Services whose resources resource control policies apply to (AWS Organizations User Guide,
 * "Resource control policies (RCPs)", "List of AWS services that support RCPs").
 */
export const RCP_SERVICES: readonly string[] = [
  's3',
  'sts',
  'kms',
  'sqs',
  'secretsmanager',
  'ecr',
  'aoss',
];
const RCP_SERVICE_SET: ReadonlySet<string> = new Set(RCP_SERVICES);

/** The service prefix of an action (`s3` of `s3:GetObject`), lower case; '' when it has none. */
export function actionService(action: string): string {
  const at = typeof action === 'string' ? action.indexOf(':') : -1;
  return at > 0 ? action.slice(0, at).trim().toLowerCase() : '';
}

/** Whether RCPs restrict actions of this service. */
export function isRcpService(action: string): boolean {
  return RCP_SERVICE_SET.has(actionService(action));
}

/** The path AWS gives every service-linked role. */
const SERVICE_LINKED_PATH = 'role/aws-service-role/';

/**
 * A service-linked role (path `/aws-service-role/`, names `AWSServiceRoleFor…`) or a session of
 * one: RCPs do not restrict what service-linked roles do.
 */
export function isServiceLinkedRole(principalArn: string): boolean {
  if (typeof principalArn !== 'string') return false;
  const arn = splitArn(principalArn);
  if (!arn) return false;
  if (arn.service === 'iam') return arn.resource.startsWith(SERVICE_LINKED_PATH);
  if (arn.service === 'sts') return /^assumed-role\/AWSServiceRoleFor/.test(arn.resource);
  return false;
}
