import { describe, expect, it } from 'vitest';
import { buildGraph } from './build';
import { nodesOfKind, withPolicies } from './testing/graphHelpers';

// Comment attachment as issue 2 specifies it: a comment after an element on its line, or on the
// lines directly above it, belongs to that element; a heading run above the first element of an
// otherwise uncommented array applies to the whole array (the seed article's style).

function annotations(text: string): Record<string, string> {
  const g = buildGraph(withPolicies(text));
  return Object.fromEntries(nodesOfKind(g, 'action').map((a) => [a.action, a.annotation]));
}

function serviceComments(text: string): Record<string, string | undefined> {
  const g = buildGraph(withPolicies(text));
  return Object.fromEntries(nodesOfKind(g, 'service').map((s) => [s.service, s.comment]));
}

describe('action annotations from comments', () => {
  it('shows a comment above "Action": [ once, on the service, not on every action', () => {
    const text = `{"Statement": [{"Effect": "Allow",
      // read the bucket
      "Action": [
        "s3:GetObject",
        "s3:ListBucket" // list keys
      ],
      "Resource": "*"}]}`;
    expect(annotations(text)).toEqual({ 's3:GetObject': '', 's3:ListBucket': 'list keys' });
    expect(serviceComments(text)).toEqual({ s3: 'read the bucket' });
  });

  it('shows a heading above the first of an uncommented array once, on each service it covers', () => {
    const text = `{"Statement": [{"Effect": "Allow", "Action": [
        # what the agent needs
        "ec2messages:GetMessages",
        "ec2messages:SendReply",
        "ssmmessages:OpenDataChannel"
      ], "Resource": "*"}]}`;
    expect(annotations(text)).toEqual({
      'ec2messages:GetMessages': '',
      'ec2messages:SendReply': '',
      'ssmmessages:OpenDataChannel': '',
    });
    expect(serviceComments(text)).toEqual({
      ec2messages: 'what the agent needs',
      ssmmessages: 'what the agent needs',
    });
  });

  it('keeps a same-line comment on the first element to that element', () => {
    const text = `{"Statement": [{"Effect": "Allow", "Action": [
        "s3:GetObject", # only this one
        "s3:ListBucket"
      ], "Resource": "*"}]}`;
    expect(annotations(text)).toEqual({ 's3:GetObject': 'only this one', 's3:ListBucket': '' });
  });

  it('does not spread a heading when other elements have comments of their own', () => {
    const text = `{"Statement": [{"Effect": "Allow", "Action": [
        /* heading */
        "s3:GetObject",
        "s3:ListBucket", // own
        "s3:PutObject"
      ], "Resource": "*"}]}`;
    expect(annotations(text)).toEqual({
      's3:GetObject': 'heading',
      's3:ListBucket': 'own',
      's3:PutObject': '',
    });
    expect(serviceComments(text)).toEqual({ s3: undefined });
  });

  it('applies a comment above the Principal object to each principal without its own', () => {
    const trust = `{"Statement": [{"Effect": "Allow",
      // the services that run this app
      "Principal": {"Service": ["lambda.amazonaws.com", "ecs-tasks.amazonaws.com" # ECS
      ]},
      "Action": "sts:AssumeRole"}]}`;
    const g = buildGraph({
      ...withPolicies(),
      role: { ...withPolicies().role, trustPolicy: trust },
    });
    const comments = Object.fromEntries(
      nodesOfKind(g, 'principal').map((p) => [p.principal?.value, p.comment]),
    );
    expect(comments).toEqual({
      'lambda.amazonaws.com': 'the services that run this app',
      'ecs-tasks.amazonaws.com': 'ECS',
    });
  });

  it('reads a comment on a single-string Action', () => {
    const text = `{"Statement": {"Effect": "Allow", "Action": "s3:GetObject", # fetch
      "Resource": "*"}}`;
    expect(annotations(text)).toEqual({ 's3:GetObject': 'fetch' });
  });
});

describe('bounds on huge policies', () => {
  it('keeps the graph small for thousands of statements, services and resources', () => {
    const statements = Array.from({ length: 3000 }, (_, i) => ({
      Effect: 'Allow',
      Action: [`svc${i % 100}:Do${i}`],
      Resource: `arn:aws:s3:::bucket${i}`,
    }));
    const g = buildGraph(withPolicies(JSON.stringify({ Statement: statements })));
    expect(g.nodes.length).toBeLessThan(120);
    const overflow = nodesOfKind(g, 'resource').find((r) => r.id === 'resource:more');
    expect(overflow?.label).toEqual({ code: 'more-resources', params: { count: 3000 - 60 } });
  });
});
