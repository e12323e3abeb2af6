/**
 * IpAddress / NotIpAddress (AWS docs, "IAM JSON policy elements: Condition operators", IP
 * address): IPv4 or IPv6 CIDR ranges; an address without a prefix means /32 (or /128).
 */

import ipaddr from 'ipaddr.js';
import { defineOperators, type PolicyValue } from './types';

type Address = ReturnType<typeof ipaddr.parse>;
type Range = [Address, number];

const rangeCache = new Map<string, Range | null>();

/** Parses a CIDR range (or a bare address) from a policy; undefined when it is not one. */
export function parseRange(text: string): Range | undefined {
  const key = text.trim();
  const hit = rangeCache.get(key);
  if (hit !== undefined) return hit ?? undefined;
  let range: Range | null;
  try {
    if (key.includes('/')) range = ipaddr.parseCIDR(key);
    else {
      const addr = ipaddr.parse(key);
      range = [addr, addr.kind() === 'ipv4' ? 32 : 128];
    }
  } catch {
    range = null;
  }
  if (rangeCache.size > 4096) rangeCache.clear();
  rangeCache.set(key, range);
  return range ?? undefined;
}

/** Parses a request address, reading IPv4-mapped IPv6 (::ffff:a.b.c.d) as IPv4. */
export function parseAddress(text: string): Address | undefined {
  try {
    return ipaddr.process(text.trim());
  } catch {
    return undefined;
  }
}

/** Whether the address lies in the range; addresses of the other IP version never do. */
export function inRange(address: Address, range: Range): boolean {
  const [network, bits] = range;
  if (address.kind() !== network.kind()) return false;
  return address.match(network, bits);
}

function matches(policy: PolicyValue, value: string): boolean {
  const range = parseRange(policy.text);
  const address = parseAddress(value);
  return range !== undefined && address !== undefined && inRange(address, range);
}

/** The IP address family's operators. */
export const IP_OPERATORS = defineOperators('IpAddress', false, [
  ['IpAddress', false, matches],
  ['NotIpAddress', true, matches],
]);
