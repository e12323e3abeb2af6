/** The engine's JSON case folders, listed for the Vitest runner and the CLI test (Node only). */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { IncompleteCause } from '../codes';
import type { Decision, PolicyKind, SimulationRequest, StatementRole } from '../types';

/** Policy kinds that come as a list in a request (`identity[0]`, `scp[1]`); the rest are single. */
export const LISTED_POLICY_KINDS = ['identity', 'scp', 'rcp'] as const satisfies readonly PolicyKind[];
export type ListedPolicyKind = (typeof LISTED_POLICY_KINDS)[number];
export type SinglePolicyKind = Exclude<PolicyKind, ListedPolicyKind>;

/** A policy of the request, named by its key in `policies`: `identity[0]`, `scp[1]`, `boundary`… */
export type CasePolicyRef = `${ListedPolicyKind}[${number}]` | SinglePolicyKind;

export const STATEMENT_ROLES = [
  'explicit-deny',
  'grant',
  'guardrail',
] as const satisfies readonly StatementRole[];

/**
 * One statement that decides a case's outcome, as AWS's documentation reasons about it: an
 * applying Deny (`explicit-deny`), an Allow that grants (`grant`, identity- or resource-based), or
 * an Allow of an SCP, RCP, VPC endpoint policy, permissions boundary or session policy that lets
 * the request through
 * (`guardrail`). It mirrors the engine's `explain.decidingStatements` (`StatementRef`).
 */
export interface DecidingStatement {
  policy: CasePolicyRef;
  /** 0-based index in the policy's Statement array (0 when Statement is a single object). */
  statement: number;
  /** The statement's Sid, given exactly when the statement has one. */
  sid?: string;
  role: StatementRole;
}

/** One documented case: a request, the decision AWS's documentation gives it and why. */
export interface EngineCase {
  name: string;
  /** The AWS documentation page (title and URL) the expectation comes from. */
  source: string;
  note?: string;
  request: SimulationRequest;
  expected: Decision;
  /** The statements that decide `expected`; empty for an implicit deny (no allow is the reason). */
  decidedBy: DecidingStatement[];
  /** The bounds the evaluation reaches (explain.incomplete and its reason); absent when none. */
  incomplete?: IncompleteCause[];
}

/** Folder that holds the case groups (`<group>/<name>.json`). */
export const CASES_DIR = dirname(fileURLToPath(import.meta.url));

/** Absolute paths of every case file, sorted, so other runners can replay the same cases. */
export function listCaseFiles(dir: string = CASES_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listCaseFiles(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads one case file (an array of cases, or a single case object). */
export function readCases(file: string): EngineCase[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return (Array.isArray(parsed) ? parsed : [parsed]) as EngineCase[];
}

const REF = /^(identity|scp|rcp)\[(0|[1-9]\d*)\]$|^(boundary|session|endpoint|resource)$/;

/** Splits `identity[2]` into kind and index (single kinds get index 0); undefined if malformed. */
export function parsePolicyRef(ref: string): { kind: PolicyKind; index: number } | undefined {
  const m = REF.exec(ref);
  if (!m) return undefined;
  if (m[3]) return { kind: m[3] as SinglePolicyKind, index: 0 };
  return { kind: m[1] as ListedPolicyKind, index: Number(m[2]) };
}

/** The case-file name of an engine policy position: `identity[2]`, `scp[0]`, `boundary`… */
export function formatPolicyRef(kind: PolicyKind, index: number): CasePolicyRef {
  return (LISTED_POLICY_KINDS as readonly PolicyKind[]).includes(kind)
    ? (`${kind as ListedPolicyKind}[${index}]` as const)
    : (kind as SinglePolicyKind);
}
