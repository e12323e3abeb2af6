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
    expect(overflow?.label).toBe(`${3000 - 60} more resources`);
  });
});
