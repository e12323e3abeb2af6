import { describe, expect, it } from 'vitest';
import { groupFindings, GROUP_LIMIT } from './groupFindings';
import type { CliFinding } from './lintCommand';
import { runCli } from './testing/memoryIo';

// `rolemap lint` caps its output: past GROUP_LIMIT findings of one code and severity, the rest
// become one `repeated-findings` summary, and `summary` says how many were listed of how many.

const work = '/home/user/policies';

interface Printed {
  findings: Array<CliFinding & { repeats?: string; count?: number }>;
  summary?: { total: number; listed: number; limit: number };
}

/** A policy whose Action list holds `n` actions that Amazon S3 does not have. */
function typoPolicy(n: number): string {
  const actions = Array.from({ length: n }, (_, i) => `    "s3:GetObjectTypo${i}"`);
  return [
    '{',
    '  "Version": "2012-10-17",',
    '  "Statement": [{',
    '   "Effect": "Allow",',
    '   "Resource": "arn:aws:s3:::example-bucket/*",',
    '   "Action": [',
    actions.join(',\n'),
    '   ]',
    '  }]',
    '}',
  ].join('\n');
}

async function lint(text: string, extra: string[] = []) {
  const r = await runCli(['lint', 'policy.json', '--kind', 'identity', ...extra], {
    files: { [`${work}/policy.json`]: text },
    cwd: '/project',
    env: { INIT_CWD: work },
  });
  return { ...r, out: JSON.parse(r.stdout || '{}') as Printed };
}

describe('rolemap lint groups repeated findings', () => {
  it('lists the first 10 unknown actions and sums up the other 15 at the 11th', async () => {
    const text = typoPolicy(25);
    const r = await lint(text);
    expect(r.code).toBe(1);
    const unknown = r.out.findings.filter((f) => f.code === 'unknown-action');
    expect(unknown).toHaveLength(GROUP_LIMIT);
    const repeated = r.out.findings.filter((f) => f.code === 'repeated-findings');
    expect(repeated).toHaveLength(1);
    const eleventh = text.split('\n').findIndex((l) => l.includes('"s3:GetObjectTypo10"')) + 1;
    expect(repeated[0]).toMatchObject({
      severity: 'error',
      repeats: 'unknown-action',
      count: 15,
      path: 'Statement[0].Action[10]',
      line: eleventh,
    });
    expect(repeated[0]?.message).toContain('15 more "unknown-action" findings');
    const total = r.out.findings.length - 1 + 15;
    expect(r.out.summary).toEqual({ total, listed: total - 15, limit: GROUP_LIMIT });
  });

  it('--all lists every finding and prints no summary', async () => {
    const r = await lint(typoPolicy(25), ['--all']);
    expect(r.out.findings.filter((f) => f.code === 'unknown-action')).toHaveLength(25);
    expect(r.out.findings.some((f) => f.code === 'repeated-findings')).toBe(false);
    expect(r.out.summary).toBeUndefined();
  });

  it('leaves a short list as PRODUCT.md prints it: no summary finding, no summary field', async () => {
    const r = await lint(typoPolicy(GROUP_LIMIT));
    expect(r.out.findings.filter((f) => f.code === 'unknown-action')).toHaveLength(GROUP_LIMIT);
    expect(Object.keys(r.out)).toEqual(['findings']);
  });

  it('says it in Japanese with --lang ja', async () => {
    const r = await lint(typoPolicy(12), ['--lang', 'ja']);
    const repeated = r.out.findings.find((f) => f.code === 'repeated-findings');
    expect(repeated?.message).toMatch(/^ほかにも同様の「unknown-action」の指摘が 2 件あります/);
  });

  it('prints a bounded list for 100,000 unique unknown actions', async () => {
    const r = await lint(typoPolicy(100_000));
    expect(r.code).toBe(1);
    const codes = new Set(r.out.findings.map((f) => `${f.severity}:${f.code}`));
    // At most GROUP_LIMIT of each code and severity, plus one summary per shortened group.
    expect(r.out.findings.length).toBeLessThanOrEqual(codes.size * (GROUP_LIMIT + 1));
    const repeated = r.out.findings.find((f) => f.repeats === 'unknown-action');
    expect(repeated?.count).toBeGreaterThan(1000);
    expect(r.out.summary?.total).toBe(r.out.summary!.listed + (repeated?.count ?? 0));
  }, 60_000);

  it('groups by code and severity, keeping order, and rejects --all with a value', async () => {
    const f = (code: string, severity: CliFinding['severity'], line: number): CliFinding => ({
      severity,
      code,
      message: code,
      path: `p${line}`,
      line,
      column: 1,
    });
    const input = [
      f('a', 'error', 1),
      f('a', 'warning', 2),
      f('a', 'error', 3),
      f('a', 'error', 4),
    ];
    const out = groupFindings(input, 'en', false, 2);
    expect(out.findings.map((x) => `${x.code}@${x.line}`)).toEqual([
      'a@1',
      'a@2',
      'a@3',
      'repeated-findings@4',
    ]);
    expect(out.summary).toEqual({ total: 4, listed: 3, limit: 2 });
    const bad = await lint(typoPolicy(1), ['--all=yes']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--all takes no value');
  });
});
