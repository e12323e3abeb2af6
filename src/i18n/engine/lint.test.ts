import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  Catalog,
  DOCUMENT_KINDS,
  FIX_CODES,
  LINT_CODES,
  lintPolicy,
  servicesToLoad,
  type Finding,
  type FixParams,
  type FixTitle,
  type LintParams,
} from '../../core';
import { createNodeSource } from '../../platform/nodeCatalogSource';
import { LANGS } from '../types';
import { findingMessage, fixTitle } from './lint';

/** Representative params for every code (a missing code is a type error), with each variant. */
const SAMPLES: { [C in keyof LintParams]: LintParams[C][] } = {
  'json-syntax': [{ syntaxError: 'CommaExpected' }, {}],
  'empty-document': [{}],
  'too-deep': [{ maxDepth: 256 }, {}],
  'duplicate-key': [{ key: 'Action' }],
  'not-object': [{}],
  'too-large-to-check': [{ length: 5_000_000, maxChars: 524_288 }],
  'empty-values-not-all-checked': [{ checked: 200_000, total: 250_000 }],
  'not-all-checked': [
    { element: 'Action', checked: 10_000, total: 100_000 },
    { element: 'Statement', checked: 10_000, total: 12_000 },
  ],
  comment: [{ count: 1 }, { count: 3 }],
  'trailing-comma': [{ count: 1 }, { count: 2 }],
  'unknown-element': [
    { element: 'version', level: 'policy', suggestion: 'Version', accepted: ['Version', 'Id'] },
    { element: 'Foo', level: 'policy', accepted: ['Version', 'Id', 'Statement'] },
    { element: 'action', level: 'statement', suggestion: 'Action', accepted: ['Action'] },
    { element: 'Foo', level: 'statement', accepted: ['Sid', 'Effect', 'Action', 'Resource'] },
  ],
  'statement-missing': [{}],
  'statement-invalid': [{ at: 'entry' }, { at: 'element' }],
  'version-missing': [{ current: '2012-10-17', legacy: '2008-10-17' }],
  'version-invalid': [{ current: '2012-10-17', legacy: '2008-10-17' }],
  'version-old': [{ current: '2012-10-17', legacy: '2008-10-17' }],
  'variables-need-version': [{ current: '2012-10-17', value: 'arn:aws:s3:::b/${aws:username}' }],
  'effect-missing': [{}],
  'effect-invalid': [{ value: 'allow', proper: 'Allow' }, { value: 'Maybe' }],
  'action-missing': [{}],
  'action-and-not-action': [{}],
  'invalid-value': [{ element: 'Action' }, { element: 'NotResource' }],
  'resource-missing': [{}],
  'resource-and-not-resource': [{}],
  'resource-in-trust-policy': [{}],
  'principal-missing': [{ kind: 'trust' }, { kind: 'resource' }],
  'principal-not-allowed': [
    { element: 'Principal', kind: 'identity' },
    { element: 'NotPrincipal', kind: 'boundary' },
    { element: 'Principal', kind: 'session' },
    { element: 'Principal', kind: 'scp' },
  ],
  'principal-and-not-principal': [{}],
  'not-principal-not-allowed': [{}],
  'principal-invalid': [{}, { type: 'User', accepted: ['AWS', 'Service', 'Federated'] }],
  'sid-invalid': [{}, { sid: 'my sid' }],
  'sid-duplicate': [{ sid: 'Allow1' }],
  'trust-action-not-allowed': [
    { action: 's3:GetObject', allowed: ['sts:AssumeRole', 'sts:TagSession'] },
  ],
  'trust-not-action': [{}],
  'action-malformed': [{ action: 's3GetObject' }],
  'service-wildcard': [{ action: 's*:GetObject' }],
  'unknown-service': [{ service: 's4', suggestion: 's3' }, { service: 'nosuch' }],
  'unknown-action': [
    {
      action: 'ssm:GetDocumnet',
      serviceName: 'AWS Systems Manager',
      suggestion: 'ssm:GetDocument',
    },
    { action: 'ssm:Zzz', serviceName: 'AWS Identity and Access Management (IAM)' },
  ],
  'action-matches-nothing': [{ action: 's3:Zz*', service: 's3' }],
  'condition-invalid': [{}, { operator: 'StringEquals' }],
  'null-with-if-exists': [{}],
  'unknown-operator': [
    { operator: 'StringEqual', suggestion: 'StringEquals' },
    { operator: 'Qwerty' },
  ],
  'unknown-condition-key': [
    { key: 'aws:NoSuchKey', global: true },
    { key: 's3:NoSuchKey', global: false },
  ],
  'forallvalues-single-valued-key': [{ key: 'aws:PrincipalOrgID' }],
  'foranyvalue-single-valued-key': [{ key: 'aws:PrincipalOrgID' }],
  'value-type-mismatch': [
    { value: 'abc', operator: 'NumericLessThan', family: 'Numeric' },
    { value: 'yesterday', operator: 'DateGreaterThan', family: 'Date' },
    { value: 'yes', operator: 'Bool', family: 'Bool' },
    { value: 'maybe', operator: 'Null', family: 'Null' },
    { value: '999.1.1.1', operator: 'IpAddress', family: 'IpAddress' },
    { value: 'foo', operator: 'ArnLike', family: 'Arn' },
    {},
  ],
  'malformed-policy-variable': [
    { issue: 'unclosed', text: '${aws:username' },
    { issue: 'invalid-name', text: '${a b}' },
  ],
  'arn-malformed': [
    { arn: 'bucket', problem: { part: 'not-arn' } },
    { arn: 'arn:aws', problem: { part: 'too-few-parts' } },
    { arn: 'arn:foo:s3:::b', problem: { part: 'partition', value: 'foo' } },
    { arn: 'arn:aws:S3:::b', problem: { part: 'service', value: 'S3' } },
    { arn: 'arn:aws:s3:moon:1:b', problem: { part: 'region', value: 'moon' } },
    { arn: 'arn:aws:s3::12:b', problem: { part: 'account', value: '12' } },
    { arn: 'arn:aws:s3:::', problem: { part: 'resource' } },
  ],
  'pass-role-star-resource': [{}],
  'full-access': [{}],
  'permissions-management-wildcard': [{ action: 'iam:*', count: 42 }, { action: 'iam:*' }],
  'allow-not-action': [{}],
  'allow-not-principal': [{}],
  'open-to-anyone': [
    { kind: 'trust' },
    { kind: 'resource' },
    { kind: 'trust', ignored: { operator: 'StringNotEquals', key: 'aws:PrincipalOrgID' } },
    { kind: 'resource', ignored: { operator: 'IpAddress', key: 'aws:SourceIp' } },
  ],
  'oidc-missing-sub': [
    {
      host: 'token.actions.githubusercontent.com',
      key: 'token.actions.githubusercontent.com:sub',
      github: true,
    },
    { host: 'accounts.google.com', key: 'accounts.google.com:sub', github: false },
  ],
  'oidc-github-wildcard-repo': [{ value: 'repo:*' }],
  'cross-account-without-external-id': [{ account: '444455556666' }],
  'policy-too-large': [
    { size: 4500, limit: 4096, quota: 'trust-max', countsWhiteSpace: false },
    {
      size: 2100,
      limit: 2048,
      quota: 'trust-default',
      raisableTo: 4096,
      countsWhiteSpace: false,
    },
    { size: 11000, limit: 10240, quota: 'inline-total', countsWhiteSpace: false },
    { size: 7000, limit: 6144, quota: 'managed-inline-only', countsWhiteSpace: false },
    { size: 7000, limit: 6144, quota: 'managed', countsWhiteSpace: false },
    { size: 2100, limit: 2048, quota: 'session', countsWhiteSpace: false },
    { size: 5200, limit: 5120, quota: 'scp', countsWhiteSpace: true },
  ],
  'empty-value': [{ container: 'array' }, { container: 'object' }],
  'redundant-action': [{ entry: 's3:GetObject' }, { entry: 's3:GetObject', coveredBy: 's3:Get*' }],
  'redundant-resource': [
    { entry: 'arn:aws:s3:::b/x' },
    { entry: 'arn:aws:s3:::b/x', coveredBy: 'arn:aws:s3:::b/*' },
  ],
  'redundant-statement': [{ index: 0 }],
  // principals
  'principal-wildcard': [
    { type: 'AWS', value: 'arn:aws:iam::123456789012:user/*' },
    { type: 'Service', value: '*' },
  ],
  'service-principal-invalid': [
    { value: 'ec2', suggestion: 'ec2.amazonaws.com' },
    { value: 'arn:aws:iam::123456789012:role/x' },
  ],
  'service-principal-without-source': [
    { service: 'sns.amazonaws.com' },
    { service: 'cloudtrail.amazonaws.com', key: 'aws:Referer' },
  ],
  'principal-action-mismatch': [
    {
      action: 'sts:AssumeRoleWithWebIdentity',
      principals: ['arn:aws:iam::123456789012:saml-provider/Okta'],
    },
    {
      action: 'sts:AssumeRoleWithSAML',
      principals: ['token.actions.githubusercontent.com', 'arn:aws:iam::123456789012:root'],
    },
  ],
  'federated-principal-not-supported': [{ value: 'arn:aws:iam::123456789012:saml-provider/Okta' }],
  // condition keys, operators and values (issue 10)
  'condition-key-format': [{ key: 'SourceIp' }],
  'missing-tag-key': [
    { key: 'aws:ResourceTag', template: 'aws:ResourceTag/tag-key' },
    { key: 's3:ExistingObjectTag/', template: 's3:ExistingObjectTag/<key>' },
  ],
  'condition-key-not-checked': [{ key: 'deepracer:UserToken', service: 'deepracer' }],
  'missing-set-qualifier': [{ key: 'aws:TagKeys', operator: 'StringEquals' }],
  'operator-type-mismatch': [
    { key: 's3:max-keys', operator: 'StringEquals', keyType: 'Numeric', expected: ['Numeric'] },
    { key: 'aws:SourceArn', operator: 'Bool', keyType: 'ARN', expected: ['Arn', 'String'] },
  ],
  'condition-key-unsupported-action': [
    { key: 's3:x-amz-storage-class', actions: ['s3:ListBucket'] },
    { key: 's3:x-amz-storage-class', actions: ['s3:ListBucket', 's3:GetObject*'] },
  ],
  'variable-in-operator': [{ operator: 'NumericLessThan', value: '${aws:username}' }],
  'source-ip-private': [
    { operator: 'IpAddress', negated: false, mixed: false, values: ['10.0.0.0/8'] },
    { operator: 'IpAddress', negated: false, mixed: false, values: ['10.0.0.0/8', 'fd00::/8'] },
    { operator: 'NotIpAddress', negated: true, mixed: false, values: ['192.168.0.0/16'] },
    { operator: 'IpAddress', negated: false, mixed: true, values: ['172.16.0.0/12'] },
  ],
  'missing-paired-key': [{ key: 'aws:VpcSourceIp', paired: ['aws:SourceVpc'] }],
  'bool-multiple-values': [{ key: 'aws:SecureTransport' }],
  'tag-key-unsupported-service': [
    { key: 'aws:ResourceTag/team', services: ['ec2messages'] },
    { key: 'aws:TagKeys', services: ['ec2messages', 'ssmmessages'] },
  ],
  'deny-tag-key-unsupported-service': [{ key: 'aws:ResourceTag/team', services: ['ec2messages'] }],
  'deny-notaction-tag-key': [{ key: 'aws:ResourceTag/team' }],
  // retired services, actions against resource types
  'retired-service': [
    { service: 'deeplens', name: 'AWS DeepLens', status: 'ended' },
    {
      service: 'datazonecontrol',
      name: 'Amazon DataZone (preview)',
      status: 'renamed',
      replacement: 'datazone',
    },
  ],
  'retired-action': [{ action: 'cloudhsm:CreateLunaClient', name: 'AWS CloudHSM Classic' }],
  'resource-type-mismatch': [
    {
      resource: 'arn:aws:s3:::amzn-s3-demo-bucket',
      actions: ['s3:GetObject'],
      more: 0,
      starOnly: false,
      serviceName: 'Amazon S3',
    },
    {
      resource: 'arn:aws:ec2:*:*:instance/*',
      actions: ['ec2:DescribeInstances', 'ec2:DescribeImages', 'ec2:DescribeVolumes'],
      more: 2,
      starOnly: true,
    },
  ],
  'missing-required-resource': [
    {
      action: 'ec2:RunInstances',
      missing: ['image', 'subnet'],
      required: ['image', 'instance', 'subnet'],
    },
  ],
};

const FIX_SAMPLES: { [C in keyof FixParams]: FixParams[C][] } = {
  'replace-with': [{ text: 'ssm:GetDocument' }],
  'rename-to': [{ name: 'Resource' }],
  'remove-comments': [{ count: 2 }],
  'remove-trailing-commas': [{ count: 1 }, { count: 3 }],
  'add-version': [{ version: '2012-10-17' }],
};

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;

/** Every string a params object holds (values from the policy or the catalog stay as written). */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(strings);
  return [];
}

/**
 * Runs of four or more English words left once identifiers are set aside: quoted text
 * (「…」, "…"), policy variables and the values the params carry.
 */
function englishRuns(text: string, params: unknown): string[] {
  let rest = text;
  for (const s of strings(params).sort((a, b) => b.length - a.length)) {
    if (s !== '') rest = rest.split(s).join(' ');
  }
  rest = rest
    .replace(/「[^」]*」/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\$\{[^}]*\}/g, ' ');
  return rest.match(/[A-Za-z][\w:./*-]*(?:[ ,()]+[A-Za-z][\w:./*-]*){3,}/g) ?? [];
}

/** One lint finding for a code and params, placed nowhere (only the words matter here). */
function findingOf<C extends keyof LintParams>(code: C, params: LintParams[C]): Finding {
  const range = {
    start: { offset: 0, line: 1, column: 1 },
    end: { offset: 1, line: 1, column: 2 },
  };
  return { severity: 'error', code, params, path: '', range } as Finding;
}

function samples(): Finding[] {
  return LINT_CODES.flatMap((code) =>
    (SAMPLES[code] as LintParams[typeof code][]).map((params) => findingOf(code, params)),
  );
}

function fixSamples(): FixTitle[] {
  return FIX_CODES.flatMap((code) =>
    (FIX_SAMPLES[code] as FixParams[typeof code][]).map((params) => ({ code, params }) as FixTitle),
  );
}

function checkSentence(lang: (typeof LANGS)[number], text: string, params: unknown, what: string) {
  expect(text.trim(), what).not.toBe('');
  expect(text, what).not.toMatch(/undefined|NaN|\[object/);
  if (lang === 'ja') {
    expect(text, what).toMatch(JAPANESE);
    expect(englishRuns(text, params), `${what}: ${text}`).toEqual([]);
  } else {
    expect(text, what).not.toMatch(JAPANESE);
  }
}

describe('lint findings in words', () => {
  it('has samples for every code, each rendered in every language', () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...LINT_CODES].sort());
    for (const f of samples()) {
      for (const lang of LANGS)
        checkSentence(lang, findingMessage(lang, f), f.params, `${lang} ${f.code}`);
    }
  });

  it('words every quick-fix title in every language', () => {
    expect(Object.keys(FIX_SAMPLES).sort()).toEqual([...FIX_CODES].sort());
    for (const title of fixSamples()) {
      for (const lang of LANGS) {
        checkSentence(lang, fixTitle(lang, title), title.params, `${lang} ${title.code}`);
      }
    }
  });

  it('finds English runs outside identifiers (the Japanese check is not vacuous)', () => {
    expect(englishRuns('「s3:GetObject」は AWS Systems Manager のアクションです', {})).toEqual([]);
    expect(englishRuns('これは is not an action です', {})).toEqual(['is not an action']);
    expect(
      englishRuns('AWS Identity and Access Management のアクション', {
        name: 'AWS Identity and Access Management',
      }),
    ).toEqual([]);
  });
});

describe('real findings in words', () => {
  const catalog = new Catalog(createNodeSource());
  const lint = (text: string, kind: (typeof DOCUMENT_KINDS)[number]) =>
    lintPolicy(text, kind, { catalog });
  const CASES = join(import.meta.dirname, '..', '..', 'core', 'lint', 'cases');
  const corpus: string[] = readdirSync(CASES)
    .filter((f) => f.endsWith('.json'))
    .flatMap((f) => JSON.parse(readFileSync(join(CASES, f), 'utf8')) as { policy: string }[])
    .map((c) => c.policy);

  beforeAll(async () => {
    await catalog.load([...new Set([...corpus.flatMap(servicesToLoad), 's3', 'iam', 'sts'])]);
  });

  it('renders every finding of the lint cases, under every kind, in both languages', () => {
    let n = 0;
    for (const text of corpus) {
      for (const kind of DOCUMENT_KINDS) {
        for (const f of lint(text, kind)) {
          n += 1;
          for (const lang of LANGS) {
            checkSentence(lang, findingMessage(lang, f), f.params, `${lang} ${f.code}`);
            if (f.fix) checkSentence(lang, fixTitle(lang, f.fix), f.fix.title.params, f.code);
          }
        }
      }
    }
    expect(n).toBeGreaterThan(100);
    // Every case file under every kind: past Vitest's 5 s default on a loaded 2-core machine.
  }, 30_000);

  // IAM User Guide, "Amazon S3: Allows read and write access to objects in an S3 Bucket", with a typo.
  it('an unknown S3 action, with its did-you-mean fix', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Sid: 'ListObjectsInBucket',
          Effect: 'Allow',
          Action: ['s3:ListBucket'],
          Resource: ['arn:aws:s3:::bucket-name'],
        },
        {
          Sid: 'AllObjectActions',
          Effect: 'Allow',
          Action: 's3:GetObjekt',
          Resource: ['arn:aws:s3:::bucket-name/*'],
        },
      ],
    });
    const f = lint(text, 'identity').find((x) => x.code === 'unknown-action');
    expect(f && findingMessage('en', f)).toBe(
      '"s3:GetObjekt" is not an action of Amazon S3; did you mean "s3:GetObject"? An unknown action grants or denies nothing.',
    );
    expect(f && findingMessage('ja', f)).toBe(
      '「s3:GetObjekt」は Amazon S3 のアクションではありません。不明なアクションは何も許可も拒否もしません。「s3:GetObject」の誤りではありませんか?',
    );
    expect(f?.fix && fixTitle('en', f.fix)).toBe('Change to "s3:GetObject"');
    expect(f?.fix && fixTitle('ja', f.fix)).toBe('「s3:GetObject」に変更');
  });

  // IAM User Guide, "Creating a role for web identity or OpenID Connect federation" (GitHub), without its conditions.
  it('a GitHub OIDC trust policy without a sub condition', () => {
    const text = JSON.stringify({
      Version: '2012-10-17',
      Statement: [
        {
          Effect: 'Allow',
          Principal: {
            Federated:
              'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com',
          },
          Action: 'sts:AssumeRoleWithWebIdentity',
        },
      ],
    });
    const f = lint(text, 'trust').find((x) => x.code === 'oidc-missing-sub');
    expect(f && findingMessage('en', f)).toBe(
      'Any GitHub Actions workflow, in any repository, can assume this role: add a condition on "token.actions.githubusercontent.com:sub" naming your repository (e.g. "repo:my-org/my-repo:*").',
    );
    expect(f && findingMessage('ja', f)).toBe(
      'どのリポジトリの GitHub Actions ワークフローでも、このロールを引き受けられます。「token.actions.githubusercontent.com:sub」に対する条件を追加して、自分のリポジトリ (例: 「repo:my-org/my-repo:*」) を指定してください。',
    );
  });

  // IAM User Guide, "IAM JSON policy elements: Version": a policy without Version, and a lower-case Effect.
  it('a missing Version and a lower-case Effect, with their fixes', () => {
    const text =
      '{\n  "Statement": [{"Effect": "allow", "Action": "s3:ListAllMyBuckets", "Resource": "*"}]\n}';
    const findings = lint(text, 'identity');
    const version = findings.find((x) => x.code === 'version-missing');
    const effect = findings.find((x) => x.code === 'effect-invalid');
    expect(version && findingMessage('en', version)).toBe(
      'The policy has no Version, so AWS reads it with the legacy 2008-10-17 language, where policy variables such as ${aws:username} do not work. Add "Version": "2012-10-17".',
    );
    expect(version && findingMessage('ja', version)).toBe(
      'ポリシーに Version がないため、AWS は旧バージョン (2008-10-17) のポリシー言語で読み取ります。この場合、${aws:username} などのポリシー変数は機能しません。「"Version": "2012-10-17"」を追加してください。',
    );
    expect(version?.fix && fixTitle('en', version.fix)).toBe('Add "Version": "2012-10-17"');
    expect(version?.fix && fixTitle('ja', version.fix)).toBe('「"Version": "2012-10-17"」を追加');
    expect(effect && findingMessage('en', effect)).toBe(
      'Effect must be written exactly "Allow" (case-sensitive); AWS rejects "allow".',
    );
    expect(effect && findingMessage('ja', effect)).toBe(
      'Effect は大文字と小文字を区別して、正確に「Allow」と書く必要があります。「allow」は AWS に拒否されます。',
    );
  });

  // IAM User Guide, "IAM JSON policy elements: Principal" (everyone): a trust policy open to "*".
  it('a trust policy open to anyone, and a commented one', () => {
    const open = lint(
      '{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":"*","Action":"sts:AssumeRole"}]}',
      'trust',
    ).find((x) => x.code === 'open-to-anyone');
    expect(open && findingMessage('en', open)).toBe(
      'Anyone in any AWS account can assume this role: the principal is "*" and no condition limits it to your accounts or organization (add aws:PrincipalOrgID or name the principals).',
    );
    expect(open && findingMessage('ja', open)).toBe(
      'どの AWS アカウントの誰でもこのロールを引き受けられます。プリンシパルが "*" で、自分のアカウントや組織に限定する条件がありません (aws:PrincipalOrgID を追加するか、プリンシパルを指定してください)。',
    );
    const comment = lint(
      '{\n  # EC2 may assume\n  "Version": "2012-10-17", // current\n  "Statement": []\n}',
      'trust',
    ).find((x) => x.code === 'comment');
    expect(comment && findingMessage('en', comment)).toBe(
      'AWS rejects policies that contain comments; this document has 2 comments. Remove them (or copy it as AWS-ready JSON) before using it in AWS.',
    );
    expect(comment && findingMessage('ja', comment)).toBe(
      'AWS はコメントを含むポリシーを受け付けません。このドキュメントにはコメントが 2 件あります。AWS で使う前に削除してください (「AWS 用 JSON としてコピー」でも取り除けます)。',
    );
    expect(comment?.fix && fixTitle('ja', comment.fix)).toBe('コメントをすべて削除');
  });
});
