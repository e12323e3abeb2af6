/**
 * Lesson 4: a role in 111122223333 that a third-party vendor's account (444455556666) may assume,
 * only with the external ID the vendor assigned: the confused deputy problem and its fix.
 */
import type { Lesson } from '../types';

const EXTERNAL_ID = 'a1b2c3d4-5678-90ab-cdef-EXAMPLE11111';

const TRUST_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowExampleCorpWithExternalId",
      "Effect": "Allow",
      // The vendor's account. Naming the account (root) lets
      // the vendor decide, with its own identity policies,
      // which of its users or roles may assume this role.
      "Principal": {
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        // The external ID the vendor assigned to us, and to no
        // other customer. The vendor must send it with every
        // AssumeRole call it makes on our behalf.
        "StringEquals": {
          "sts:ExternalId": "${EXTERNAL_ID}"
        }
      }
    }
  ]
}
`;

const TRUST_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowExampleCorpWithExternalId",
      "Effect": "Allow",
      // ベンダーのアカウントです。アカウント (root) を指定すると、
      // ベンダーのどのユーザーやロールがこのロールを
      // 引き受けられるかは、ベンダー側の ID ポリシーで決まります。
      "Principal": {
        "AWS": "arn:aws:iam::444455556666:root"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        // ベンダーが私たちだけに割り当てた外部 ID です。
        // ベンダーは私たちのために AssumeRole を呼び出すとき、
        // 毎回この値を渡す必要があります。
        "StringEquals": {
          "sts:ExternalId": "${EXTERNAL_ID}"
        }
      }
    }
  ]
}
`;

const READ_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListReportBucket",
      "Effect": "Allow",
      // List the objects of the bucket (the names of the cost reports)
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket"
    },
    {
      "Sid": "ReadCostReports",
      "Effect": "Allow",
      // Download the reports, only under the cur/ prefix
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/cur/*"
    }
  ]
}
`;

const READ_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListReportBucket",
      "Effect": "Allow",
      // バケット内のオブジェクト (コストレポートの名前) を一覧します
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket"
    },
    {
      "Sid": "ReadCostReports",
      "Effect": "Allow",
      // レポートをダウンロードします (cur/ プレフィックスの下だけ)
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/cur/*"
    }
  ]
}
`;

const VENDOR = { kind: 'entry', key: 'AWS', value: 'arn:aws:iam::444455556666:root' } as const;

export const lesson: Lesson = {
  id: 'cross-account-externalid',
  title: {
    en: 'Letting a vendor in: cross-account access with an external ID',
    ja: '外部ベンダーにアクセスを許可する: 外部 ID を使ったクロスアカウントアクセス',
  },
  summary: {
    en: 'How a role lets another AWS account in, why both accounts must agree, and how sts:ExternalId prevents the confused deputy problem when the other account is a vendor serving many customers.',
    ja: 'ロールで別の AWS アカウントにアクセスを許可する方法、両方のアカウントの許可が必要な理由、そして多くの顧客を持つベンダーに許可するときに sts:ExternalId が混乱した代理問題をどう防ぐかを学びます。',
  },
  explanation: {
    en: `Example Corp, a cost-analysis vendor with the AWS account 444455556666, reads our cost reports from an S3 bucket. Instead of handing it access keys, we create a role in our account, 111122223333, whose trust policy names Example Corp's account. Example Corp's service calls sts:AssumeRole and works with temporary credentials that expire on their own.

A cross-account request needs both sides. Our trust policy must admit the vendor's account, and in the vendor's account, the user or role making the call must have an identity policy that allows sts:AssumeRole on our role. Naming the account (arn:aws:iam::444455556666:root) delegates that second decision to the vendor.

The vendor's service acts for many customers, which makes it a possible confused deputy. Another customer could register our role's ARN as if it were theirs; without a further check, the vendor would assume our role on their behalf and show them our reports. The external ID is the check: the vendor generates a unique ID for each customer and always passes that customer's ID when assuming their role. Our trust policy accepts only our ID, so a call made for anyone else fails. The ID is not a password; it only tells the customers apart, and the vendor, not the customer, chooses it.`,
    ja: `コスト分析ベンダーの Example Corp (AWS アカウント 444455556666) は、私たちの S3 バケットからコストレポートを読み取ります。アクセスキーを渡す代わりに、私たちのアカウント 111122223333 にロールを作り、その信頼ポリシーに Example Corp のアカウントを指定します。Example Corp のサービスは sts:AssumeRole を呼び出し、時間がたてば自動で失効する一時的な認証情報で作業します。

クロスアカウントのリクエストには双方の許可が必要です。私たちの信頼ポリシーがベンダーのアカウントを認めていること、そしてベンダーのアカウントで呼び出しを行うユーザーやロールに、このロールへの sts:AssumeRole を許可する ID ポリシーがあることです。アカウント (arn:aws:iam::444455556666:root) を指定すると、後者の判断はベンダーに任されます。

ベンダーのサービスは多くの顧客のために動くので、混乱した代理になるおそれがあります。ほかの顧客が私たちのロールの ARN を自分のものとして登録すると、ほかに確認がなければ、ベンダーはその顧客のために私たちのロールを引き受け、私たちのレポートを見せてしまいます。これを防ぐのが外部 ID です。ベンダーは顧客ごとに一意の ID を発行し、その顧客のロールを引き受けるときは必ずその ID を渡します。私たちの信頼ポリシーは私たちの ID しか受け付けないので、ほかの顧客のための呼び出しは失敗します。外部 ID はパスワードではなく顧客を区別するための値で、決めるのは顧客ではなくベンダーです。`,
  },
  scenario: {
    title: {
      en: 'Vendor account 444455556666 → cost reports in 111122223333',
      ja: 'ベンダーのアカウント 444455556666 → 111122223333 のコストレポート',
    },
    role: {
      name: 'ExampleCorpCostReportReader',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: TRUST_EN, ja: TRUST_JA },
      permissionPolicies: [
        {
          name: 'read-cost-reports',
          document: { en: READ_EN, ja: READ_JA },
        },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: {
        en: "Who asks: a role in the vendor's account",
        ja: '誰が: ベンダーのアカウントのロールが',
      },
      body: {
        en: "The principal is the account 444455556666. Whoever calls from it (Example Corp's service) also needs its own identity policy allowing sts:AssumeRole on this role: that part is the vendor's side.",
        ja: 'プリンシパルはアカウント 444455556666 です。実際に呼び出す側 (Example Corp のサービス) には、このロールへの sts:AssumeRole を許可する ID ポリシーも必要です。これはベンダー側で設定する部分です。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy: the account, and the external ID',
        ja: '信頼ポリシー: アカウントと外部 ID',
      },
      body: {
        en: "AllowExampleCorpWithExternalId admits the vendor account only if sts:ExternalId equals the value Example Corp assigned to us. A call without it, or with another customer's ID, does not match.",
        ja: 'AllowExampleCorpWithExternalId は、sts:ExternalId が Example Corp から割り当てられた値と一致するときだけベンダーのアカウントを認めます。外部 ID がない呼び出しや、ほかの顧客の ID での呼び出しは一致しません。',
      },
    },
    {
      kinds: ['sts'],
      title: {
        en: 'STS: AssumeRole with the ExternalId parameter',
        ja: 'STS: ExternalId パラメータ付きの AssumeRole',
      },
      body: {
        en: "The vendor's service calls AssumeRole with RoleArn set to our role and ExternalId set to our ID. STS evaluates our trust policy with that value as sts:ExternalId.",
        ja: 'ベンダーのサービスは、RoleArn に私たちのロール、ExternalId に私たちの ID を指定して AssumeRole を呼び出します。STS はこの値を sts:ExternalId として信頼ポリシーを評価します。',
      },
    },
    {
      kinds: ['credentials'],
      title: {
        en: 'Temporary credentials for the vendor',
        ja: 'ベンダーに渡る一時的な認証情報',
      },
      body: {
        en: "The vendor receives an ASIA… access key ID, a secret key and a session token, valid for one hour by default and never longer than the role's maximum session duration. Nothing long-lived ever leaves our account.",
        ja: 'ベンダーは ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークンを受け取ります。有効期間はデフォルトで 1 時間で、ロールの最大セッション時間を超えることはありません。長期的な認証情報は一切アカウントの外に出ません。',
      },
    },
    {
      kinds: ['permission-policy', 'action', 'resource'],
      title: {
        en: 'What the vendor may do: read the reports',
        ja: 'ベンダーにできること: レポートの読み取り',
      },
      body: {
        en: 'With the role, the vendor may list amzn-s3-demo-bucket and read objects under cur/. It cannot write, delete or read anything outside that prefix.',
        ja: 'ベンダーはこのロールで amzn-s3-demo-bucket を一覧し、cur/ の下のオブジェクトを読み取れます。書き込み、削除、そのプレフィックス以外の読み取りはできません。',
      },
    },
  ],
  questions: [
    {
      id: 'with-external-id',
      prompt: {
        en: "Example Corp's service, allowed by its own identity policy, calls AssumeRole with our external ID. Does it get in?",
        ja: 'Example Corp のサービスが、自分の ID ポリシーで許可されたうえで、私たちの外部 ID を指定して AssumeRole を呼び出します。引き受けられるでしょうか。',
      },
      who: VENDOR,
      action: 'sts:AssumeRole',
      resource: '',
      callerAllows: true,
      context: { 'sts:ExternalId': EXTERNAL_ID },
      expected: 'Allow',
      why: {
        en: "Both sides agree: the caller's identity policy allows sts:AssumeRole on the role, and the trust policy admits account 444455556666 with a matching sts:ExternalId.",
        ja: '双方が許可しています。呼び出し側の ID ポリシーがこのロールへの sts:AssumeRole を許可し、信頼ポリシーも一致する sts:ExternalId を持つアカウント 444455556666 を認めています。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_common-scenarios_third-party.html',
    },
    {
      id: 'without-external-id',
      prompt: {
        en: 'Another customer of Example Corp registers our role ARN as theirs, so the vendor calls AssumeRole for them, with no external ID of ours. Does it get in?',
        ja: 'Example Corp の別の顧客が、私たちのロールの ARN を自分のものとして登録しました。ベンダーはその顧客のために、私たちの外部 ID を付けずに AssumeRole を呼び出します。引き受けられるでしょうか。',
      },
      who: VENDOR,
      action: 'sts:AssumeRole',
      resource: '',
      callerAllows: true,
      expected: 'ImplicitDeny',
      why: {
        en: 'The caller is the right account and its own policy allows the call, but the condition on sts:ExternalId is not met: the key is absent, and a StringEquals condition on a missing key is false. No statement applies, so it is implicitly denied and the confused deputy is stopped.',
        ja: '呼び出し元のアカウントは正しく、呼び出し側のポリシーも許可していますが、sts:ExternalId の条件を満たしません。キーがリクエストになく、存在しないキーに対する StringEquals は false になるからです。適用されるステートメントがないので暗黙的な拒否となり、混乱した代理問題が防がれます。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    },
    {
      id: 'caller-not-allowed',
      prompt: {
        en: "A user in the vendor's account sends the correct external ID, but no identity policy in 444455556666 allows them sts:AssumeRole. Do they get in?",
        ja: 'ベンダーのアカウントのユーザーが正しい外部 ID を指定しましたが、アカウント 444455556666 にはこのユーザーに sts:AssumeRole を許可する ID ポリシーがありません。引き受けられるでしょうか。',
      },
      who: VENDOR,
      action: 'sts:AssumeRole',
      resource: '',
      callerAllows: false,
      context: { 'sts:ExternalId': EXTERNAL_ID },
      expected: 'ImplicitDeny',
      why: {
        en: "Across accounts, the trust policy alone is not enough. Because it names the account rather than this user, the caller's own account must also allow the request with an identity policy. Without one, it is implicitly denied.",
        ja: 'アカウントをまたぐ場合、信頼ポリシーだけでは足りません。信頼ポリシーはこのユーザーではなくアカウントを指定しているので、呼び出し側のアカウントでも ID ポリシーで許可されている必要があります。それがないため暗黙的な拒否になります。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
    },
  ],
  terms: ['principal', 'trust-policy', 'condition-key', 'confused-deputy', 'temporary-credentials'],
};
