/** The risk lens's analysis: which risks of the table a role's granted actions add up to. */
import { actionMatches, hasWildcard } from '../pattern';
import { RISKS, type RiskId } from './data';
import {
  RISK_CATEGORIES,
  type RiskCategory,
  type RiskFinding,
  type RiskGrant,
  type RiskReport,
} from './types';

const key = (action: string) => action.toLowerCase();

/** Every action the table names, as written there, without repeats. */
export const RISK_ACTIONS: readonly string[] = [
  ...new Map(RISKS.flatMap((r) => r.parts.flat()).map((a) => [key(a), a])).values(),
];

/**
 * The table's actions an Action entry stands for: itself when the table names it, or every table
 * action a wildcard (`iam:*`, `*`, `iam:Put*`) matches. Case-insensitive, as IAM matches actions.
 */
export function riskActionsMatching(pattern: string): string[] {
  if (!hasWildcard(pattern)) {
    const k = key(pattern);
    return RISK_ACTIONS.filter((a) => key(a) === k);
  }
  return RISK_ACTIONS.filter((a) => actionMatches(pattern, a));
}

/**
 * The risks a role has, from the actions its session is granted once every layer applies: a risk
 * counts only when every one of its parts is granted (one of the part's alternatives), and a risk
 * marked `allResources` only when granted on every resource. Pure; linear in the table × grants.
 */
export function analyzeRisks(grants: readonly RiskGrant[]): RiskReport<RiskId> {
  const granted = new Map<string, { nodes: Set<string>; all: boolean }>();
  for (const g of grants) {
    const k = key(g.action);
    const entry = granted.get(k) ?? { nodes: new Set<string>(), all: false };
    for (const n of g.nodes) entry.nodes.add(n);
    entry.all ||= g.allResources;
    granted.set(k, entry);
  }
  const findings: RiskFinding<RiskId>[] = [];
  const byNode = new Map<string, Set<RiskCategory>>();
  for (const risk of RISKS) {
    const parts: RiskFinding['parts'] = [];
    for (const part of risk.parts) {
      const actions = part.filter((a) => {
        const g = granted.get(key(a));
        return g !== undefined && (!('allResources' in risk) || g.all);
      });
      if (actions.length === 0) break;
      const nodes = new Set(actions.flatMap((a) => [...(granted.get(key(a))?.nodes ?? [])]));
      parts.push({ actions, nodes: [...nodes] });
    }
    if (parts.length !== risk.parts.length) continue;
    findings.push({ id: risk.id, category: risk.category, doc: risk.doc, parts });
    for (const p of parts)
      for (const n of p.nodes) byNode.set(n, (byNode.get(n) ?? new Set()).add(risk.category));
  }
  const ordered = new Map<string, readonly RiskCategory[]>();
  for (const [n, cats] of byNode)
    ordered.set(
      n,
      RISK_CATEGORIES.filter((c) => cats.has(c)),
    );
  return {
    findings,
    byNode: ordered,
    escalation: findings.some((f) => f.category === 'privilege-escalation'),
  };
}
