import { describe, expect, it } from 'vitest';
import { TRACE_VALUES } from './capTrace';
import { runCli } from './testing/memoryIo';

// Issue 12: `rolemap simulate` on a 2 MB request — 5,000 long s3:prefix values plus "secret"
// against a Deny listing 1,000 a*a*…b patterns (ForAnyValue:StringLike) and a Deny on "secret" —
// must answer within its work bound and fail closed (PRODUCT.md), and print a bounded trace.
// ForAnyValue: AWS docs, "Single-valued vs. multivalued context keys" —
// https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_condition-single-vs-multi-valued-context-keys.html

const patterns = Array.from(
  { length: 1000 },
  (_, i) => `${'a*'.repeat(20 + (i % 40))}${'a'.repeat(20 + Math.floor(i / 40))}b`,
);
const prefixes = [...Array.from({ length: 5000 }, (_, i) => 'a'.repeat(380 + (i % 50))), 'secret'];
const policy = (statement: object) => ({ Version: '2012-10-17', Statement: [statement] });
const request = {
  principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
  action: 's3:ListBucket',
  resource: 'arn:aws:s3:::example-bucket',
  context: { 's3:prefix': prefixes },
  policies: {
    identity: [
      policy({ Sid: 'AllowS3', Effect: 'Allow', Action: 's3:*', Resource: '*' }),
      policy({
        Sid: 'DenyPrefixPatterns',
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { 'ForAnyValue:StringLike': { 's3:prefix': patterns } },
      }),
      policy({
        Sid: 'DenySecretPrefix',
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { 'ForAnyValue:StringEquals': { 's3:prefix': 'secret' } },
      }),
    ],
  },
};

interface Printed {
  decision: string;
  explain: {
    incomplete?: boolean;
    reasons: string[];
    reasonCodes: Array<{ code: string; params: { causes?: string[] } }>;
    decidingStatements: Array<{ policyIndex: number }>;
    policies: Array<{
      statements: Array<{
        conditions: Array<{
          values: string[];
          contextValues: string[] | null;
          valuesOmitted?: number;
          contextValuesOmitted?: number;
        }>;
      }>;
    }>;
  };
}

describe('rolemap simulate on the issue-12 hostile request', () => {
  it('fails closed with the reason, and prints a trace smaller than the request', async () => {
    const text = JSON.stringify(request);
    expect(text.length).toBeGreaterThan(2_000_000);
    const r = await runCli(['simulate', '-'], { stdin: text });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as Printed;
    expect(out.decision).toBe('ExplicitDeny');
    expect(out.explain.incomplete).toBe(true);
    expect(out.explain.reasonCodes[0]).toEqual({
      code: 'incomplete',
      params: { causes: ['work-budget'] },
    });
    expect(out.explain.reasons[0]).toMatch(/^The answer is incomplete \(matching needed more work/);
    expect(out.explain.decidingStatements.map((s) => s.policyIndex).sort()).toEqual([1, 2]);
    const patternTrace = out.explain.policies[1]?.statements[0]?.conditions[0];
    expect(patternTrace?.values).toHaveLength(TRACE_VALUES);
    expect(patternTrace?.valuesOmitted).toBe(1000 - TRACE_VALUES);
    expect(patternTrace?.contextValues).toHaveLength(TRACE_VALUES);
    expect(patternTrace?.contextValuesOmitted).toBe(5001 - TRACE_VALUES);
    expect(r.stdout.length).toBeLessThan(text.length / 4);
  }, 60_000);

  it('says it in Japanese with --lang ja', async () => {
    const r = await runCli(['simulate', '-', '--lang', 'ja'], { stdin: JSON.stringify(request) });
    const out = JSON.parse(r.stdout) as Printed;
    expect(out.explain.reasons[0]).toMatch(/^この判定は完全ではありません/);
  }, 60_000);
});
