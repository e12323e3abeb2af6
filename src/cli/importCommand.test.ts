/** `rolemap import`: PRODUCT.md's CLI row `import FILE [--role NAME]` on the documented import cases. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readScenarioText } from '../core';
import { runCli } from './testing/memoryIo';

const cases = join(import.meta.dirname, '..', 'core', 'import', 'cases');
const file = (name: string) => readFileSync(join(cases, name), 'utf8');

describe('rolemap import', () => {
  it('prints a scenario file the other commands read, for get-role output', async () => {
    const r = await runCli(['import', 'role.json'], {
      files: { '/project/role.json': file('aws-get-role.json') },
    });
    expect(r.code).toBe(0);
    const read = readScenarioText(r.stdout);
    expect(read.ok && read.scenario.role.name).toBe('Test-Role');
    expect(read.ok && read.scenario.role.trustPolicy).toContain('ec2.amazonaws.com');
    expect(r.stderr).toMatch(/^note: get-role shows no permission policies/);
  });

  it('exits 2 and lists the role names when the file holds several and no --role', async () => {
    const r = await runCli(['import', '-'], { stdin: file('aws-authorization-details.json') });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'rolemap: the file holds several roles; choose one with --role: EC2role, LambdaLogs\n',
    );
  });

  it('reads the role --role names, resolving AWS managed ARNs from the managed-policy package', async () => {
    const r = await runCli(['import', 'details.json', '--role', 'EC2role'], {
      files: { '/project/details.json': file('aws-authorization-details.json') },
    });
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout) as {
      role: {
        name: string;
        permissionPolicies: { name: string; managed: boolean; document: string }[];
      };
    };
    expect(out.role.name).toBe('EC2role');
    expect(out.role.permissionPolicies.map((p) => [p.name, p.managed])).toEqual([
      ['AmazonS3FullAccess', true],
      ['AmazonDynamoDBFullAccess', true],
    ]);
    expect(out.role.permissionPolicies[0]?.document).toContain('"s3:*"');
  });

  it('says in one line, in the asked language, what it expected for the wrong file', async () => {
    for (const [lang, pattern] of [
      [
        'en',
        /^rolemap: this is not a format Rolemap imports: expected an IAM policy, .*terraform show -json\n$/,
      ],
      [
        'ja',
        /^rolemap: Rolemap がインポートできる形式ではありません。.*terraform show -json の出力\n$/,
      ],
    ] as const) {
      const r = await runCli(['import', 'package.json', '--lang', lang], {
        files: { '/project/package.json': file('wrong-package.json') },
      });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(pattern);
    }
  });

  it('keeps CloudFormation placeholders visible and notes them in Japanese', async () => {
    const r = await runCli(['import', 't.yaml', '--lang', 'ja'], {
      files: { '/project/t.yaml': file('cloudformation-lambda.yaml') },
    });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('{{GetAtt WorkQueue.Arn}}');
    expect(r.stderr).toContain('プレースホルダー');
    expect(r.stderr).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/);
  });
});
