import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/memoryIo';

// `rolemap lint` as PRODUCT.md's CLI table specifies it: {"findings":[…]} with 1-based line and
// column in FILE, exit 1 when any finding is an `error`, 2 with one stderr line for bad input.
// Files live in an in-memory folder that INIT_CWD points at, as npm would set it.

const seedDir = new URL('../core/scenario/seed/', import.meta.url);
const work = '/home/user/policies';

interface CliFinding {
  severity: string;
  code: string;
  message: string;
  path: string;
  line: number;
  column: number;
}

function run(args: string[], options: { stdin?: string; files?: Record<string, string> } = {}) {
  return runCli(args, { ...options, cwd: '/project', env: { INIT_CWD: work } });
}

async function lint(text: string, kind: string) {
  const r = await run(['lint', 'policy.json', '--kind', kind], {
    files: { [`${work}/policy.json`]: text },
  });
  const out = JSON.parse(r.stdout || '{}') as { findings?: CliFinding[] };
  return { ...r, findings: out.findings ?? [] };
}

/** Where the article's first `#` comment starts, found in the fixture text itself. */
function firstHash(text: string): { line: number; column: number } {
  const lines = text.split('\n');
  const index = lines.findIndex((l) => l.includes('#'));
  return { line: index + 1, column: (lines[index] ?? '').indexOf('#') + 1 };
}

/** The fixture without its `#` comments: everything from `#` to the end of the line goes. */
function withoutHashComments(text: string): string {
  return text.replace(/#.*$/gm, '');
}

const seeds = [
  { name: 'trust', file: 'seed-trust-policy.commented.json', kind: 'trust' },
  { name: 'permission', file: 'seed-permission-policy.commented.json', kind: 'identity' },
];

describe.each(seeds)('rolemap lint: the seed $name policy', ({ file, kind }) => {
  const text = readFileSync(new URL(file, seedDir), 'utf8');

  it('with its # comments: one comment error on the first comment, exit 1', async () => {
    const r = await lint(text, kind);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const comments = r.findings.filter((f) => f.code === 'comment');
    expect(comments).toHaveLength(1);
    expect(comments[0]).toMatchObject({ severity: 'error', ...firstHash(text) });
    // Only the comments make it unacceptable to AWS.
    expect(r.findings.filter((f) => f.severity === 'error' && f.code !== 'comment')).toEqual([]);
  });

  it('without comments: no error or security finding, exit 0', async () => {
    const r = await lint(withoutHashComments(text), kind);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(r.findings.filter((f) => f.severity === 'error' || f.severity === 'security')).toEqual(
      [],
    );
  });
});

describe('rolemap lint: catalog checks and output shape', () => {
  // Access Analyzer "Invalid action": ssm:GetDocument is in the Service Authorization Reference.
  const typo =
    '{\n  "Version": "2012-10-17",\n  "Statement": [\n    {\n      "Effect": "Allow",\n' +
    '      "Action": ["ssm:DescribeDocument", "ssm:GetDocumnet"],\n      "Resource": "*"\n    }\n  ]\n}\n';

  it('reports a misspelt action at its own line and column with a suggestion, exit 1', async () => {
    const r = await lint(typo, 'identity');
    expect(r.code).toBe(1);
    const f = r.findings.find((x) => x.code === 'unknown-action');
    expect(f).toBeDefined();
    expect(f?.severity).toBe('error');
    expect(f?.line).toBe(6);
    expect(f?.column).toBe(typo.split('\n')[5]!.indexOf('"ssm:GetDocumnet"') + 1);
    expect(f?.path).toBe('Statement[0].Action[1]');
    expect(f?.message).toContain('ssm:GetDocument');
  });

  it('prints exactly the documented fields for every finding', async () => {
    const r = await lint(typo, 'identity');
    expect(r.findings.length).toBeGreaterThan(0);
    for (const f of r.findings) {
      expect(Object.keys(f).sort()).toEqual(
        ['code', 'column', 'line', 'message', 'path', 'severity'].sort(),
      );
      expect(['error', 'security', 'warning', 'suggestion']).toContain(f.severity);
    }
  });

  it('reads standard input with -', async () => {
    const r = await run(['lint', '-', '--kind', 'identity'], { stdin: typo });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('unknown-action');
    expect(r.stdout).toBe((await lint(typo, 'identity')).stdout);
  });

  it('exits 0 when the worst finding is not an error (missing Version is a warning)', async () => {
    // IAM JSON policy reference, "Version": without it the 2008-10-17 language applies.
    const r = await lint(
      '{"Statement": [{"Effect": "Allow", "Action": "ssm:GetDocument", "Resource": "*"}]}',
      'identity',
    );
    expect(r.findings.map((f) => [f.code, f.severity])).toContainEqual([
      'version-missing',
      'warning',
    ]);
    expect(r.code).toBe(0);
  });

  it('gives the same findings whatever earlier commands loaded into the shared catalog', async () => {
    // The CLI keeps one catalog per process; loading more services must never change a result.
    const before = await lint(typo, 'identity');
    const wide = JSON.stringify({
      rolemap: 1,
      role: {
        trustPolicy: { Statement: [] },
        permissionPolicies: [
          { document: { Statement: [{ Effect: 'Allow', Action: 'ec2*:*', Resource: '*' }] } },
        ],
      },
    });
    expect((await run(['graph', '-'], { stdin: wide })).code).toBe(0);
    const after = await lint(typo, 'identity');
    expect(after).toEqual(before);
  });
});

describe('rolemap lint: usage errors exit 2 with one line on stderr', () => {
  const policy = readFileSync(new URL('seed-trust-policy.commented.json', seedDir), 'utf8');
  const files = { [`${work}/trust.json`]: policy };

  it.each([
    ['an unknown --kind', ['lint', 'trust.json', '--kind', 'role']],
    ['a missing --kind', ['lint', 'trust.json']],
    ['a missing file', ['lint', 'does-not-exist.json', '--kind', 'trust']],
    ['no FILE at all', ['lint', '--kind', 'trust']],
    ['an unknown --lang', ['lint', 'trust.json', '--kind', 'trust', '--lang', 'de']],
  ])('%s', async (_name, args) => {
    const r = await run(args, { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^rolemap: /);
  });

  it('lists the kinds it accepts', async () => {
    const r = await run(['lint', 'trust.json', '--kind', 'role'], { files });
    expect(r.stderr).toBe(
      'rolemap: unknown --kind "role" (one of: trust, identity, resource, boundary, scp, session)\n',
    );
  });
});

describe('rolemap lint --managed: the document as an AWS managed policy', () => {
  // An identity policy far over the customer quota (AWS publishes AWS managed policies that big).
  const statements = Array.from({ length: 400 }, (_, i) => ({
    Sid: `S${i}`,
    Effect: 'Allow',
    Action: ['s3:GetObject'],
    Resource: `arn:aws:s3:::amzn-s3-demo-bucket/${String(i).padStart(4, '0')}/*`,
  }));
  const big = JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  const files = { [`${work}/big.json`]: big };

  it('as a customer policy, the size quota is a warning (Access Analyzer) and the exit code stays 0', async () => {
    const r = await run(['lint', 'big.json', '--kind', 'identity'], { files });
    const out = JSON.parse(r.stdout) as { findings: CliFinding[] };
    expect(out.findings.map((f) => [f.severity, f.code])).toEqual([
      ['warning', 'policy-too-large'],
    ]);
    expect(r.code).toBe(0);
  });

  it('with --managed, no customer quota applies', async () => {
    const r = await run(['lint', 'big.json', '--kind', 'identity', '--managed'], { files });
    expect(JSON.parse(r.stdout)).toEqual({ findings: [] });
    expect(r.code).toBe(0);
    const off = await run(['lint', 'big.json', '--managed=false', '--kind', 'identity'], { files });
    expect((JSON.parse(off.stdout) as { findings: CliFinding[] }).findings).toHaveLength(1);
  });

  it.each([
    ['a trust policy', ['lint', 'big.json', '--kind', 'trust', '--managed']],
    ['a value', ['lint', 'big.json', '--kind', 'identity', '--managed=yes']],
  ])('rejects --managed on %s (exit 2, one line)', async (_name, args) => {
    const r = await run(args, { files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});
