/** Classifies one principal value from a trust policy into a typed, labelled description. */
import {
  assumeOperationFor,
  EC2_SERVICE_PRINCIPAL,
  readAwsPrincipal,
  readFederatedProvider,
} from '../core';
import type { AssumeRoleOperation } from '../core';
import { nameText, text } from './text';
import type { GraphText, KnownProvider } from './text';
import type { PrincipalType } from './types';

/** The key of a Principal element: "AWS", "Service", "Federated", "CanonicalUser", or "*" for the bare wildcard. */
export type PrincipalKey = string;

export interface PrincipalDescription {
  /** Stable node id, derived from the key and raw value. */
  id: string;
  principalType: PrincipalType;
  label: GraphText;
  /** Second line: what kind of principal this is, plus the raw value when the label shortened it. */
  detail: GraphText;
  /** The STS operation this kind of principal calls to assume a role. */
  operation: AssumeRoleOperation;
  /** True for EC2, which receives the role through an instance profile. */
  viaInstanceProfile: boolean;
}

/** Well-known web identity providers by host, so the picture can name them. */
const KNOWN_PROVIDERS: Readonly<Record<string, KnownProvider>> = {
  'token.actions.githubusercontent.com': 'github',
  'cognito-identity.amazonaws.com': 'cognito',
  'accounts.google.com': 'google',
  'graph.facebook.com': 'facebook',
  'www.amazon.com': 'amazon',
  'gitlab.com': 'gitlab',
  'app.terraform.io': 'terraform',
};

function knownProvider(host: string): KnownProvider | undefined {
  const hostOnly = host.split('/')[0] ?? host;
  if (Object.hasOwn(KNOWN_PROVIDERS, host)) return KNOWN_PROVIDERS[host];
  return Object.hasOwn(KNOWN_PROVIDERS, hostOnly) ? KNOWN_PROVIDERS[hostOnly] : undefined;
}

type Described = Pick<PrincipalDescription, 'principalType' | 'label' | 'detail'>;

function describeAws(raw: string): Described {
  const shape = readAwsPrincipal(raw);
  const value = { value: raw };
  switch (shape.shape) {
    case 'account':
      return {
        principalType: 'account',
        label: text('account', { account: shape.account }),
        detail: text('account-detail', value),
      };
    case 'user':
      return {
        principalType: 'user',
        label: nameText(shape.name),
        detail: text('user-detail', value),
      };
    case 'role':
      return {
        principalType: 'role',
        label: nameText(shape.name),
        detail: text('role-detail', value),
      };
    case 'role-session':
      return {
        principalType: 'role',
        label: nameText(shape.role),
        detail: text('role-session-detail', value),
      };
    default: {
      const detail = text('aws-principal-detail');
      return { principalType: 'other', label: nameText(raw), detail };
    }
  }
}

function federatedLabel(raw: string): GraphText {
  const provider = readFederatedProvider(raw);
  if (provider.protocol === 'saml') return text('saml-provider', { name: provider.name });
  const known = knownProvider(provider.host);
  if (known !== undefined) return text('web-identity-provider', { provider: known });
  return provider.protocol === 'oidc'
    ? text('oidc-provider', { host: provider.host })
    : nameText(provider.host);
}

/**
 * Names a principal the way a learner thinks of it (ec2.amazonaws.com, an account, GitHub
 * Actions) while keeping the raw value in `detail`, and says which STS call it makes.
 */
export function describePrincipal(key: PrincipalKey, raw: string): PrincipalDescription {
  const operation = assumeOperationFor(key, raw);
  const base = { operation, viaInstanceProfile: false };
  if (key === '*' || (raw === '*' && key !== 'Service' && key !== 'Federated')) {
    return {
      id: 'principal:anyone',
      principalType: 'anyone',
      label: text('anyone'),
      detail: text('anyone-detail'),
      ...base,
    };
  }
  if (key === 'Service') {
    const ec2 = raw.toLowerCase() === EC2_SERVICE_PRINCIPAL;
    return {
      id: `principal:service:${raw}`,
      principalType: 'service',
      label: nameText(raw),
      detail: text('service-principal-detail', { instanceProfile: ec2 }),
      ...base,
      viaInstanceProfile: ec2,
    };
  }
  if (key === 'Federated') {
    return {
      id: `principal:federated:${raw}`,
      principalType: 'federated',
      label: federatedLabel(raw),
      detail: text('federated-detail', { value: raw }),
      ...base,
    };
  }
  if (key === 'AWS') return { id: `principal:aws:${raw}`, ...describeAws(raw), ...base };
  return {
    id: `principal:${key.toLowerCase()}:${raw}`,
    principalType: 'other',
    label: nameText(raw),
    detail: text('other-principal-detail', { key }),
    ...base,
  };
}
