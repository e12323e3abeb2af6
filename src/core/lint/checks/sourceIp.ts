import ipaddr from 'ipaddr.js';
import { parseOperator } from '../../evaluate';
import type { Check } from '../types';

/** RFC 1918 IPv4 ranges and IPv6 unique local addresses (fc00::/7): never seen by aws:SourceIp. */
const PRIVATE_V4 = [
  ipaddr.parseCIDR('10.0.0.0/8'),
  ipaddr.parseCIDR('172.16.0.0/12'),
  ipaddr.parseCIDR('192.168.0.0/16'),
];
const PRIVATE_V6 = [ipaddr.parseCIDR('fc00::/7')];

/** 'private' when the whole range lies in a private block, 'public' otherwise, undefined if not an address. */
function classify(value: string): 'private' | 'public' | undefined {
  try {
    const [addr, bits] = value.includes('/')
      ? ipaddr.parseCIDR(value)
      : [ipaddr.parse(value), undefined];
    if (addr.kind() === 'ipv4') {
      const v4 = addr as ipaddr.IPv4;
      const len = bits ?? 32;
      return PRIVATE_V4.some(([net, size]) => len >= size && v4.match(net as ipaddr.IPv4, size))
        ? 'private'
        : 'public';
    }
    const v6 = addr as ipaddr.IPv6;
    if (v6.isIPv4MappedAddress()) return classify(v6.toIPv4Address().toString());
    const len = bits ?? 128;
    return PRIVATE_V6.some(([net, size]) => len >= size && v6.match(net as ipaddr.IPv6, size))
      ? 'private'
      : 'public';
  } catch {
    return undefined;
  }
}

/**
 * aws:SourceIp holds the public address a request comes from, so private ranges never match it
 * (Access Analyzer errors "Private IP address" with IpAddress, "Private NotIpAddress" with
 * NotIpAddress; suggestion "Private IP address subset" when public ranges are listed too).
 * aws:VpcSourceIp is the key for addresses inside a VPC.
 */
export const sourceIp: Check = {
  codes: ['source-ip-private'],
  run(ctx) {
    for (const stmt of ctx.statements) {
      for (const op of stmt.condition?.operators ?? []) {
        const spec = parseOperator(op.operator).spec;
        if (spec?.family !== 'IpAddress') continue;
        for (const k of op.keys) {
          if (k.key.toLowerCase() !== 'aws:sourceip') continue;
          const privates: string[] = [];
          let publics = 0;
          for (const v of k.values) {
            const kind = classify(v.value.trim());
            if (kind === 'private') privates.push(v.value);
            else if (kind === 'public') publics += 1;
          }
          if (privates.length === 0) continue;
          const mixed = publics > 0;
          ctx.report(
            mixed ? 'suggestion' : 'error',
            'source-ip-private',
            { operator: op.operator, negated: spec.negated, mixed, values: privates },
            k.path,
            { part: 'key' },
          );
        }
      }
    }
  },
};
