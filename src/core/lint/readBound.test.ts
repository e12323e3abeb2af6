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
