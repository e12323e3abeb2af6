import { readFileSync } from 'node:fs';
import LZString from 'lz-string';
import { beforeAll, describe, expect, it } from 'vitest';
import { seedCommentsByPlace, seedText } from '../graph/testing/graphHelpers';
import { processCatalog } from './processCatalog';
import { memoryIo, runCli, type CliResult } from './testing/memoryIo';
import { run } from './run';

// The CLI table of PRODUCT.md, run in-process on an in-memory io: exit codes, JSON shapes,
// INIT_CWD and stdin, one `rolemap: …` line on stderr for anything unreadable or malformed.

const seedScenario = readFileSync(
  new URL('../../public/examples/seed.scenario.json', import.meta.url),
  'utf8',
);
const files = { '/project/public/examples/seed.scenario.json': seedScenario };

interface GraphJson {
  nodes: {
    id: string;
    kind: string;
    action?: string;
    annotation?: string;
    accessLevel?: string;
    comment?: string;
  }[];
  edges: { source: string; target: string }[];
}

describe('rolemap graph', () => {
  let result: CliResult = { code: -1, stdout: '', stderr: '' };
  let graph: GraphJson = { nodes: [], edges: [] };
  beforeAll(async () => {
    result = await runCli(['graph', 'public/examples/seed.scenario.json'], { files });
    graph = JSON.parse(result.stdout || '{"nodes":[],"edges":[]}') as GraphJson;
  });

  it('exits 0 and prints the graph JSON', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('reaches every one of the 25 actions from the credentials node, annotated with the article', () => {
    const credentials = graph.nodes.find((n) => n.kind === 'credentials');
    expect(credentials).toBeDefined();
    const next = new Map<string, string[]>();
    for (const e of graph.edges) next.set(e.source, [...(next.get(e.source) ?? []), e.target]);
    const seen = new Set<string>([credentials?.id ?? '']);
    const queue = [credentials?.id ?? ''];
    while (queue.length) {
      for (const t of next.get(queue.shift() ?? '') ?? []) {
        if (seen.has(t)) continue;
        seen.add(t);
        queue.push(t);
      }
    }
    const actions = graph.nodes.filter((n) => n.kind === 'action');
    const comments = seedCommentsByPlace(seedText('permission'));
    expect(actions).toHaveLength(25);
    expect(comments.size).toBe(25);
    for (const a of actions) {
      expect(seen.has(a.id), a.action).toBe(true);
      const place = comments.get(a.action ?? '');
      expect(place?.comment, a.action).toBeTruthy();
      if (place?.heading !== true) {
        expect(a.annotation, a.action).toContain(place?.comment);
        continue;
      }
      // A statement's heading is printed once, on its service node; the action keeps AWS's description.
      const service = graph.nodes.find(
        (n) => n.kind === 'service' && n.id.endsWith(`:${(a.action ?? '').split(':')[0]}`),
      );
      expect(service?.comment, a.action).toBe(place.comment);
      expect(a.annotation, a.action).toMatch(/^Grants permission/);
    }
    expect(actions.find((a) => a.action === 'ssm:GetDocument')?.accessLevel).toBe('Read');
  });

  it('resolves relative paths against INIT_CWD, else the working folder', async () => {
    const fromSub = await runCli(['graph', 'examples/seed.scenario.json'], {
      files,
      env: { INIT_CWD: '/project/public' },
    });
    expect(fromSub.code).toBe(0);
    expect(fromSub.stdout).toBe(result.stdout);
    const fromCwd = await runCli(['graph', 'examples/seed.scenario.json'], {
      files,
      cwd: '/project/public',
    });
    expect(fromCwd.code).toBe(0);
    // INIT_CWD wins over the working folder (npm runs scripts from the package root).
    const both = await runCli(['graph', 'public/examples/seed.scenario.json'], {
      files,
      cwd: '/elsewhere',
      env: { INIT_CWD: '/project' },
    });
    expect(both.code).toBe(0);
    const absolute = await runCli(['graph', '/project/public/examples/seed.scenario.json'], {
      files,
      env: { INIT_CWD: '/tmp' },
    });
    expect(absolute.code).toBe(0);
  });
});

describe('rolemap url', () => {
  it('reads standard input for - and prints the share URL on --base', async () => {
    const piped = await runCli(['url', '-', '--base', 'https://docs.example.com/iam/'], {
      stdin: seedScenario,
    });
    expect(piped.stderr).toBe('');
    expect(piped.code).toBe(0);
    expect(piped.stdout.endsWith('\n')).toBe(true);
    const url = piped.stdout.trim();
    expect(url.startsWith('https://docs.example.com/iam/#s=')).toBe(true);
    const decoded = LZString.decompressFromEncodedURIComponent(url.slice(url.indexOf('#s=') + 3));
    expect(JSON.parse(decoded ?? 'null')).toMatchObject({
      rolemap: 1,
      role: { name: 'SSMInstanceRole' },
    });
  });
});

describe('rolemap errors', () => {
  it.each([
    ['a missing file', ['graph', 'does-not-exist.json'], undefined],
    ['malformed JSON', ['graph', '-'], '{"rolemap": 1,'],
    ['a scenario without a role', ['url', '-'], '{"rolemap": 1}'],
    ['a --base that is not a URL', ['url', '-', '--base', 'not a url'], seedScenario],
    ['a javascript: --base', ['url', '-', '--base', 'javascript:alert(1)'], seedScenario],
    ['a data: --base', ['url', '-', '--base', 'data:text/html,<b>x</b>'], seedScenario],
    ['an unknown command', ['draw', 'x'], undefined],
    ['a malformed simulation request', ['simulate', '-'], '{"action": 5}'],
    ['no command', [], undefined],
    ['no FILE', ['graph'], undefined],
    ['an option without its value', ['url', '-', '--base'], seedScenario],
  ])('exits 2 with one line on stderr for %s', async (_name, args, stdin) => {
    const r = await runCli(args, { stdin, files });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.endsWith('\n')).toBe(true);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith('rolemap: ')).toBe(true);
  });

  it.each([
    ['ENOENT', 'no such file'],
    ['EISDIR', 'is a directory'],
    ['EACCES', 'permission denied'],
    ['EIO', 'cannot be read'],
  ])('names why a file could not be read (%s)', async (code, why) => {
    const r = await runCli(['graph', 'policy.json'], { failing: { '/project/policy.json': code } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`rolemap: policy.json: ${why}\n`);
  });

  it('reports a folder as a folder', async () => {
    const r = await runCli(['graph', 'public'], { files });
    expect(r.stderr).toBe('rolemap: public: is a directory\n');
  });

  it('turns an unexpected exception into exit 2 with one line', async () => {
    const io = memoryIo({ files });
    const failing = {
      ...io,
      stdout: () => {
        throw new Error('write EPIPE\n    at Socket.write');
      },
    };
    expect(await run(['graph', 'public/examples/seed.scenario.json'], failing)).toBe(2);
    expect(io.written.stderr).toBe('rolemap: internal error: write EPIPE at Socket.write\n');
  });

  it('prints the usage for help and --help', async () => {
    for (const args of [['help'], ['--help']]) {
      const r = await runCli(args);
      expect(r.code).toBe(0);
      expect(r.stderr).toBe('');
      expect(r.stdout).toMatch(/^usage: rolemap/);
      expect(r.stdout).toContain('--lang en|ja');
    }
  });
});

describe('rolemap --lang', () => {
  const request = JSON.stringify({
    principal: { Service: 'ec2.amazonaws.com' },
    action: 'ssm:GetDocument',
    resource: '*',
    policies: {},
  });
  const commands: [string, string[], string | undefined][] = [
    ['graph', ['graph', '-'], seedScenario],
    ['url', ['url', '-'], seedScenario],
    ['simulate', ['simulate', '-'], request],
    ['lint', ['lint', '-', '--kind', 'identity'], '{"Version": "2012-10-17", "Statement": []}'],
    ['help', ['help'], undefined],
  ];

  it.each(commands)('%s takes --lang en and --lang ja', async (_name, args, stdin) => {
    const plain = await runCli(args, { stdin });
    for (const lang of ['en', 'ja']) {
      for (const option of [['--lang', lang], [`--lang=${lang}`]]) {
        const r = await runCli([...args, ...option], { stdin });
        expect(r.stderr).toBe('');
        expect(r.code).toBe(plain.code);
      }
    }
    // en is the default.
    expect((await runCli([...args, '--lang', 'en'], { stdin })).stdout).toBe(plain.stdout);
  });

  it.each(commands)('%s rejects an unknown --lang as a usage error', async (_name, args, stdin) => {
    const r = await runCli([...args, '--lang', 'fr'], { stdin });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('rolemap: unknown --lang "fr" (one of: en, ja)\n');
  });

  it.each([
    [
      'a missing file',
      ['graph', 'nope.json'],
      undefined,
      'rolemap: nope.json: ファイルが見つかりません',
    ],
    [
      'a folder',
      ['graph', 'public'],
      undefined,
      'rolemap: public: ファイルではなくディレクトリです',
    ],
    ['no --kind', ['lint', '-'], '{}', 'rolemap: --kind を指定してください'],
    ['an unknown command', ['draw', 'x'], undefined, 'rolemap: 「draw」というコマンドはありません'],
    [
      'bad JSON',
      ['graph', '-'],
      '{"rolemap": 1,',
      'rolemap: シナリオが正しい JSON ではありません:',
    ],
    [
      'a bad request',
      ['simulate', '-'],
      '[1 2]',
      'rolemap: リクエストが正しい JSON ではありません:',
    ],
  ])('says what is wrong with %s in Japanese with --lang ja', async (_name, args, stdin, start) => {
    for (const lang of [['--lang', 'ja'], ['--lang=ja']]) {
      const r = await runCli([...args, ...lang], { stdin, files });
      expect(r.code).toBe(2);
      expect(r.stderr.startsWith(start), r.stderr).toBe(true);
      // Nothing but identifiers is left in English (file names, options, the command to type).
      const rest = r.stderr.replace('rolemap help', '');
      expect(rest.match(/[A-Za-z]{3,}(?:\s+[A-Za-z]{2,})+/g), rest).toBeNull();
    }
  });
});

describe('rolemap simulate', () => {
  it('lets the EC2 service assume the seed role through its trust policy alone', async () => {
    // "Role trust policies": a service principal named in the trust policy may assume the role.
    const request = {
      principal: { Service: 'ec2.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: 'arn:aws:iam::111122223333:role/SSMInstanceRole',
      policies: {
        resource: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Service: 'ec2.amazonaws.com' },
              Action: 'sts:AssumeRole',
            },
          ],
        },
      },
    };
    const r = await runCli(['simulate', '-'], { stdin: JSON.stringify(request) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ decision: 'Allow', explain: {} });
    const lambda = await runCli(['simulate', '-'], {
      stdin: JSON.stringify({ ...request, principal: { Service: 'lambda.amazonaws.com' } }),
    });
    expect(lambda.code).toBe(0);
    expect(JSON.parse(lambda.stdout).decision).toBe('ImplicitDeny');
  });
});

describe('rolemap simulate: AWS documented exceptions and organization layers', () => {
  const alice = { AWS: 'arn:aws:iam::111122223333:user/alice' };
  const key = 'arn:aws:kms:us-east-1:111122223333:key/1234abcd-12ab-34cd-56ef-1234567890ab';
  const allow = (Action: string, Resource = '*') => ({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action, Resource }],
  });
  const simulateFile = async (request: unknown, lang = 'en') => {
    const r = await runCli(['simulate', 'request.json', '--lang', lang], {
      files: { '/project/request.json': JSON.stringify(request) },
    });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    return JSON.parse(r.stdout) as {
      decision: string;
      explain: { reasons: unknown[]; steps: { step: string; outcome: string }[] };
    };
  };

  it('allows sts:GetCallerIdentity even against an explicit deny (STS API Reference)', async () => {
    const out = await simulateFile({
      principal: alice,
      action: 'sts:GetCallerIdentity',
      resource: '*',
      policies: {
        identity: [
          { Version: '2012-10-17', Statement: [{ Effect: 'Deny', Action: '*', Resource: '*' }] },
        ],
      },
    });
    expect(out.decision).toBe('Allow');
    expect(out.explain.steps).toEqual([
      expect.objectContaining({ step: 'exception', outcome: 'pass' }),
    ]);
    expect(JSON.stringify(out.explain.reasons)).toContain('needs no permission');
  });

  it('needs the KMS key policy to allow, not only an identity policy (KMS key policies)', async () => {
    const request = {
      principal: alice,
      action: 'kms:Decrypt',
      resource: key,
      policies: { identity: [allow('kms:Decrypt', key)] },
    };
    const without = await simulateFile(request);
    expect(without.decision).toBe('ImplicitDeny');
    expect(JSON.stringify(without.explain.reasons)).toContain('No key policy was given');
    const ja = await simulateFile(request, 'ja');
    expect(JSON.stringify(ja.explain.reasons)).toContain('キーポリシーが指定されていません');
    const delegated = await simulateFile({
      ...request,
      policies: {
        ...request.policies,
        resource: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { AWS: 'arn:aws:iam::111122223333:root' },
              Action: 'kms:*',
              Resource: '*',
            },
          ],
        },
      },
    });
    expect(delegated.decision).toBe('Allow');
  });

  it('applies an RCP deny and a VPC endpoint policy to the request', async () => {
    const base = {
      principal: alice,
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::example-bucket/report.csv',
      context: { 'aws:SecureTransport': false },
      policies: { identity: [allow('s3:GetObject')] },
    };
    const rcp = {
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Deny',
          Principal: '*',
          Action: 's3:*',
          Resource: '*',
          Condition: { BoolIfExists: { 'aws:SecureTransport': 'false' } },
        },
      ],
    };
    const denied = await simulateFile({ ...base, policies: { ...base.policies, rcp: [rcp] } });
    expect(denied.decision).toBe('ExplicitDeny');
    expect(JSON.stringify(denied.explain.reasons)).toContain('RCP 1');
    const endpoint = {
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Principal: '*', Action: 's3:PutObject', Resource: '*' }],
    };
    const blocked = await simulateFile({ ...base, policies: { ...base.policies, endpoint } });
    expect(blocked.decision).toBe('ImplicitDeny');
    expect(blocked.explain.steps).toContainEqual(
      expect.objectContaining({ step: 'endpoint', outcome: 'fail' }),
    );
  });
});

describe('the CLI catalog', () => {
  it('is created once per process', () => {
    expect(processCatalog()).toBe(processCatalog());
  });
});
