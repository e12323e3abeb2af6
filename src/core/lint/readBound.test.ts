import { describe, expect, it } from 'vitest';
import { POLICY_LIMITS } from '../policy';
import { lintPolicy } from './lintPolicy';

// The reader's bounds are never silent: a list or a Statement array longer than POLICY_LIMITS is
// read in its first part only, and lint says where and how much (the evaluator fails closed).
const policy = (statements: object[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements });
const actions = (n: number) => Array.from({ length: n }, (_, i) => `s3:Get${i}Object`);
const cut = (text: string) =>
  lintPolicy(text, 'identity').filter((f) => f.code === 'not-all-checked');

describe('not-all-checked', () => {
  it('says nothing of a list at the bound', () => {
    const text = policy([
      { Effect: 'Allow', Action: actions(POLICY_LIMITS.values), Resource: '*' },
    ]);
    expect(cut(text)).toEqual([]);
  });

  it('names a list one entry over the bound, with what was read', () => {
    const n = POLICY_LIMITS.values + 1;
    const text = policy([
      {
        Effect: 'Deny',
        Action: 's3:*',
        Resource: '*',
        Condition: { StringLike: { 's3:prefix': actions(n) } },
      },
    ]);
    expect(cut(text)).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: 'Statement[0].Condition.StringLike.s3:prefix',
        params: {
          element: 'Condition.StringLike.s3:prefix',
          checked: POLICY_LIMITS.values,
          total: n,
        },
      }),
    ]);
  });

  it('names the Statement array over its bound', () => {
    const n = POLICY_LIMITS.statements + 2;
    const statements = Array.from({ length: n }, () => ({
      Effect: 'Allow',
      Action: 's3:GetObject',
      Resource: '*',
    }));
    const found = cut(policy(statements));
    expect(found).toEqual([
      expect.objectContaining({
        path: 'Statement',
        params: { element: 'Statement', checked: POLICY_LIMITS.statements, total: n },
      }),
    ]);
  });
});

// The empty-value check walks at most 200,000 objects and arrays (with their paths); past that it
// says how far it got, never silently stopping (only the CLI reads documents that large).
describe('empty-values-not-all-checked', () => {
  const stopped = (text: string) =>
    lintPolicy(text, 'identity', { maxChars: 8 * 1024 * 1024 }).filter(
      (f) => f.code === 'empty-values-not-all-checked',
    );
  // The policy object, its Statement array, one statement, the Metadata array and `extra` objects.
  const withObjects = (extra: number) =>
    JSON.stringify({
      Version: '2012-10-17',
      Statement: [{ Effect: 'Allow', Action: 's3:GetObject', Resource: '*' }],
      Metadata: Array.from({ length: extra }, (_, i) => ({ tag: i })),
    });

  it('says nothing while the document is within the bound', () => {
    expect(stopped(withObjects(1000))).toEqual([]);
  });

  it('names how many objects and arrays there are and how many were looked at', () => {
    const found = stopped(withObjects(250_000));
    expect(found).toHaveLength(1);
    expect(found[0]?.severity).toBe('warning');
    expect(found[0]?.params).toEqual({ checked: 200_000, total: 250_004 });
  });
});
