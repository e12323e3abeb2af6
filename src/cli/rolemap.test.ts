import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// Smoke tests of the entry point itself, in a real process: argv, exit code, stdout, stderr,
// stdin and INIT_CWD as Node and npm hand them over. Everything else is tested in-process.
const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('./rolemap.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));
const seedDir = fileURLToPath(new URL('../core/scenario/seed/', import.meta.url));

function rolemap(
  args: string[],
  options: { stdin?: string; initCwd: string },
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(tsx, [cli, ...args], {
      cwd: root,
      env: { ...process.env, INIT_CWD: options.initCwd },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.stdin ?? '');
  });
}

// A real tsx start compiles the CLI: allow for a loaded 2-core machine.
describe.concurrent('the rolemap entry point', { timeout: 60_000 }, () => {
  it('exits 1 when lint finds an error, reading a path relative to INIT_CWD', async () => {
    const r = await rolemap(['lint', 'seed-trust-policy.commented.json', '--kind', 'trust'], {
      initCwd: seedDir,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    const { findings } = JSON.parse(r.stdout) as { findings: { code: string }[] };
    expect(findings.map((f) => f.code)).toContain('comment');
  });

  it('exits 2 with one stderr line for a missing file', async () => {
    const r = await rolemap(['graph', 'does-not-exist.json'], { initCwd: seedDir });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rolemap: does-not-exist.json: no such file\n');
  });

  it('reads standard input for -', async () => {
    const request = {
      principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::example-bucket/報告.csv',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
          },
        ],
      },
    };
    const r = await rolemap(['simulate', '-', '--lang', 'ja'], {
      stdin: JSON.stringify(request),
      initCwd: root,
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as { decision: string; explain: { request: object } };
    expect(out.decision).toBe('Allow');
    expect(out.explain.request).toMatchObject({ resource: request.resource });
  });
});
