import { describe, expect, it } from 'vitest';
import { Catalog, seedScenario } from '../core';
import { createNodeSource } from '../platform/nodeCatalogSource';
import { renderScenario } from './index';
import {
  bucketScenario,
  EC2_TRUST,
  EXTERNAL_ID_TRUST,
  HOSTILE,
  hostileScenario,
  scenarioOf,
} from './testing/scenarios';

const catalog = new Catalog(createNodeSource());
const md = (scenario = seedScenario(), lang: 'en' | 'ja' = 'en') =>
  renderScenario(scenario, catalog, { format: 'md', lang, theme: 'light' });

/** The table row of one action (its first cell is the action as a code span). */
function row(doc: string, action: string): string[] {
  const line = doc.split('\n').find((l) => l.startsWith(`| \`${action}\` |`));
  return line === undefined ? [] : line.split(' | ').map((c) => c.replace(/^\| |\s\|$/g, ''));
}

describe('render --format md', () => {
  it('summarises the seed: the role, who can assume it, every action of its managed policy, the findings', async () => {
    const doc = await md();
    expect(doc.startsWith('# IAM role SSMInstanceRole\n')).toBe(true);
    expect(doc).toContain('## Who can assume it');
    expect(doc).toContain('- **ec2.amazonaws.com** — AWS service');
    expect(doc).toContain('`arn:aws:iam::111122223333:role/SSMInstanceRole`');
    // AmazonSSMManagedInstanceCore (AWS managed policy reference) grants ssm:GetDocument, a Read
    // action in the Service Authorization Reference for AWS Systems Manager.
    expect(row(doc, 'ssm:GetDocument').slice(1, 2)).toEqual(['Read']);
    expect(row(doc, 'ssm:GetDocument')[2]).toBe('All resources (\\*)');
    expect(row(doc, 'ssm:GetDocument')[4]).toBe('✓ Allowed');
    expect(doc).toMatch(/### AWS Systems Manager \(`ssm`\)/);
    // The seed's policies carry comments, which AWS rejects: an error finding in each.
    expect(doc).toMatch(/## Findings\n\n### Error \(2\)\n/);
    expect(doc).toMatch(/- Trust policy, line \d+, column \d+: .* \(`comment`\)/);
  });

  it('lists each action with its access level, its own annotation and the verdict of every layer', async () => {
    const doc = await md(bucketScenario());
    // S3's Service Authorization Reference: GetObject Read, ListBucket List, DeleteObject Write.
    // Each action on the resources of its own statement in AWS's example.
    expect(row(doc, 's3:GetObject')).toEqual([
      '`s3:GetObject`',
      'Read',
      '`arn:aws:s3:::bucket-name/*`',
      'read the reports the job writes',
      '✓ Allowed',
    ]);
    expect(row(doc, 's3:ListBucket').slice(1, 3)).toEqual(['List', '`arn:aws:s3:::bucket-name`']);
    // Explicit deny wins (AWS policy evaluation logic): the NeverDelete statement.
    expect(row(doc, 's3:DeleteObject').slice(1, 2)).toEqual(['Write']);
    expect(row(doc, 's3:DeleteObject')[4]).toBe('⛔ Explicitly denied');
  });

  it('words conditions of who may assume it, and groups findings by severity', async () => {
    const scenario = scenarioOf({
      rolemap: 1,
      role: {
        name: 'ThirdParty',
        trustPolicy: EXTERNAL_ID_TRUST,
        permissionPolicies: [
          {
            name: 'Typo',
            document: JSON.stringify({
              Version: '2012-10-17',
              Statement: [{ Effect: 'Allow', Action: 's3:GetObjekt', Resource: '*' }],
            }),
          },
        ],
      },
    });
    const doc = await md(scenario);
    expect(doc).toContain(
      '- **Account 444455556666** — AWS account · arn:aws:iam::444455556666:root',
    );
    expect(doc).toMatch(/only if sts:ExternalId .*Unique ID Assigned by Example Corp/);
    expect(doc).toMatch(
      /### Error \(\d+\)\n\n(- .*\n)*- Typo, line 1, column \d+: .*\(`unknown-action`\)/,
    );
    expect(row(doc, 's3:GetObjekt')[3]).toContain('s3:GetObject');
  });

  it('gives the verdict with every layer: an SCP denying an allowed action', async () => {
    // "Prevent member accounts from leaving the organization", AWS Organizations' SCP examples
    // (https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html),
    // beside AWS's default FullAWSAccess statement.
    const scp = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: ['organizations:LeaveOrganization'], Resource: '*' },
      ],
    });
    const scenario = scenarioOf({
      rolemap: 1,
      role: {
        name: 'OrgAdmin',
        account: '111122223333',
        trustPolicy: EC2_TRUST,
        permissionPolicies: [
          {
            name: 'Org',
            document: JSON.stringify({
              Version: '2012-10-17',
              Statement: [
                {
                  Effect: 'Allow',
                  Action: ['organizations:LeaveOrganization', 'organizations:DescribeOrganization'],
                  Resource: '*',
                },
              ],
            }),
          },
        ],
      },
      scps: [scp],
    });
    const doc = await md(scenario);
    expect(doc).toMatch(/^Limited by: .*Service control policy/m);
    expect(row(doc, 'organizations:LeaveOrganization')[4]).toBe('⛔ Explicitly denied');
    expect(row(doc, 'organizations:DescribeOrganization')[4]).toBe('✓ Allowed');
  });

  it('says when the trust policy admits no one and no action is granted', async () => {
    const doc = await md(
      scenarioOf({
        rolemap: 1,
        role: {
          name: 'Empty',
          trustPolicy: '{"Version":"2012-10-17","Statement":[]}',
          permissionPolicies: [],
        },
      }),
    );
    expect(doc).toContain('The permission policies grant no action.');
    expect(doc).toContain('The trust policy admits no one.');
  });

  it('is in Japanese with --lang ja', async () => {
    const doc = await md(
      scenarioOf({
        rolemap: 1,
        role: { name: 'R', trustPolicy: EC2_TRUST, permissionPolicies: [] },
      }),
      'ja',
    );
    expect(doc.startsWith('# IAM ロール R\n')).toBe(true);
    expect(doc).toContain('## このロールを引き受けられるのは');
    expect(doc).toContain('## このロールでできること');
    expect(doc).toContain('## チェック結果');
  });

  it('never lets a policy’s words become HTML or break a table', async () => {
    const doc = await md(hostileScenario());
    // Outside code spans (which Markdown shows literally) no `<` is left unescaped.
    const prose = doc.replace(/`[^`]*`/g, '');
    expect(prose).not.toMatch(/(?<!\\)</);
    expect(prose).toContain('\\<img src=x onerror=alert(1)\\>');
    expect(doc).toContain(`| \`s3:${HOSTILE}\` |`);
    for (const line of doc.split('\n').filter((l) => l.startsWith('| `s3:'))) {
      // Five cells: the pipes of the policy's text are escaped.
      expect(line.split(/(?<!\\)\|/).length).toBe(7);
    }
  });
});
