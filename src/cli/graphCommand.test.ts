import { describe, expect, it } from 'vitest';
import { runCli } from './testing/memoryIo';

// PRODUCT.md, "Graph JSON": action nodes carry `decision` (the effective verdict with every layer
// of the scenario: Allow, ExplicitDeny, ImplicitDeny) and `known` (false for an action the catalog
// does not have). `rolemap graph` prints them from the app's own effective view.

interface JsonNode {
  id: string;
  kind: string;
  action?: string;
  label?: string;
  decision?: string;
  known?: boolean;
  partial?: boolean;
  suggestion?: string;
  note?: string;
  decisions?: { resource: string; arn: string; decision: string }[];
  grantsNothingTo?: string[];
}

const policy = JSON.stringify({
  Version: '2012-10-17',
  Statement: [
    {
      Effect: 'Allow',
      Action: ['s3:GetObject', 's3:PutObject', 's3:DeleteObject', 's3:ListBucket'],
      Resource: ['arn:aws:s3:::octo-artifacts', 'arn:aws:s3:::octo-artifacts/*'],
    },
    { Effect: 'Deny', Action: 's3:DeleteObject', Resource: 'arn:aws:s3:::octo-artifacts/*' },
    { Effect: 'Allow', Action: 'ssm:GetDocumnet', Resource: '*' },
  ],
});

const scenario = JSON.stringify({
  rolemap: 1,
  role: {
    name: 'Deployer',
    account: '111122223333',
    trustPolicy: JSON.stringify({
      Statement: {
        Effect: 'Allow',
        Principal: { Service: 'ec2.amazonaws.com' },
        Action: 'sts:AssumeRole',
      },
    }),
    permissionPolicies: [{ name: 'Artifacts', document: policy }],
  },
  scps: [
    JSON.stringify({
      Statement: [
        { Effect: 'Allow', Action: '*', Resource: '*' },
        { Effect: 'Deny', Action: 's3:PutObject', Resource: '*' },
      ],
    }),
  ],
});

async function graphOf(lang: 'en' | 'ja' = 'en'): Promise<JsonNode[]> {
  const result = await runCli(['graph', 'scenario.json', '--lang', lang], {
    files: { '/project/scenario.json': scenario },
  });
  expect(result.code).toBe(0);
  return (JSON.parse(result.stdout) as { nodes: JsonNode[] }).nodes;
}

describe('rolemap graph: decision and known', () => {
  it('carries each action’s effective verdict with every layer, per resource', async () => {
    const nodes = await graphOf();
    const action = (a: string) => nodes.find((n) => n.kind === 'action' && n.action === a);
    expect(action('s3:GetObject')).toMatchObject({
      decision: 'Allow',
      known: true,
      decisions: [
        {
          resource: 'resource:arn:aws:s3:::octo-artifacts/*',
          arn: 'arn:aws:s3:::octo-artifacts/example',
          decision: 'Allow',
        },
      ],
    });
    expect(action('s3:ListBucket')).toMatchObject({ decision: 'Allow', known: true });
    // Denied by the policy's own Deny: one card, not an Allow card and a Deny card.
    expect(nodes.filter((n) => n.action === 's3:DeleteObject')).toHaveLength(1);
    expect(action('s3:DeleteObject')).toMatchObject({ decision: 'ExplicitDeny', known: true });
    // Taken away by the SCP.
    expect(action('s3:PutObject')).toMatchObject({ decision: 'ExplicitDeny' });
  });

  it('marks an action the catalog does not have as unknown, granting nothing, with the fix', async () => {
    const nodes = await graphOf();
    expect(nodes.find((n) => n.action === 'ssm:GetDocumnet')).toMatchObject({
      known: false,
      decision: 'ImplicitDeny',
      suggestion: 'ssm:GetDocument',
      note: 'Unknown action: grants nothing',
    });
    expect(nodes.find((n) => n.id === 'resource:*')).toMatchObject({
      grantsNothingTo: ['ssm:GetDocumnet'],
      note: 'This ARN grants nothing to ssm:GetDocumnet',
    });
  });

  it('says the trust statement and the notes in Japanese with --lang ja', async () => {
    const nodes = await graphOf('ja');
    expect(nodes.find((n) => n.kind === 'trust-policy')?.label).toBe(
      'ec2.amazonaws.com に sts:AssumeRole を許可',
    );
    expect(nodes.find((n) => n.action === 'ssm:GetDocumnet')?.note).toBe(
      '不明なアクション: 何も許可しません',
    );
  });
});

describe('rolemap graph: resource control policies and the VPC endpoint policy', () => {
  const layered = (): string => {
    const base = JSON.parse(scenario) as Record<string, unknown>;
    return JSON.stringify({
      ...base,
      rcps: [
        JSON.stringify({
          Statement: [{ Effect: 'Deny', Principal: '*', Action: 's3:ListBucket', Resource: '*' }],
        }),
      ],
      endpointPolicy: JSON.stringify({
        Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:*', Resource: '*' }],
      }),
    });
  };
  const nodesOf = async (lang: 'en' | 'ja' = 'en'): Promise<JsonNode[]> => {
    const result = await runCli(['graph', 'scenario.json', '--lang', lang], {
      files: { '/project/scenario.json': layered() },
    });
    expect(result.code).toBe(0);
    return (JSON.parse(result.stdout) as { nodes: JsonNode[] }).nodes;
  };

  it('draws them as limit layers of kinds rcp and endpoint-policy, and decides with them', async () => {
    const nodes = await nodesOf();
    expect(nodes.find((n) => n.kind === 'rcp')).toMatchObject({
      id: 'rcp:0',
      label: 'Resource control policy',
    });
    expect(nodes.find((n) => n.kind === 'endpoint-policy')).toMatchObject({
      id: 'endpoint',
      label: 'VPC endpoint policy',
    });
    const action = (a: string) => nodes.find((n) => n.kind === 'action' && n.action === a);
    // Denied by the RCP; the endpoint policy lets S3 through but nothing else.
    expect(action('s3:ListBucket')).toMatchObject({ decision: 'ExplicitDeny' });
    expect(action('s3:GetObject')).toMatchObject({ decision: 'Allow' });
  });

  it('names them in Japanese with --lang ja', async () => {
    const nodes = await nodesOf('ja');
    expect(nodes.find((n) => n.kind === 'rcp')?.label).toBe('リソースコントロールポリシー (RCP)');
    expect(nodes.find((n) => n.kind === 'endpoint-policy')?.label).toBe(
      'VPC エンドポイントポリシー',
    );
  });
});
