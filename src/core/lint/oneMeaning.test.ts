import { beforeAll, describe, expect, it } from 'vitest';
import { Catalog, expandActionPattern } from '../catalog';
import { evaluateRequest } from '../evaluate';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { lintPolicy } from './lintPolicy';

// One pattern, one meaning (issue 7): the engine, the catalog's expansion and the linter read an
// Action pattern alike, malformed ones included (IAM rejects an action without a vendor prefix,
// "IAM JSON policy elements: Action").
const catalog = new Catalog(createNodeSource());
beforeAll(async () => {
  await catalog.load(['iam', 's3', 'ssm', 'ssmmessages']);
});

const policy = (action: string) =>
  JSON.stringify({
    Version: '2012-10-17',
    Statement: [{ Effect: 'Allow', Action: action, Resource: '*' }],
  });

function engineAllows(pattern: string, action: string): boolean {
  return (
    evaluateRequest({
      principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      action,
      resource: '*',
      policies: { identity: [policy(pattern)] },
    }).decision === 'Allow'
  );
}

describe('an action pattern means the same to the engine, the catalog and the linter', () => {
  it.each([
    ['*PassRole', 'iam:PassRole'],
    ['iam*', 'iam:PassRole'],
    [':PassRole', 'iam:PassRole'],
    ['iam:Pass:Role', 'iam:PassRole'],
    ['iam:PassRole', 'iam:PassRole'],
    ['IAM:passrole', 'iam:PassRole'],
    ['iam:Pass*', 'iam:PassRole'],
    ['i?m:PassRol?', 'iam:PassRole'],
    ['s3:Get*', 'iam:PassRole'],
    ['ssm*:Open*', 'ssmmessages:OpenDataChannel'],
  ])('%j and %s', (pattern, action) => {
    const engine = engineAllows(pattern, action);
    const expansion = expandActionPattern(catalog, pattern).matches.map((a) => a.id.toLowerCase());
    const catalogSays = expansion.includes(action.toLowerCase());
    const malformed = lintPolicy(policy(pattern), 'identity', { catalog }).some(
      (f) => f.code === 'action-malformed',
    );
    expect(catalogSays, 'catalog agrees with the engine').toBe(engine);
    // A pattern the linter calls malformed grants nothing anywhere.
    if (malformed) expect(engine).toBe(false);
  });
});
