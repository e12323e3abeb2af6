/** Classifies one principal value from a trust policy into a typed, labelled description. */
import type { PrincipalType } from './types';

/** The key of a Principal element: "AWS", "Service", "Federated", "CanonicalUser", or "*" for the bare wildcard. */
export type PrincipalKey = string;

export interface PrincipalDescription {
  /** Stable node id, derived from the key and raw value. */
  id: string;
  principalType: PrincipalType;
  label: string;
  /** Second line: what kind of principal this is, plus the raw value when the label shortened it. */
  detail: string;
  /** The STS operation this kind of principal calls to assume a role. */
  operation: string;
  /** True for EC2, which receives the role through an instance profile. */
  viaInstanceProfile: boolean;
}

/** Friendly names for well-known web-identity providers. */
const KNOWN_PROVIDERS: Readonly<Record<string, string>> = {
  'token.actions.githubusercontent.com': 'GitHub Actions (OIDC)',
  'cognito-identity.amazonaws.com': 'Amazon Cognito identity pool',
  'accounts.google.com': 'Google (OIDC)',
  'graph.facebook.com': 'Facebook',
  'www.amazon.com': 'Login with Amazon',
  'gitlab.com': 'GitLab (OIDC)',
  'app.terraform.io': 'HCP Terraform (OIDC)',
};

const ACCOUNT_ID = /^\d{12}$/;
const IAM_ARN = /^arn:[\w-]+:(iam|sts)::(\d{12}|\*):(.*)$/;

function lastSegment(resource: string): string {
  const parts = resource.split('/');
  return parts[parts.length - 1] || resource;
}

function describeAws(
  raw: string,
): Omit<PrincipalDescription, 'id' | 'operation' | 'viaInstanceProfile'> {
  if (raw === '*')
    return { principalType: 'anyone', label: 'Anyone (*)', detail: 'every AWS principal' };
  if (ACCOUNT_ID.test(raw)) {
    return { principalType: 'account', label: `Account ${raw}`, detail: `AWS account · ${raw}` };
  }
  const arn = IAM_ARN.exec(raw);
  if (arn) {
    const [, service, account, resource = ''] = arn;
    if (service === 'iam' && resource === 'root') {
      return {
        principalType: 'account',
        label: `Account ${account}`,
        detail: `AWS account · ${raw}`,
      };
    }
    if (service === 'iam' && resource.startsWith('user/')) {
      return { principalType: 'user', label: lastSegment(resource), detail: `IAM user · ${raw}` };
    }
    if (service === 'iam' && resource.startsWith('role/')) {
      return { principalType: 'role', label: lastSegment(resource), detail: `IAM role · ${raw}` };
    }
    if (service === 'sts' && resource.startsWith('assumed-role/')) {
      const roleName = resource.split('/')[1] ?? resource;
      return { principalType: 'role', label: roleName, detail: `role session · ${raw}` };
    }
  }
  return { principalType: 'other', label: raw, detail: 'AWS principal' };
}

function describeFederated(raw: string): { label: string; operation: string } {
  const saml = /:saml-provider\/(.+)$/.exec(raw);
  if (saml) return { label: `${saml[1]} (SAML)`, operation: 'sts:AssumeRoleWithSAML' };
  const oidc = /:oidc-provider\/(.+)$/.exec(raw);
  const host = (oidc ? oidc[1] : raw) ?? raw;
  const hostOnly = host.split('/')[0] ?? host;
  const known = KNOWN_PROVIDERS[host] ?? KNOWN_PROVIDERS[hostOnly];
  return {
    label: known ?? (oidc ? `${host} (OIDC)` : host),
    operation: 'sts:AssumeRoleWithWebIdentity',
  };
}

/**
 * Names a principal the way a learner thinks of it ("ec2.amazonaws.com", "Account 111122223333",
 * "GitHub Actions (OIDC)") while keeping the raw value in `detail`, and says which STS call it makes.
 */
export function describePrincipal(key: PrincipalKey, raw: string): PrincipalDescription {
  const idKey = key.toLowerCase();
  if (key === '*' || (raw === '*' && key !== 'Service' && key !== 'Federated')) {
    return {
      id: 'principal:anyone',
      principalType: 'anyone',
      label: 'Anyone (*)',
      detail: 'every principal, in any account',
      operation: 'sts:AssumeRole',
      viaInstanceProfile: false,
    };
  }
  if (key === 'Service') {
    const ec2 = raw.toLowerCase() === 'ec2.amazonaws.com';
    return {
      id: `principal:service:${raw}`,
      principalType: 'service',
      label: raw,
      detail: ec2 ? 'AWS service · via instance profile' : 'AWS service',
      operation: 'sts:AssumeRole',
      viaInstanceProfile: ec2,
    };
  }
  if (key === 'Federated') {
    const { label, operation } = describeFederated(raw);
    return {
      id: `principal:federated:${raw}`,
      principalType: 'federated',
      label,
      detail: `federated identity · ${raw}`,
      operation,
      viaInstanceProfile: false,
    };
  }
  if (key === 'AWS') {
    return {
      id: `principal:aws:${raw}`,
      ...describeAws(raw),
      operation: 'sts:AssumeRole',
      viaInstanceProfile: false,
    };
  }
  return {
    id: `principal:${idKey}:${raw}`,
    principalType: 'other',
    label: raw,
    detail: `${key} principal`,
    operation: 'sts:AssumeRole',
    viaInstanceProfile: false,
  };
}
