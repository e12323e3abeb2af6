/** ARNs: `arn:partition:service:region:account:resource`, read and built in one place. */

/** AWS partitions (AWS General Reference, "Amazon Resource Names"), for ARN checks. */
export const PARTITIONS: ReadonlySet<string> = new Set([
  'aws',
  'aws-cn',
  'aws-us-gov',
  'aws-iso',
  'aws-iso-b',
  'aws-iso-e',
  'aws-iso-f',
  'aws-eusc',
]);

export interface ArnParts {
  partition: string;
  service: string;
  region: string;
  account: string;
  resource: string;
}

const ACCOUNT_ID = /^\d{12}$/;

/** True for a 12-digit AWS account id. */
export function isAccountId(text: string): boolean {
  return typeof text === 'string' && ACCOUNT_ID.test(text);
}

/** Splits an ARN into its six components; undefined when the text is not an ARN. */
export function splitArn(text: string): ArnParts | undefined {
  if (typeof text !== 'string' || !text.startsWith('arn:')) return undefined;
  const parts = splitFirst(text, ':', 5);
  if (parts.length < 6) return undefined;
  const [, partition, service, region, account, resource] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  return { partition, service, region, account, resource };
}

/** Splits at the first `count` separators; the last piece keeps any further separators. */
export function splitFirst(text: string, separator: string, count: number): string[] {
  const out: string[] = [];
  let start = 0;
  while (out.length < count) {
    const at = text.indexOf(separator, start);
    if (at === -1) break;
    out.push(text.slice(start, at));
    start = at + separator.length;
  }
  out.push(text.slice(start));
  return out;
}

/** The account field of an ARN when it has a 12-digit one (S3 bucket ARNs have none). */
export function arnAccount(text: string): string | undefined {
  const arn = splitArn(text);
  return arn !== undefined && isAccountId(arn.account) ? arn.account : undefined;
}

/** The last `/`-separated piece of an ARN's resource (a user's or role's name). */
export function lastSegment(path: string): string {
  const at = path.lastIndexOf('/');
  return (at === -1 ? path : path.slice(at + 1)) || path;
}

/** `arn:aws:iam::ACCOUNT:role/NAME`: the ARN of a role (the resource of sts:AssumeRole). */
export function roleArn(account: string, name: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:role/${name}`;
}

/** `arn:aws:sts::ACCOUNT:assumed-role/NAME/SESSION`: what a session of the role signs requests as. */
export function roleSessionArn(
  account: string,
  name: string,
  session: string,
  partition = 'aws',
): string {
  return `arn:${partition}:sts::${account}:assumed-role/${name}/${session}`;
}

/** `arn:aws:iam::ACCOUNT:root`: the account as a principal. */
export function accountRootArn(account: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:root`;
}

/** `arn:aws:iam::ACCOUNT:user/NAME`: an IAM user. */
export function userArn(account: string, name: string, partition = 'aws'): string {
  return `arn:${partition}:iam::${account}:user/${name}`;
}

/** The kinds of IAM principal an AWS principal ARN or account id can name. */
export type AwsPrincipalShape =
  | { shape: 'account'; account: string }
  | { shape: 'user'; account: string; name: string }
  | { shape: 'role'; account: string; name: string }
  | { shape: 'role-session'; account: string; role: string; session: string }
  | { shape: 'federated-user'; account: string; name: string }
  | { shape: 'other' };

/** Reads an `AWS` principal value (account id, `:root`, user, role, assumed-role session…). */
export function readAwsPrincipal(
  value: string,
  arn: ArnParts | undefined = splitArn(value),
): AwsPrincipalShape {
  if (isAccountId(value)) return { shape: 'account', account: value };
  if (arn === undefined) return { shape: 'other' };
  const { service, account, resource } = arn;
  if (service === 'iam') {
    if (resource === 'root') return { shape: 'account', account };
    if (resource.startsWith('user/'))
      return { shape: 'user', account, name: lastSegment(resource) };
    if (resource.startsWith('role/'))
      return { shape: 'role', account, name: lastSegment(resource) };
  }
  if (service === 'sts') {
    if (resource.startsWith('assumed-role/')) {
      const [, role, ...session] = resource.split('/');
      if (role && session.length > 0)
        return { shape: 'role-session', account, role, session: session.join('/') };
    }
    if (resource.startsWith('federated-user/'))
      return { shape: 'federated-user', account, name: resource.slice('federated-user/'.length) };
  }
  return { shape: 'other' };
}
