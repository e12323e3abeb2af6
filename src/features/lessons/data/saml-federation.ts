/** Lesson 6: people from a company directory sign in through a SAML identity provider. */
import type { Lesson } from '../types';

const PROVIDER = 'arn:aws:iam::111122223333:saml-provider/ExampleCorpIdP';

const trustEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ExampleCorpWorkforceSignIn",
      "Effect": "Allow",
      // Not a user or an account: the SAML identity provider registered in IAM from ExampleCorp's IdP metadata
      "Principal": { "Federated": "${PROVIDER}" },
      // People arrive with a signed SAML assertion instead of AWS keys; STS exchanges it for temporary credentials
      "Action": "sts:AssumeRoleWithSAML",
      "Condition": {
        // SAML:aud is the assertion's audience: accept only assertions addressed to AWS's SAML sign-in endpoint
        "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" }
      }
    }
  ]
}`;

const trustJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ExampleCorpWorkforceSignIn",
      "Effect": "Allow",
      // ユーザーでもアカウントでもなく、ExampleCorp の IdP のメタデータから IAM に登録した SAML ID プロバイダーです
      "Principal": { "Federated": "${PROVIDER}" },
      // 利用者は AWS のキーではなく署名付きの SAML アサーションを持って来ます。STS がそれを一時的な認証情報に引き換えます
      "Action": "sts:AssumeRoleWithSAML",
      "Condition": {
        // SAML:aud はアサーションの宛先 (オーディエンス) です。AWS の SAML サインインエンドポイント宛てのものだけを受け付けます
        "StringEquals": { "SAML:aud": "https://signin.aws.amazon.com/saml" }
      }
    }
  ]
}`;

const readOnlyEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BrowseTheReportsBucket",
      "Effect": "Allow",
      // Read-only: list the bucket and find its Region (what the S3 console needs to show it)
      "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
      "Resource": "arn:aws:s3:::examplecorp-reports"
    },
    {
      "Sid": "DownloadReports",
      "Effect": "Allow",
      // Download the objects; there is no PutObject or DeleteObject anywhere, so nothing can be changed
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::examplecorp-reports/*"
    },
    {
      "Sid": "ViewDashboards",
      "Effect": "Allow",
      // CloudWatch reads: alarms, metric names and metric values. These actions have no resource ARN, hence "*"
      "Action": ["cloudwatch:DescribeAlarms", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData"],
      "Resource": "*"
    }
  ]
}`;

const readOnlyJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "BrowseTheReportsBucket",
      "Effect": "Allow",
      // 読み取り専用: バケットの一覧表示とリージョンの確認 (S3 コンソールでバケットを開くのに必要です)
      "Action": ["s3:ListBucket", "s3:GetBucketLocation"],
      "Resource": "arn:aws:s3:::examplecorp-reports"
    },
    {
      "Sid": "DownloadReports",
      "Effect": "Allow",
      // オブジェクトのダウンロードだけです。PutObject も DeleteObject もないので、何も変更できません
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::examplecorp-reports/*"
    },
    {
      "Sid": "ViewDashboards",
      "Effect": "Allow",
      // CloudWatch の参照: アラーム、メトリクス名、メトリクスの値。これらのアクションには対象 ARN がないため "*" です
      "Action": ["cloudwatch:DescribeAlarms", "cloudwatch:ListMetrics", "cloudwatch:GetMetricData"],
      "Resource": "*"
    }
  ]
}`;

export const lesson: Lesson = {
  id: 'saml-federation',
  title: {
    en: 'People sign in through SAML',
    ja: 'SAML で社員がサインインする',
  },
  summary: {
    en: 'How employees who already sign in to a corporate identity provider get into AWS through a role, with no IAM user: the IdP vouches for them with a SAML assertion, and STS trades it for temporary credentials.',
    ja: '社内の ID プロバイダーにサインインできる社員が、IAM ユーザーを持たずにロール経由で AWS を使う仕組みを学びます。IdP が SAML アサーションで本人であることを保証し、STS がそれを一時的な認証情報に引き換えます。',
  },
  explanation: {
    en: `ExampleCorp's staff already have accounts in the company's identity provider (IdP). Rather than creating an IAM user, a password and access keys for each of them, the AWS account registers the IdP once as an IAM SAML identity provider and lets people in through a role. After someone signs in at the IdP, their browser posts a signed SAML assertion to AWS's sign-in endpoint, AWS calls sts:AssumeRoleWithSAML for them, and they work with temporary credentials of this role.

The trust policy therefore names a Federated principal: the provider's ARN, not a user or an account. Its condition checks SAML:aud, the audience the assertion is addressed to, and accepts only https://signin.aws.amazon.com/saml. AWS separately checks the assertion's signature against the metadata registered for the provider, so an assertion forged or signed by another IdP is refused anyway.

Which role a person gets is chosen at the IdP: the assertion's Role attribute pairs a role ARN with the provider ARN. Once inside, the person can do exactly what the role's permission policies allow — here, reading one S3 bucket and viewing CloudWatch — and nothing more. The credentials expire: one hour by default, never longer than the role's maximum session duration. When someone leaves the company, disabling them at the IdP is enough; there is no AWS key left behind.`,
    ja: `ExampleCorp の社員は、すでに社内の ID プロバイダー (IdP) にアカウントを持っています。社員ごとに IAM ユーザーやパスワード、アクセスキーを作る代わりに、AWS アカウントに IdP を SAML ID プロバイダーとして一度だけ登録し、ロールを通して社員を迎え入れます。社員が IdP にサインインすると、ブラウザーが署名付きの SAML アサーションを AWS のサインインエンドポイントに送信し、AWS がその社員に代わって sts:AssumeRoleWithSAML を呼び出します。社員はこのロールの一時的な認証情報で作業します。

そのため、信頼ポリシーのプリンシパルは Federated です。指定するのはユーザーやアカウントではなく、ID プロバイダーの ARN です。条件では、アサーションの宛先 (オーディエンス) を表す SAML:aud が https://signin.aws.amazon.com/saml であることを確認しています。アサーションの署名は、これとは別に AWS が ID プロバイダーに登録されたメタデータで検証するため、偽造されたアサーションや別の IdP が署名したアサーションはいずれにしても拒否されます。

どのロールを使うかは IdP 側で決まります。アサーションの Role 属性に、ロールの ARN と ID プロバイダーの ARN の組が入っています。サインインした後にできることは、ロールの許可ポリシーが許可する範囲だけです。この例では S3 バケット 1 つの読み取りと CloudWatch の参照に限られます。認証情報には有効期限があり、デフォルトは 1 時間で、ロールの最大セッション時間を超えることはありません。社員が退職したときは IdP でアカウントを無効にすればよく、AWS 側に残るキーはありません。`,
  },
  scenario: {
    title: {
      en: 'ExampleCorp staff → SAML → read-only role',
      ja: 'ExampleCorp の社員 → SAML → 読み取り専用ロール',
    },
    role: {
      name: 'ExampleCorpReadOnly',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: trustEn, ja: trustJa },
      permissionPolicies: [
        { name: 'ReportsReadOnly', document: { en: readOnlyEn, ja: readOnlyJa } },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: { en: 'Who asks: the company IdP', ja: '誰が: 社内の IdP' },
      body: {
        en: 'The principal is ExampleCorpIdP, a SAML identity provider registered in this account. It stands for everyone the IdP signs in; AWS never sees their passwords, only the signed assertion the IdP issues for them.',
        ja: 'プリンシパルは、このアカウントに登録された SAML ID プロバイダー ExampleCorpIdP です。IdP で認証された社員全員を表しています。AWS は社員のパスワードを一切見ず、IdP が発行した署名付きのアサーションだけを受け取ります。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy checks the audience',
        ja: '信頼ポリシーが宛先を確認する',
      },
      body: {
        en: 'The statement admits the provider for sts:AssumeRoleWithSAML, but only when SAML:aud equals https://signin.aws.amazon.com/saml. An assertion addressed to any other endpoint does not match, so the role is not assumed.',
        ja: 'このステートメントは、ID プロバイダーに sts:AssumeRoleWithSAML を許可しています。ただし、SAML:aud が https://signin.aws.amazon.com/saml と等しい場合に限ります。ほかのエンドポイント宛てのアサーションは一致しないため、ロールを引き受けられません。',
      },
    },
    {
      kinds: ['sts'],
      title: { en: 'STS: AssumeRoleWithSAML', ja: 'STS: AssumeRoleWithSAML で引き換える' },
      body: {
        en: 'The call is AssumeRoleWithSAML, not AssumeRole: the caller has no AWS credentials yet, so the SAML assertion itself is the proof of identity. STS validates it and opens a session of the role.',
        ja: '呼び出すのは AssumeRole ではなく AssumeRoleWithSAML です。呼び出し元はまだ AWS の認証情報を持っていないため、SAML アサーションそのものが本人確認の証拠になります。STS はアサーションを検証し、ロールのセッションを開始します。',
      },
    },
    {
      kinds: ['credentials'],
      title: { en: 'Temporary credentials only', ja: '手にするのは一時的な認証情報だけ' },
      body: {
        en: 'The person receives an access key ID starting with ASIA, a secret key and a session token, valid for one hour here. When they expire, the person signs in at the IdP again; no long-term key exists for them in AWS.',
        ja: '社員が受け取るのは、ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークンです。この例では 1 時間有効です。期限が切れたら IdP でもう一度サインインします。AWS 側にこの社員の長期的なキーは存在しません。',
      },
    },
    {
      kinds: ['role', 'permission-policy'],
      title: { en: 'What the role may do', ja: 'ロールに許可されていること' },
      body: {
        en: 'ReportsReadOnly is the role’s only permission policy. Every signed-in employee gets exactly these permissions; to give a team more, you map its IdP group to a different role rather than editing people one by one.',
        ja: 'ReportsReadOnly がこのロールの唯一の許可ポリシーです。サインインした社員は全員、まさにこの権限だけを持ちます。あるチームに多くの権限を与えたいときは、一人ずつ設定するのではなく、そのチームの IdP グループを別のロールに対応付けます。',
      },
    },
    {
      kinds: ['action', 'resource'],
      title: { en: 'Reads, and nothing else', ja: '読み取りだけ' },
      body: {
        en: 'Every action here is a List or Read action on the reports bucket or CloudWatch. Uploading or deleting a report is not granted anywhere, so it is implicitly denied.',
        ja: 'ここにあるアクションは、レポート用バケットと CloudWatch に対するリストか読み取りのアクションだけです。レポートのアップロードや削除はどこにも許可されていないため、暗黙的に拒否されます。',
      },
    },
  ],
  questions: [
    {
      id: 'console-sign-in',
      prompt: {
        en: 'An employee signs in at the IdP, which posts an assertion to https://signin.aws.amazon.com/saml. Can they assume the role?',
        ja: '社員が IdP にサインインし、IdP が https://signin.aws.amazon.com/saml 宛てにアサーションを送信しました。この社員はロールを引き受けられますか?',
      },
      who: { kind: 'entry', key: 'Federated', value: PROVIDER },
      action: 'sts:AssumeRoleWithSAML',
      resource: 'arn:aws:iam::111122223333:role/ExampleCorpReadOnly',
      context: { 'SAML:aud': 'https://signin.aws.amazon.com/saml' },
      expected: 'Allow',
      why: {
        en: 'The provider is the principal the trust policy names, the action is sts:AssumeRoleWithSAML, and the assertion’s audience equals the value the condition asks for. A federated principal has no identity policy of its own, so the trust policy alone decides.',
        ja: 'ID プロバイダーは信頼ポリシーが指定しているプリンシパルで、アクションは sts:AssumeRoleWithSAML、アサーションの宛先も条件が求める値と一致しています。フェデレーションのプリンシパルには自身のアイデンティティベースのポリシーがないため、信頼ポリシーだけで決まります。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_saml.html',
    },
    {
      id: 'regional-endpoint',
      prompt: {
        en: 'For resilience, the IdP is switched to AWS’s regional sign-in endpoint, and assertions now carry SAML:aud https://ap-northeast-1.signin.aws.amazon.com/saml. The trust policy is unchanged. Can employees still assume the role?',
        ja: '可用性を高めるため、IdP の送信先を AWS のリージョン別サインインエンドポイントに切り替えました。アサーションの SAML:aud は https://ap-northeast-1.signin.aws.amazon.com/saml になります。信頼ポリシーは変更していません。社員はこれまでどおりロールを引き受けられますか?',
      },
      who: { kind: 'entry', key: 'Federated', value: PROVIDER },
      action: 'sts:AssumeRoleWithSAML',
      resource: 'arn:aws:iam::111122223333:role/ExampleCorpReadOnly',
      context: { 'SAML:aud': 'https://ap-northeast-1.signin.aws.amazon.com/saml' },
      expected: 'ImplicitDeny',
      why: {
        en: 'StringEquals compares the whole value exactly, and the regional URL is a different string. The only Allow statement no longer applies, so the request is implicitly denied. To use regional endpoints, list each URL in the SAML:aud condition as well.',
        ja: 'StringEquals は値全体を完全一致で比較します。リージョン別の URL は別の文字列なので、唯一の Allow ステートメントが当てはまらなくなり、リクエストは暗黙的に拒否されます。リージョン別エンドポイントを使う場合は、その URL も SAML:aud の条件に列挙します。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_condition_operators.html',
    },
    {
      id: 'upload-report',
      prompt: {
        en: 'Signed in through the role, an analyst tries to upload a corrected file: s3:PutObject on arn:aws:s3:::examplecorp-reports/2025/q1.csv. Allowed?',
        ja: 'ロールでサインインしたアナリストが、修正したファイルをアップロードしようとしました (arn:aws:s3:::examplecorp-reports/2025/q1.csv への s3:PutObject)。許可されますか?',
      },
      who: { kind: 'session' },
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::examplecorp-reports/2025/q1.csv',
      expected: 'ImplicitDeny',
      why: {
        en: 'Signing in through SAML only decides who may use the role; what they may do comes from its permission policies. ReportsReadOnly grants s3:GetObject on the bucket’s objects but no write action, and with no Allow the request is implicitly denied.',
        ja: 'SAML でのサインインが決めるのは、誰がロールを使えるかだけです。何ができるかは許可ポリシーで決まります。ReportsReadOnly はオブジェクトへの s3:GetObject を許可していますが、書き込みのアクションは許可していません。Allow がないため、リクエストは暗黙的に拒否されます。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
  ],
  terms: [
    'federation',
    'identity-provider',
    'principal',
    'trust-policy',
    'sts',
    'temporary-credentials',
    'condition-key',
    'explicit-vs-implicit-deny',
  ],
};
