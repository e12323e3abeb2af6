/**
 * NotPrincipal (AWS docs, "AWS JSON policy elements: NotPrincipal"): a principal is left out
 * only when every identity AWS may check for it is listed — its account, then its user or role,
 * then the role session — which is why the documented examples list the account ARN as well.
 */

import type { CompiledPrincipal } from './matchPrincipal';
import { entryAccount, entryRole } from './matchPrincipal';
import type { PrincipalInfo } from './principalInfo';

type Link = (entries: readonly string[]) => boolean;

function chainOf(info: PrincipalInfo): Link[] {
  const account: Link = (entries) => entries.some((e) => entryAccount(e) === info.account);
  const exact: Link = (entries) => entries.includes(info.id);
  const role: Link = (entries) =>
    entries.some((e) => {
      const r = entryRole(e);
      return (
        r !== undefined && r.account === info.account && r.name === (info.roleName ?? info.name)
      );
    });
  switch (info.type) {
    case 'root':
      return [account];
    case 'user':
    case 'federated-user':
      return [account, exact];
    case 'role':
      return [account, role];
    case 'role-session':
      return [account, role, exact];
    case 'anonymous':
      return [() => false];
    default:
      return [exact];
  }
}

/** True when the NotPrincipal element leaves this principal out (so the statement does not apply to it). */
export function isExcludedByNotPrincipal(spec: CompiledPrincipal, info: PrincipalInfo): boolean {
  if (spec.star !== undefined) return true;
  if (info.type === 'service') {
    const id = info.id.toLowerCase();
    return spec.service.some((e) => e.text.toLowerCase() === id);
  }
  if (info.type === 'federated') return spec.federated.some((e) => e.text === info.id);
  const entries = spec.aws.map((e) => e.text);
  if (entries.includes('*')) return true;
  return chainOf(info).every((link) => link(entries));
}
