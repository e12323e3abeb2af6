import { describe, expect, it } from 'vitest';
import { OPERATOR_NAMES, parsePolicy, readPolicy } from '../../core';
import { describeConditions } from '../../graph';
import type { ConditionText, GraphText, GraphTextCode, GraphTextParams } from '../../graph';
import { conditionText, durationText, graphText } from './graph';
import { CONDITION_VERBS_EN } from './graph.en';
import { CONDITION_VERBS_JA } from './graph.ja';

// Wording of the picture (PRODUCT.md, "The picture" and "Graph JSON"): the English is the text
// Rolemap has always printed; the Japanese uses the AWS console's terms.

const statement = { index: 0 };
const named = { index: 2, sid: 'GitHubDeploy' };
const hour = { unit: 'h', value: 1 } as const;
const condition: ConditionText = {
  code: 'compare',
  params: {
    operator: 'StringEquals',
    key: 'aws:SourceAccount',
    values: { shown: ['111122223333'], more: 0 },
    ifExists: false,
  },
};
const list = { items: ['a:b', 'c:d', 'e:f'], more: 2 };

/** One sample of every graph text code (a missing code is a type error), with its English. */
const SAMPLES: { [C in GraphTextCode]: [GraphTextParams[C], string] } = {
  name: [{ text: 'ec2.amazonaws.com' }, 'ec2.amazonaws.com'],
  list: [list, 'a:b, c:d, e:f and 2 more'],
  'trust-policy': [{}, 'Trust policy'],
  'trust-statement': [{ statement: named, effect: 'Deny' }, 'GitHubDeploy (Deny)'],
  'may-assume': [
    {
      principals: [{ code: 'name', params: { text: 'ec2.amazonaws.com' } }],
      more: 0,
      operations: ['sts:AssumeRole'],
      effect: 'Allow',
    },
    'ec2.amazonaws.com may call sts:AssumeRole',
  ],
  'trust-admits-nobody': [{}, 'no statement admits a principal'],
  'trust-unreadable': [{}, 'cannot be read yet'],
  sts: [{}, 'AWS STS'],
  'sts-summary': [
    { operations: ['sts:AssumeRole', 'sts:AssumeRoleWithSAML'], duration: hour },
    'AssumeRole / AssumeRoleWithSAML · session up to 1 h',
  ],
  'sts-summary-chained': [
    { operations: ['sts:AssumeRole'], duration: { unit: 'h', value: 12 } },
    'AssumeRole · session up to 12 h; at most 1 h when a role assumes it (role chaining)',
  ],
  'temporary-credentials': [{}, 'Temporary credentials'],
  'credentials-summary': [{ duration: hour }, 'example values · expire after 1 h'],
  'role-unnamed': [{}, 'Role'],
  'role-summary': [{ duration: { unit: 'min', value: 90 } }, 'max session 90 min'],
  'instance-profile': [{}, 'Instance profile'],
  'the-role': [{}, 'the role'],
  anyone: [{}, 'Anyone (*)'],
  'anyone-detail': [{}, 'every principal, in any account'],
  'anyone-except': [{ principals: list }, 'Anyone except a:b, c:d, e:f and 2 more'],
  account: [{ account: '111122223333' }, 'Account 111122223333'],
  'account-detail': [{ value: '111122223333' }, 'AWS account · 111122223333'],
  'service-principal-detail': [{ instanceProfile: true }, 'AWS service · via instance profile'],
  'user-detail': [{ value: 'arn:aws:iam::1:user/a' }, 'IAM user · arn:aws:iam::1:user/a'],
  'role-detail': [{ value: 'arn:aws:iam::1:role/a' }, 'IAM role · arn:aws:iam::1:role/a'],
  'role-session-detail': [{ value: 'x' }, 'role session · x'],
  'aws-principal-detail': [{}, 'AWS principal'],
  'federated-detail': [
    { value: 'accounts.google.com' },
    'federated identity · accounts.google.com',
  ],
  'other-principal-detail': [{ key: 'CanonicalUser' }, 'CanonicalUser principal'],
  'saml-provider': [{ name: 'Corp' }, 'Corp (SAML)'],
  'oidc-provider': [{ host: 'example.com' }, 'example.com (OIDC)'],
  'web-identity-provider': [{ provider: 'cognito' }, 'Amazon Cognito identity pool'],
  'policy-unnamed': [{ number: 2 }, 'Policy 2'],
  'policy-summary': [{ managed: false, statements: 1 }, 'inline · 1 statement'],
  'policy-unreadable': [{ managed: true }, 'managed · cannot be read yet'],
  'all-services': [{}, 'All services'],
  'unknown-service': [{}, 'Unknown service'],
  'service-summary': [
    { serviceName: 'AWS Systems Manager', actions: 15 },
    'AWS Systems Manager · 15 actions',
  ],
  'services-count': [{ count: 40 }, '40 services'],
  'actions-count': [{ count: 35 }, '35 actions'],
  'every-action': [{}, '* (every action in every service)'],
  'every-action-except': [{ actions: list }, 'every action except a:b, c:d, e:f and 2 more'],
  'wildcard-count': [{ pattern: 'ssm:Describe*', actions: 1 }, 'ssm:Describe* (1 action)'],
  'more-count': [{ count: 7 }, '+7 more'],
  'only-if': [
    { condition, more: 1 },
    'only if aws:SourceAccount must equal 111122223333 (+1 more)',
  ],
  'all-resources': [{}, 'All resources (*)'],
  'unrestricted-pattern': [{}, 'all resources'],
  'every-resource-except': [{ resources: list }, 'every resource except a:b, c:d, e:f and 2 more'],
  'grants-nothing-to': [
    { actions: { items: ['cloudfront:CreateInvalidation'], more: 0 } },
    'This ARN grants nothing to cloudfront:CreateInvalidation',
  ],
  'unknown-action': [{ serviceKnown: true }, 'Unknown action: grants nothing'],
  'matches-no-action': [{}, 'Matches no action: grants nothing'],
  'did-you-mean': [{ action: 'ssm:GetDocument' }, 'Did you mean ssm:GetDocument?'],
  'acts-on-none': [{}, 'Acts on none of the resources its statement names'],
  'allowed-on-some': [
    { allowed: { items: ['arn:aws:s3:::b/*'], more: 0 }, refused: list },
    'Allowed on arn:aws:s3:::b/*; not on a:b, c:d, e:f and 2 more',
  ],
  'actions-allowed': [{ allowed: 5, total: 8 }, 'Allowed for 5 of 8 actions'],
  'checked-on': [
    { arns: { items: ['arn:aws:s3:::b/example'], more: 0 } },
    'checked on arn:aws:s3:::b/example',
  ],
  'legend-unknown': [{}, 'Unknown action: grants nothing'],
  'legend-partial': [{}, 'Allowed on some of its resources only'],
  'legend-grants-nothing': [{}, 'Resource no action of its statement acts on'],
  'legend-statement-comment': [{}, 'Comment on a whole statement'],
  'resources-count': [{ count: 31 }, '31 resources'],
  'more-resources': [{ count: 2940 }, '2940 more resources'],
  'permissions-boundary': [{}, 'Permissions boundary'],
  'boundary-summary': [{}, 'limits the most the role’s policies can grant'],
  'session-policy': [{}, 'Session policy'],
  'session-summary': [{}, 'limits what this session may do'],
  scp: [{ number: 2 }, 'Service control policy 2'],
  'scp-summary': [{}, 'limits what the role’s account may do'],
  rcp: [{ number: 2 }, 'Resource control policy 2'],
  'rcp-summary': [{}, 'limits what anyone may do to the organization’s resources'],
  'endpoint-policy': [{}, 'VPC endpoint policy'],
  'endpoint-summary': [{}, 'limits what passes through the VPC endpoint'],
  asks: [{ operations: ['sts:AssumeRole'] }, 'asks sts:AssumeRole'],
  'refused-by': [{ statement }, 'refused by Statement 1'],
  'launches-with': [{}, 'launches with'],
  'admitted-by': [{ statement: named }, 'admitted by GitHubDeploy'],
  issues: [{}, 'issues'],
  'signs-requests-as': [{}, 'signs requests as'],
  has: [{}, 'has'],
  'limited-by': [{}, 'limited by'],
  grants: [{}, 'grants'],
  denies: [{}, 'denies'],
  'grants-and-denies': [{}, 'grants and denies'],
  'acts-on': [{}, 'on'],
  'acts-on-only': [{ actions: { items: ['ListBucket'], more: 0 } }, 'only ListBucket'],
  'acts-on-if': [{ condition, more: 0 }, 'on, if aws:SourceAccount must equal 111122223333'],
  several: [
    {
      texts: [
        { code: 'acts-on', params: {} },
        { code: 'acts-on-if', params: { condition, more: 0 } },
      ],
    },
    'on; on, if aws:SourceAccount must equal 111122223333',
  ],
};

const samples = Object.entries(SAMPLES).map(
  ([code, [params, english]]) => [{ code, params } as GraphText, english] as const,
);

/** English words that must not be left in Japanese text (identifiers aside). */
const ENGLISH =
  /\b(?:the|every|all|any|must|equal|match|statement|policy|policies|session|service|services|action|actions|resource|resources|more|anyone|account|trust|temporary|credentials|example|values?|expire|max|grants?|denies|issues|signs?|requests?|limited|launches|admitted|refused|asks|on|if|inline|managed|unknown|principal|role|identity|federated|boundary|control|cannot|read|limits)\b/i;

function conditions(block: unknown): ConditionText[] {
  const text = JSON.stringify({ Statement: { Effect: 'Allow', Condition: block } });
  return describeConditions(readPolicy(parsePolicy(text)).statements[0]?.condition);
}

describe('graph texts', () => {
  it('words every code in English as Rolemap has always printed it', () => {
    for (const [text, english] of samples) expect(graphText('en', text), text.code).toBe(english);
  });

  it('words every code in Japanese, leaving no English but identifiers', () => {
    for (const [text] of samples) {
      const ja = graphText('ja', text);
      expect(ja, text.code).not.toBe('');
      // Strip identifiers the params carry (service principals, ARNs, Sids) before looking for English.
      const words = ja.replace(
        /[\w.:*/-]*[:./*][\w.:*/-]*|GitHubDeploy|CanonicalUser|Corp|AWS STS/g,
        '',
      );
      expect(words, `${text.code}: ${ja}`).not.toMatch(ENGLISH);
    }
  });

  it('says the story in Japanese with AWS console terms', () => {
    const ja = (code: GraphTextCode) => {
      const sample = samples.find(([t]) => t.code === code);
      return sample ? graphText('ja', sample[0]) : '';
    };
    expect(ja('trust-policy')).toBe('信頼ポリシー');
    expect(ja('temporary-credentials')).toBe('一時的な認証情報');
    expect(ja('permissions-boundary')).toBe('アクセス許可の境界');
    expect(ja('session-policy')).toBe('セッションポリシー');
    expect(ja('scp')).toBe('サービスコントロールポリシー (SCP) 2');
    expect(ja('instance-profile')).toBe('インスタンスプロファイル');
    expect(ja('all-resources')).toBe('すべてのリソース (*)');
    expect(ja('asks')).toBe('sts:AssumeRole を要求');
    expect(ja('admitted-by')).toBe('GitHubDeploy で許可');
    expect(ja('refused-by')).toBe('ステートメント 1 で拒否');
    expect(ja('sts-summary')).toBe('AssumeRole / AssumeRoleWithSAML · セッション最大 1 時間');
    expect(ja('policy-summary')).toBe('インラインポリシー · ステートメント 1 個');
    expect(ja('every-action-except')).toBe('a:b、c:d、e:f ほか 2 件以外のすべてのアクション');
  });

  it('keeps a merged edge label short, in either language', () => {
    const texts: GraphText[] = Array.from({ length: 12 }, (_, i) => ({
      code: 'acts-on-if',
      params: {
        condition: { ...condition, params: { ...condition.params, key: `aws:Key${i}` } },
        more: 0,
      },
    }));
    for (const lang of ['en', 'ja'] as const) {
      const label = graphText(lang, { code: 'several', params: { texts } });
      expect(label.split('; ').length, lang).toBeLessThan(12);
      expect(label.length, lang).toBeLessThan(160 + 80);
    }
  });

  it('words durations', () => {
    expect(durationText('en', { unit: 'h', value: 12 })).toBe('12 h');
    expect(durationText('ja', { unit: 'h', value: 12 })).toBe('12 時間');
    expect(durationText('ja', { unit: 'min', value: 90 })).toBe('90 分');
  });
});

describe('condition texts', () => {
  it('reads conditions as plain English sentences', () => {
    const en = conditions({
      StringEquals: { 'aws:SourceAccount': '111122223333' },
      ArnLike: { 'aws:SourceArn': 'arn:aws:ec2:*:111122223333:instance/*' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team'] },
      'ForAnyValue:StringLike': { 'aws:PrincipalOrgPaths': 'o-a1b2c3/*' },
      NumericLessThanIfExists: { 's3:max-keys': '10' },
      Null: { 'aws:TokenIssueTime': 'true' },
      Bool: { 'aws:MultiFactorAuthPresent': true },
      IpAddress: { 'aws:SourceIp': ['203.0.113.0/24', '198.51.100.0/24'] },
      Weird: { k: 'v' },
      StringLike: 5,
    }).map((c) => conditionText('en', c));
    expect(en).toEqual([
      'aws:SourceAccount must equal 111122223333',
      'aws:SourceArn must match arn:aws:ec2:*:111122223333:instance/*',
      'every value of aws:TagKeys must equal one of env, team',
      'at least one value of aws:PrincipalOrgPaths must match o-a1b2c3/*',
      's3:max-keys must be less than 10 (when the key is present)',
      'aws:TokenIssueTime must be absent',
      'aws:MultiFactorAuthPresent must be true',
      'aws:SourceIp must be in one of 203.0.113.0/24, 198.51.100.0/24',
      'Weird: k v',
      'StringLike: 5',
    ]);
  });

  it('reads the same conditions in Japanese', () => {
    const ja = conditions({
      StringEquals: { 'aws:SourceAccount': '111122223333' },
      'ForAllValues:StringEquals': { 'aws:TagKeys': ['env', 'team', 'a', 'b', 'c', 'd'] },
      NumericLessThanIfExists: { 's3:max-keys': '10' },
      Null: { 'aws:TokenIssueTime': 'false' },
      IpAddress: { 'aws:SourceIp': '203.0.113.0/24' },
    }).map((c) => conditionText('ja', c));
    expect(ja).toEqual([
      'aws:SourceAccount が 111122223333 と等しい',
      'aws:TagKeys のすべての値が env、team、a、b、c ほか 1 件のいずれかと等しい',
      's3:max-keys が 10 より小さい (キーがある場合のみ)',
      'aws:TokenIssueTime が存在する',
      'aws:SourceIp が 203.0.113.0/24 の範囲内',
    ]);
  });

  it('has a verb for every operator the engine knows, in both languages', () => {
    for (const op of OPERATOR_NAMES.filter((o) => o !== 'Null')) {
      expect(CONDITION_VERBS_EN.has(op), op).toBe(true);
      expect(CONDITION_VERBS_JA.has(op), op).toBe(true);
    }
  });
});
