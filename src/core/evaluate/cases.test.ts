import { relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isRecord } from '../util/record';
import {
  CASES_DIR,
  STATEMENT_ROLES,
  formatPolicyRef,
  listCaseFiles,
  parsePolicyRef,
  readCases,
  type EngineCase,
} from './cases/index';
import { evaluateRequest } from './evaluate';
import { DECISIONS, type EvaluationResult, type PolicyKind } from './types';

const files = listCaseFiles();

const GRANT_KINDS: ReadonlySet<PolicyKind> = new Set<PolicyKind>(['identity', 'resource']);
const GUARDRAIL_KINDS: ReadonlySet<PolicyKind> = new Set<PolicyKind>([
  'scp',
  'rcp',
  'endpoint',
  'boundary',
  'session',
]);
const ENTRY_KEYS: ReadonlySet<string> = new Set(['policy', 'statement', 'sid', 'role']);

/** The Statement list of the request's policy `kind[index]`; undefined when it cannot be read. */
function statementsOf(c: EngineCase, kind: PolicyKind, index: number): unknown[] | undefined {
  const policies: Record<string, unknown> = isRecord(c.request?.policies) ? c.request.policies : {};
  const slot = policies[kind];
  let doc: unknown = Array.isArray(slot) ? slot[index] : index === 0 ? slot : undefined;
  if (typeof doc === 'string') {
    try {
      doc = JSON.parse(doc);
    } catch {
      return undefined; // policy text with comments: the shape check stops at the reference
    }
  }
  if (!isRecord(doc)) return undefined;
  const st = doc.Statement;
  return Array.isArray(st) ? st : st === undefined ? undefined : [st];
}

/** Everything wrong with a case's `decidedBy`, checked against its own request and expectation. */
function decidedByProblems(c: EngineCase): string[] {
  const raw: unknown = (c as { decidedBy?: unknown }).decidedBy;
  if (!Array.isArray(raw)) return ['decidedBy is missing (an array of deciding statements)'];
  const out: string[] = [];
  const seen = new Set<string>();
  raw.forEach((entry: unknown, i) => {
    const at = `decidedBy[${i}]`;
    if (!isRecord(entry)) {
      out.push(`${at} is not an object`);
      return;
    }
    const extra = Object.keys(entry).filter((k) => !ENTRY_KEYS.has(k));
    if (extra.length > 0) out.push(`${at} has unknown fields: ${extra.join(', ')}`);
    const { policy, statement, sid, role } = entry;
    const ref = typeof policy === 'string' ? parsePolicyRef(policy) : undefined;
    if (!ref)
      out.push(
        `${at}.policy must be identity[i], scp[i], rcp[i], boundary, session, endpoint or resource`,
      );
    if (typeof statement !== 'number' || !Number.isInteger(statement) || statement < 0)
      out.push(`${at}.statement must be a 0-based statement index`);
    if (sid !== undefined && (typeof sid !== 'string' || sid === ''))
      out.push(`${at}.sid must be a non-empty string when given`);
    if (!(STATEMENT_ROLES as readonly unknown[]).includes(role))
      out.push(`${at}.role must be one of ${STATEMENT_ROLES.join(', ')}`);
    if (!ref || typeof statement !== 'number') return;

    const key = `${policy as string}#${statement}`;
    if (seen.has(key)) out.push(`${at} repeats ${key}`);
    seen.add(key);
    if (role === 'grant' && !GRANT_KINDS.has(ref.kind))
      out.push(`${at}: only identity-based and resource-based statements grant`);
    if (role === 'guardrail' && !GUARDRAIL_KINDS.has(ref.kind))
      out.push(`${at}: only SCP, RCP, endpoint, boundary and session statements are guardrails`);

    const list = statementsOf(c, ref.kind, ref.index);
    if (!list) {
      if (!policyIsText(c, ref.kind, ref.index))
        out.push(`${at}: the request has no policy ${policy as string} with a Statement`);
      return;
    }
    const st: unknown = list[statement];
    if (!isRecord(st)) {
      out.push(`${at}: ${policy as string} has no Statement[${statement}]`);
      return;
    }
    const actualSid = typeof st.Sid === 'string' && st.Sid !== '' ? st.Sid : undefined;
    if (actualSid !== sid)
      out.push(
        actualSid === undefined
          ? `${at}.sid is ${String(sid)} but the statement has no Sid`
          : `${at}.sid must be "${actualSid}" (the statement's Sid)`,
      );
    const effect = role === 'explicit-deny' ? 'Deny' : 'Allow';
    if (st.Effect !== effect)
      out.push(`${at}: a ${String(role)} statement must have Effect ${effect}`);
  });

  const roles = raw.map((e: unknown) => (isRecord(e) ? e.role : undefined));
  if (
    c.expected === 'ExplicitDeny' &&
    (roles.length === 0 || roles.some((r) => r !== 'explicit-deny'))
  )
    out.push('an ExplicitDeny is decided by one or more explicit-deny statements and nothing else');
  if (c.expected === 'Allow' && roles.includes('explicit-deny'))
    out.push('an Allow cannot be decided by an explicit-deny statement');
  if (c.expected === 'ImplicitDeny' && roles.length > 0)
    out.push('an ImplicitDeny is decided by no statement: decidedBy must be []');
  return out;
}

function policyIsText(c: EngineCase, kind: PolicyKind, index: number): boolean {
  const slot: unknown = (c.request?.policies as Record<string, unknown> | undefined)?.[kind];
  const doc: unknown = Array.isArray(slot) ? slot[index] : index === 0 ? slot : undefined;
  return typeof doc === 'string';
}

/** `identity[0] Statement[1] 'AllowS3Self' grant`: one deciding statement, readable in a diff. */
function label(policy: string, statement: number, role: string, sid?: string): string {
  return `${policy} Statement[${statement}]${sid !== undefined ? ` '${sid}'` : ''} ${role}`;
}

/** The deciding statements the engine reported, labelled like the case (Sid where the case has one). */
function engineDecidedBy(c: EngineCase, result: EvaluationResult): string[] {
  const withSid = new Set(
    c.decidedBy.filter((d) => d.sid !== undefined).map((d) => `${d.policy}#${d.statement}`),
  );
  return result.explain.decidingStatements
    .map((ref) => {
      const policy = formatPolicyRef(ref.policyKind, ref.policyIndex);
      const trace = result.explain.policies
        .find((p) => p.kind === ref.policyKind && p.index === ref.policyIndex)
        ?.statements.find((s) => s.index === ref.statementIndex);
      const sid = (ref as { sid?: string }).sid ?? trace?.sid;
      const shown = withSid.has(`${policy}#${ref.statementIndex}`)
        ? (sid ?? '(no Sid)')
        : undefined;
      return label(policy, ref.statementIndex, ref.role, shown);
    })
    .sort();
}

/** The bounds the engine says it reached: explain.incomplete with the causes its reason names. */
function incompleteOf(result: EvaluationResult): string[] | null {
  if (result.explain.incomplete !== true) return null;
  const reason = result.explain.reasons.find((r) => r.code === 'incomplete');
  return reason?.code === 'incomplete' ? [...reason.params.causes] : ['(no incomplete reason)'];
}

function documentedDecidedBy(c: EngineCase): string[] {
  return c.decidedBy.map((d) => label(d.policy, d.statement, d.role, d.sid)).sort();
}

describe('engine case folders', () => {
  it('has at least 200 cases, each with a name, a source, a valid expectation and its deciding statements', () => {
    const all = files.flatMap(readCases);
    expect(all.length).toBeGreaterThanOrEqual(200);
    const names = new Set<string>();
    const problems: string[] = [];
    for (const c of all) {
      expect(typeof c.name === 'string' && c.name.length > 0).toBe(true);
      expect(c.source, c.name).toMatch(/docs\.aws\.amazon\.com|aws\.amazon\.com\/blogs/);
      expect(DECISIONS, c.name).toContain(c.expected);
      expect(names.has(c.name), `duplicate case name: ${c.name}`).toBe(false);
      names.add(c.name);
      for (const p of decidedByProblems(c)) problems.push(`${c.name}: ${p}`);
    }
    expect(problems, `malformed decidedBy:\n  ${problems.join('\n  ')}`).toEqual([]);
  });

  it('rejects a case without decidedBy, or with one that does not fit its request', () => {
    const base = {
      name: 'synthetic',
      source: 'https://docs.aws.amazon.com/',
      request: {
        principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
        action: 's3:GetObject',
        resource: 'arn:aws:s3:::example-bucket/a',
        policies: {
          identity: [
            {
              Statement: [{ Sid: 'Read', Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
            },
          ],
        },
      },
      expected: 'Allow',
    } as const;
    const without = { ...base } as unknown as EngineCase;
    expect(decidedByProblems(without)).toEqual([
      'decidedBy is missing (an array of deciding statements)',
    ]);
    const good = {
      ...base,
      decidedBy: [{ policy: 'identity[0]', statement: 0, sid: 'Read', role: 'grant' }],
    } as unknown as EngineCase;
    expect(decidedByProblems(good)).toEqual([]);
    const bad = (entry: unknown, expected: string = base.expected): string[] =>
      decidedByProblems({ ...base, expected, decidedBy: [entry] } as unknown as EngineCase);
    expect(bad({ policy: 'identity[0]', statement: 0, role: 'grant' })).toHaveLength(1); // Sid left out
    expect(bad({ policy: 'identity[0]', statement: 1, sid: 'Read', role: 'grant' })).toHaveLength(
      1,
    );
    expect(bad({ policy: 'identity[1]', statement: 0, role: 'grant' })).toHaveLength(1);
    expect(bad({ policy: 'identity', statement: 0, sid: 'Read', role: 'grant' })).toHaveLength(1);
    expect(bad({ policy: 'identity[0]', statement: '0', sid: 'Read', role: 'grant' })).toHaveLength(
      1,
    );
    expect(
      bad({ policy: 'identity[0]', statement: 0, sid: 'Read', role: 'guardrail' }),
    ).toHaveLength(1);
    expect(
      bad(
        { policy: 'identity[0]', statement: 0, sid: 'Read', role: 'explicit-deny' },
        'ExplicitDeny',
      ),
    ).toHaveLength(1);
    expect(
      bad({ policy: 'identity[0]', statement: 0, sid: 'Read', role: 'grant' }, 'ImplicitDeny'),
    ).toHaveLength(1);
  });

  for (const file of files) {
    describe(relative(CASES_DIR, file), () => {
      for (const c of readCases(file)) {
        it(
          c.name,
          () => {
            const result = evaluateRequest(c.request);
            const actual = {
              decision: result.decision,
              decidedBy: engineDecidedBy(c, result),
              incomplete: incompleteOf(result),
            };
            const documented = {
              decision: c.expected,
              decidedBy: documentedDecidedBy(c),
              incomplete: c.incomplete ?? null,
            };
            expect(
              actual,
              [
                c.name,
                `  source: ${c.source}`,
                `  documented: ${documented.decision} decided by [${documented.decidedBy.join('; ')}]`,
                `  engine:     ${actual.decision} decided by [${actual.decidedBy.join('; ')}]`,
                `  reasons: ${JSON.stringify(result.explain.reasons).slice(0, 1000)}`,
              ].join('\n'),
            ).toEqual(documented);
            // The warning leads the reasons, so no reader sees the decision without it.
            if (c.incomplete) expect(result.explain.reasons[0]?.code, c.name).toBe('incomplete');
          },
          30_000,
        );
      }
    });
  }
});
