import { describe, expect, it } from 'vitest';
import {
  evaluateRequest,
  readSimulationRequest,
  type EvaluationResult,
  type Note,
  type Reason,
  type StepDetail,
} from '../../core';
import { listCaseFiles, readCases } from '../../core/evaluate/cases/index';
import { notesEn, reasonsEn, requestErrorsEn, stepsEn } from './evaluate.en';
import { notesJa, reasonsJa, requestErrorsJa, stepsJa } from './evaluate.ja';
import {
  noteText,
  reasonText,
  requestErrorText,
  statementInPolicyText,
  stepText,
} from './evaluate';

/** Four or more English words in a row, outside quotes and code-like tokens, is English left behind. */
function englishRun(text: string): string | undefined {
  const plain = text
    .replace(/"[^"]*"|「[^」]*」|`[^`]*`/g, ' ')
    .replace(/\b[\w.-]+:[\w*?/.:${}-]+/g, ' ') // actions, ARNs, condition keys
    .replace(/\$\{[^}]*\}/g, ' ');
  return /(?:\b[A-Za-z]{2,}\b[\s,]+){3}\b[A-Za-z]{2,}\b/.exec(plain)?.[0];
}

// Every case of the engine's documented case folders, evaluated once: its reasons, notes and steps.
const results: EvaluationResult[] = listCaseFiles()
  .flatMap((f) => readCases(f))
  .map((c) => evaluateRequest(c.request));
const reasons: Reason[] = results.flatMap((r) => r.explain.reasons);
const notes: Note[] = results.flatMap((r) => [
  ...r.explain.notes,
  ...r.explain.policies.flatMap((p) => [
    ...p.notes,
    ...p.statements.flatMap((s) => [
      ...s.notes,
      ...s.conditions.flatMap((c) => (c.note ? [c.note] : [])),
    ]),
  ]),
]);
const steps: StepDetail[] = results.flatMap((r) => r.explain.steps.map((s) => s.detail));

describe('the engine in words', () => {
  it('has a renderer for every code in both languages (the same code lists)', () => {
    expect(Object.keys(reasonsJa).sort()).toEqual(Object.keys(reasonsEn).sort());
    expect(Object.keys(notesJa).sort()).toEqual(Object.keys(notesEn).sort());
    expect(Object.keys(stepsJa).sort()).toEqual(Object.keys(stepsEn).sort());
    expect(Object.keys(requestErrorsJa).sort()).toEqual(Object.keys(requestErrorsEn).sort());
  });

  it('renders every reason, note and step the documented cases produce, with no English left in Japanese', () => {
    expect(reasons.length).toBeGreaterThan(200);
    const problems: string[] = [];
    for (const r of reasons) {
      const en = reasonText('en', r);
      const ja = reasonText('ja', r);
      if (!en.trim() || !ja.trim()) problems.push(`empty: ${r.code}`);
      const left = englishRun(ja);
      if (left) problems.push(`${r.code}: ${left} in ${ja}`);
    }
    for (const n of notes) {
      const left = englishRun(noteText('ja', n));
      if (left) problems.push(`${n.code}: ${left}`);
    }
    for (const s of steps) {
      const left = englishRun(stepText('ja', { step: 'identity', outcome: 'pass', detail: s }));
      if (left) problems.push(`${s.code}: ${left}`);
    }
    expect(problems).toEqual([]);
    // The cases reach most reason codes: a new code without a case shows up here.
    const seen = new Set(reasons.map((r) => r.code));
    expect(seen.size).toBeGreaterThan(15);
  });

  it('words an explicit deny as AWS does, in English and Japanese', () => {
    const r = evaluateRequest({
      principal: { AWS: 'arn:aws:iam::111122223333:user/alice' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::b/k',
      policies: {
        identity: [
          {
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 's3:*', Resource: '*' }],
          },
          {
            Version: '2012-10-17',
            Statement: [{ Sid: 'DenyS3', Effect: 'Deny', Action: 's3:Get*', Resource: '*' }],
          },
        ],
      },
    });
    const first = r.explain.reasons[0]!;
    expect(reasonText('en', first)).toBe(
      "Statement 'DenyS3' in identity policy 2 explicitly denies s3:GetObject.",
    );
    expect(reasonText('ja', first)).toBe(
      'アイデンティティベースのポリシー 2 のステートメント「DenyS3」が s3:GetObject を明示的に拒否しています。',
    );
  });

  it('names the condition that kept a trust statement shut', () => {
    const r = evaluateRequest({
      principal: { Federated: 'cognito-identity.amazonaws.com' },
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: 'arn:aws:iam::111122223333:role/R',
      context: { 'cognito-identity.amazonaws.com:aud': 'other-pool' },
      policies: {
        resource: {
          Version: '2012-10-17',
          Statement: [
            {
              Effect: 'Allow',
              Principal: { Federated: 'cognito-identity.amazonaws.com' },
              Action: 'sts:AssumeRoleWithWebIdentity',
              Condition: { StringEquals: { 'cognito-identity.amazonaws.com:aud': 'my-pool' } },
            },
          ],
        },
      },
    });
    const miss = r.explain.reasons.find((x) => x.code === 'condition-not-met')!;
    expect(reasonText('en', miss)).toBe(
      'Statement #1 in the trust policy would allow it, but its condition (StringEquals on cognito-identity.amazonaws.com:aud) is not met.',
    );
    expect(reasonText('ja', miss)).toBe(
      '信頼ポリシーのステートメント 1 は許可するはずですが、条件 (cognito-identity.amazonaws.com:aud に対する StringEquals) を満たしていません。',
    );
  });

  it('says which statement of which layer decided', () => {
    const statement = { index: 1, sid: 'NoS3' };
    const policy = { kind: 'scp' as const, index: 0, trust: false };
    expect(statementInPolicyText('en', statement, policy)).toBe("Statement 'NoS3' in SCP 1");
    expect(statementInPolicyText('ja', statement, policy)).toBe('SCP 1 のステートメント「NoS3」');
  });

  it('words request errors in one line', () => {
    const r = readSimulationRequest('{"principal": ');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(requestErrorText('en', r.error)).toMatch(/^The request is not valid JSON: /);
      expect(requestErrorText('ja', r.error)).toMatch(/^リクエストが正しい JSON ではありません: /);
      expect(requestErrorText('en', r.error)).not.toContain('\n');
    }
  });
});
