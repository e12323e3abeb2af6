import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { expectedSeedComments, seedText } from '../graph/testing/graphHelpers';

const root = fileURLToPath(new URL('../..', import.meta.url));
const cli = fileURLToPath(new URL('./rolemap.ts', import.meta.url));
const tsx = fileURLToPath(new URL('../../node_modules/.bin/tsx', import.meta.url));

function run(args: string[], options: { input?: string; cwd?: string } = {}) {
  const r = spawnSync(tsx, [cli, ...args], {
    cwd: root,
    input: options.input,
    encoding: 'utf8',
    env: { ...process.env, INIT_CWD: options.cwd ?? root },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

interface GraphJson {
  nodes: { id: string; kind: string; action?: string; annotation?: string; accessLevel?: string }[];
  edges: { source: string; target: string }[];
}

describe('rolemap graph', () => {
  const result = run(['graph', 'public/examples/seed.scenario.json']);
  it('exits 0 and prints the graph JSON', () => {
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });
  const graph = JSON.parse(result.stdout || '{"nodes":[],"edges":[]}') as GraphJson;

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
    const comments = expectedSeedComments(seedText('permission'));
    expect(actions).toHaveLength(25);
    expect(comments.size).toBe(25);
    for (const a of actions) {
      expect(seen.has(a.id), a.action).toBe(true);
      const comment = comments.get(a.action ?? '');
      expect(comment, a.action).toBeTruthy();
      expect(a.annotation, a.action).toContain(comment);
    }
    expect(actions.find((a) => a.action === 'ssm:GetDocument')?.accessLevel).toBe('Read');
  });

  it('resolves relative paths against INIT_CWD and reads standard input for -', () => {
    const fromSub = run(['graph', 'examples/seed.scenario.json'], { cwd: `${root}/public` });
    expect(fromSub.code).toBe(0);
    const text = readFileSync(`${root}/public/examples/seed.scenario.json`, 'utf8');
    const piped = run(['url', '-', '--base', 'https://docs.example.com/iam/'], { input: text });
    expect(piped.code).toBe(0);
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
    ['an unknown command', ['draw', 'x'], undefined],
    ['a malformed simulation request', ['simulate', '-'], '{"action": 5}'],
    ['no command', [], undefined],
  ])('exits 2 with one line on stderr for %s', (_name, args, input) => {
    const r = run(args, { input });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr.startsWith('rolemap: ')).toBe(true);
  });
});

describe('rolemap simulate', () => {
  it('lets the EC2 service assume the seed role through its trust policy alone', () => {
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
    const r = run(['simulate', '-'], { input: JSON.stringify(request) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).decision).toBe('Allow');
    const lambda = run(['simulate', '-'], {
      input: JSON.stringify({ ...request, principal: { Service: 'lambda.amazonaws.com' } }),
    });
    expect(JSON.parse(lambda.stdout).decision).toBe('ImplicitDeny');
  });
});
