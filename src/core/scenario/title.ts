/**
 * The scenario's title: written by the user (and saved with the scenario), or, when absent,
 * derived from what the policies say, so a header never repeats a title the content has outgrown
 * without the user having chosen it.
 */
import { parsePolicy } from '../policy/parse';
import { readPolicy } from '../policy/statements';
import type { ParseResult } from '../policy/types';
import type { Scenario } from './types';

/** The facts a derived title is worded from (i18n words them; nothing here is a sentence). */
export interface DerivedTitle {
  /** Who the trust policy admits, as written (`ec2.amazonaws.com`, an account, `*`), in order. */
  principals: string[];
  /** The service prefixes the permission policies allow (`ssm`, `s3`; `*` for every service), in order. */
  services: string[];
}

/** Returns the scenario with this title; a blank title removes it, so the header derives one. */
export function withTitle(scenario: Scenario, title: string): Scenario {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') {
    if (scenario.title === undefined) return scenario;
    const { title: _drop, ...rest } = scenario;
    return rest;
  }
  return clean === scenario.title ? scenario : { ...scenario, title: clean };
}

function pushOnce(list: string[], value: string) {
  if (value !== '' && !list.includes(value)) list.push(value);
}

/** Reads who may assume the role and which services it may use, for a title when the user gave none. */
export function derivedTitle(
  scenario: Scenario,
  parse: (text: string) => ParseResult = parsePolicy,
): DerivedTitle {
  const principals: string[] = [];
  for (const st of readPolicy(parse(scenario.role.trustPolicy)).statements) {
    if (st.effect?.value !== 'Allow' || !st.principal) continue;
    if (st.principal.kind === '*') pushOnce(principals, '*');
    if (st.principal.kind !== 'map') continue;
    for (const list of st.principal.types.values())
      for (const v of list.values) pushOnce(principals, v.value);
  }
  const services: string[] = [];
  for (const policy of scenario.role.permissionPolicies) {
    for (const st of readPolicy(parse(policy.document)).statements) {
      if (st.effect?.value !== 'Allow') continue;
      for (const a of st.action?.values ?? []) {
        const colon = a.value.indexOf(':');
        pushOnce(services, colon === -1 ? a.value.trim() : a.value.slice(0, colon).toLowerCase());
      }
    }
  }
  return { principals, services };
}
