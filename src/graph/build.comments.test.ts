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

describe('action annotations from comments', () => {
  it('applies a comment above "Action": [ to every action without its own', () => {
    const text = `{"Statement": [{"Effect": "Allow",
      // read the bucket
      "Action": [
        "s3:GetObject",
        "s3:ListBucket" // list keys
      ],
      "Resource": "*"}]}`;
    expect(annotations(text)).toEqual({
      's3:GetObject': 'read the bucket',
      's3:ListBucket': 'list keys',
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
