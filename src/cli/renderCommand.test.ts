import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { runCli } from './testing/memoryIo';

// PRODUCT.md, CLI table: `render SCENARIO --format svg|md` prints an SVG picture laid out as the app
// lays it out, or a Markdown summary; malformed input is one line on stderr and exit 2.
// The trust policy is the one of AWS's "Use an IAM role to grant permissions to applications running
// on Amazon EC2 instances" page; the permission statement is AWS's CloudWatch Logs example
// (https://docs.aws.amazon.com/lambda/latest/dg/lambda-intro-execution-role.html, AWSLambdaBasicExecutionRole).
const scenario = JSON.stringify({
  rolemap: 1,
  title: 'Logs writer',
  role: {
    name: 'LogsWriter',
    trustPolicy: JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Principal: { Service: 'ec2.amazonaws.com' }, Action: 'sts:AssumeRole' },
      ],
    }),
    permissionPolicies: [
      {
        name: 'Logs',
        document: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Action: ['logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents'],
              Resource: '*',
            },
          ],
        }),
      },
    ],
  },
});
const files = { '/project/role.rolemap.json': scenario, '/project/bad.json': '{"rolemap": 1' };

describe('rolemap render', () => {
  it('prints a well-formed SVG with the actions, exit 0', async () => {
    const out = await runCli(['render', 'role.rolemap.json', '--format', 'svg'], { files });
    expect(out.code).toBe(0);
    expect(out.stderr).toBe('');
    expect(out.stdout.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(XMLValidator.validate(out.stdout)).toBe(true);
    expect(out.stdout).toContain('data-action="logs:PutLogEvents"');
    expect(out.stdout).toContain('>Logs writer<');
  });

  it('reads standard input, and draws the dark theme in Japanese', async () => {
    const out = await runCli(['render', '-', '--format=svg', '--theme', 'dark', '--lang', 'ja'], {
      stdin: scenario,
    });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('fill="#0f1419"');
    expect(out.stdout).toContain('>許可ポリシー<');
  });

  it('prints the Markdown summary with access levels (CloudWatch Logs: all three are Write)', async () => {
    const out = await runCli(['render', 'role.rolemap.json', '--format', 'md'], { files });
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('# IAM role LogsWriter');
    expect(out.stdout).toMatch(/\| `logs:PutLogEvents` \| Write \| .+ \| ✓ Allowed \|/);
    expect(out.stdout).toContain('No findings: every policy passes the checks.');
  });

  it.each([
    [['render', 'role.rolemap.json'], 'missing --format (one of: svg, md)'],
    [
      ['render', 'role.rolemap.json', '--format', 'png'],
      'unknown --format "png" (one of: svg, md)',
    ],
    [
      ['render', 'role.rolemap.json', '--format', 'svg', '--theme', 'sepia'],
      'unknown --theme "sepia" (one of: light, dark)',
    ],
    [['render', 'missing.json', '--format', 'svg'], 'missing.json: no such file'],
  ])('exits 2 with one stderr line for %j', async (argv, message) => {
    const out = await runCli(argv, { files });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe(`rolemap: ${message}\n`);
  });

  it('exits 2 with one line for a malformed scenario, in the language asked for', async () => {
    const out = await runCli(['render', 'bad.json', '--format', 'md', '--lang', 'ja'], { files });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')).toHaveLength(2);
    expect(out.stderr).toMatch(/^rolemap: .*[\u3040-\u30ff]/);
  });

  it('is listed in help', async () => {
    const out = await runCli(['help']);
    expect(out.stdout).toContain('render SCENARIO --format svg|md');
  });
});
