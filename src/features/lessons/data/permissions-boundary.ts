/** Lesson 8: a permissions boundary caps what a developer-created role can ever do. */
import type { Lesson } from '../types';

const trustEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // A developer created this role for their Lambda function; Lambda assumes it each time the function runs
      "Principal": { "Service": "lambda.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const trustJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // 開発者が自分の Lambda 関数用に作成したロールです。関数が実行されるたびに Lambda がこのロールを引き受けます
      "Principal": { "Service": "lambda.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const broadEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DeveloperWroteThis",
      "Effect": "Allow",
      // Far too broad: every S3 action, and every IAM action including creating users and attaching policies
      "Action": ["s3:*", "iam:*"],
      // On every resource in the account
      "Resource": "*"
    }
  ]
}`;

const broadJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "DeveloperWroteThis",
      "Effect": "Allow",
      // 広すぎる許可です。S3 のすべてのアクションに加え、ユーザーの作成やポリシーのアタッチを含む IAM のすべてのアクション
      "Action": ["s3:*", "iam:*"],
      // アカウント内のすべてのリソースが対象です
      "Resource": "*"
    }
  ]
}`;

const boundaryEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AtMostS3AndCloudWatchReads",
      "Effect": "Allow",
      // The platform team's ceiling for roles developers create: S3 and CloudWatch reads, nothing else.
      // A boundary grants nothing by itself; it only marks the limit the permission policies can reach.
      "Action": [
        "s3:Get*",
        "s3:List*",
        "cloudwatch:Describe*",
        "cloudwatch:Get*",
        "cloudwatch:List*"
      ],
      "Resource": "*"
    }
  ]
}`;

const boundaryJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AtMostS3AndCloudWatchReads",
      "Effect": "Allow",
      // 開発者が作るロールに対してプラットフォームチームが定めた上限です。S3 と CloudWatch の読み取りだけです。
      // 境界そのものは何も許可しません。許可ポリシーが届く範囲の上限を示すだけです
      "Action": [
        "s3:Get*",
        "s3:List*",
        "cloudwatch:Describe*",
        "cloudwatch:Get*",
        "cloudwatch:List*"
      ],
      "Resource": "*"
    }
  ]
}`;

export const lesson: Lesson = {
  id: 'permissions-boundary',
  title: {
    en: 'A permissions boundary caps a developer’s role',
    ja: 'アクセス許可の境界で開発者のロールに上限を設ける',
  },
  summary: {
    en: 'How a permissions boundary lets developers create their own roles safely: whatever the role’s permission policy says, it can only do what both the policy and the boundary allow.',
    ja: 'アクセス許可の境界を使うと、開発者に自分でロールを作らせても安全になる理由を学びます。許可ポリシーに何が書かれていても、ロールにできるのは許可ポリシーと境界の両方が許可することだけです。',
  },
  explanation: {
    en: `The platform team wants developers to create roles for their own Lambda functions without waiting for a review, but without letting anyone hand out more power than they are meant to have. So it allows iam:CreateRole only when a managed policy, DeveloperBoundary, is set as the new role’s permissions boundary. Here a developer has created such a role and attached a policy that allows every S3 and every IAM action on every resource.

A permissions boundary is a managed policy that sets the maximum permissions an identity-based policy can give a user or a role. It grants nothing by itself. A request is allowed only if a permission policy allows it and the boundary allows it too: the effective permissions are the intersection of the two. Here that intersection is S3 and CloudWatch reads, and of those only the S3 reads, because nothing in the permission policy mentions CloudWatch.

So the broad iam:* in the permission policy is harmless: creating a user or attaching AdministratorAccess to the role itself is outside the boundary, and the request is implicitly denied. An explicit Deny in any policy would still win over everything, but it is not needed here: staying silent is enough for the boundary to stop a request.`,
    ja: `プラットフォームチームは、開発者がレビューを待たずに自分の Lambda 関数用のロールを作れるようにしたいと考えています。ただし、本来持つべき以上の権限を誰かが配れてしまうのは困ります。そこで、DeveloperBoundary という管理ポリシーを新しいロールのアクセス許可の境界に設定した場合に限り、iam:CreateRole を許可しています。この例では、開発者がそのようなロールを作成し、すべてのリソースに対する S3 と IAM のすべてのアクションを許可するポリシーをアタッチしました。

アクセス許可の境界は、アイデンティティベースのポリシーがユーザーやロールに与えられる権限の上限を定める管理ポリシーです。境界そのものは何も許可しません。リクエストが許可されるのは、許可ポリシーが許可し、かつ境界も許可する場合だけです。つまり、実際に有効な権限は両者の共通部分です。この例では、共通部分は S3 と CloudWatch の読み取りのうち S3 の読み取りだけになります。許可ポリシーには CloudWatch がまったく登場しないからです。

そのため、許可ポリシーにある広い iam:* は実害を生みません。ユーザーの作成や、ロール自身への AdministratorAccess のアタッチは境界の外にあり、リクエストは暗黙的に拒否されます。どのポリシーであっても明示的な拒否 (Deny) はすべてに優先しますが、ここでは必要ありません。境界が許可していないというだけで、リクエストは止まります。`,
  },
  scenario: {
    title: {
      en: 'A developer’s Lambda role inside DeveloperBoundary',
      ja: 'DeveloperBoundary の内側にある開発者の Lambda ロール',
    },
    role: {
      name: 'OrdersReportFunctionRole',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: trustEn, ja: trustJa },
      permissionPolicies: [
        { name: 'OrdersReportDevAccess', document: { en: broadEn, ja: broadJa } },
      ],
      permissionsBoundary: { en: boundaryEn, ja: boundaryJa },
    },
  },
  steps: [
    {
      kinds: ['principal', 'trust-policy'],
      title: { en: 'Lambda assumes the role', ja: 'Lambda がロールを引き受ける' },
      body: {
        en: 'The trust policy admits lambda.amazonaws.com, as for any function’s execution role. Nothing about the boundary happens here: a boundary limits what the role can do, not who can assume it.',
        ja: '信頼ポリシーは、通常の関数の実行ロールと同じく lambda.amazonaws.com を信頼しています。ここでは境界は関係しません。境界が制限するのはロールにできることで、誰がロールを引き受けられるかではありません。',
      },
    },
    {
      kinds: ['sts', 'credentials'],
      title: { en: 'A session like any other', ja: 'ほかと変わらないセッション' },
      body: {
        en: 'STS issues the function temporary credentials for one hour. Every request they sign is checked against the permission policy and the boundary together.',
        ja: 'STS は関数に 1 時間有効な一時的な認証情報を発行します。その認証情報で署名されたリクエストは、すべて許可ポリシーと境界の両方に照らして評価されます。',
      },
    },
    {
      kinds: ['permission-policy'],
      title: { en: 'The developer’s broad policy', ja: '開発者が書いた広すぎるポリシー' },
      body: {
        en: 'OrdersReportDevAccess allows s3:* and iam:* on every resource. Read on its own, it would let the function create users and give itself administrator access.',
        ja: 'OrdersReportDevAccess は、すべてのリソースに対して s3:* と iam:* を許可しています。これだけを見れば、関数がユーザーを作成したり、自分に管理者権限を与えたりできてしまいます。',
      },
    },
    {
      kinds: ['role', 'boundary'],
      title: { en: 'The boundary sets the ceiling', ja: '境界が上限を決める' },
      body: {
        en: 'DeveloperBoundary is attached to the role as its permissions boundary. It allows only S3 and CloudWatch reads, so only requests inside both this and the permission policy can succeed.',
        ja: 'DeveloperBoundary は、アクセス許可の境界としてロールに設定されています。許可しているのは S3 と CloudWatch の読み取りだけなので、成功するのは境界と許可ポリシーの両方の内側にあるリクエストだけです。',
      },
    },
    {
      kinds: ['service', 'action'],
      title: { en: 'The intersection', ja: '共通部分' },
      body: {
        en: 'S3 reads such as GetObject are inside both and are allowed. S3 writes and every IAM action are allowed by the policy but not by the boundary, so they are implicitly denied.',
        ja: 'GetObject などの S3 の読み取りは両方の内側にあるため許可されます。S3 への書き込みと IAM のすべてのアクションは、許可ポリシーでは許可されていても境界では許可されていないため、暗黙的に拒否されます。',
      },
    },
  ],
  questions: [
    {
      id: 'read-config',
      prompt: {
        en: 'The function reads its configuration: s3:GetObject on arn:aws:s3:::examplecorp-orders/config/report.json. Allowed?',
        ja: '関数が設定ファイルを読み込みます (arn:aws:s3:::examplecorp-orders/config/report.json への s3:GetObject)。許可されますか?',
      },
      who: { kind: 'session' },
      action: 's3:GetObject',
      resource: 'arn:aws:s3:::examplecorp-orders/config/report.json',
      expected: 'Allow',
      why: {
        en: 's3:* in the permission policy covers it, and s3:Get* in the boundary covers it too. The request is inside the intersection, so it is allowed.',
        ja: '許可ポリシーの s3:* にも、境界の s3:Get* にも含まれます。リクエストが共通部分の内側にあるので、許可されます。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    },
    {
      id: 'escalate',
      prompt: {
        en: 'The function calls iam:AttachRolePolicy on its own role, arn:aws:iam::111122223333:role/OrdersReportFunctionRole, to attach AdministratorAccess. The permission policy allows iam:*. Allowed?',
        ja: '関数が自分自身のロール arn:aws:iam::111122223333:role/OrdersReportFunctionRole に対して iam:AttachRolePolicy を呼び出し、AdministratorAccess をアタッチしようとしました。許可ポリシーは iam:* を許可しています。許可されますか?',
      },
      who: { kind: 'session' },
      action: 'iam:AttachRolePolicy',
      resource: 'arn:aws:iam::111122223333:role/OrdersReportFunctionRole',
      expected: 'ImplicitDeny',
      why: {
        en: 'The permission policy allows it, but the boundary does not: it has no IAM action at all. Both must allow, so the request is implicitly denied — no Deny statement is needed. This is what keeps a developer’s role from promoting itself.',
        ja: '許可ポリシーでは許可されていますが、境界では許可されていません。境界には IAM のアクションが 1 つもないからです。両方が許可する必要があるため、リクエストは暗黙的に拒否されます。Deny ステートメントは必要ありません。これによって、開発者のロールが自分で権限を広げることを防げます。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    },
    {
      id: 'boundary-grants-nothing',
      prompt: {
        en: 'The boundary allows cloudwatch:Get*. Can the function call cloudwatch:GetMetricData (resource *)?',
        ja: '境界は cloudwatch:Get* を許可しています。関数は cloudwatch:GetMetricData (リソースは *) を呼び出せますか?',
      },
      who: { kind: 'session' },
      action: 'cloudwatch:GetMetricData',
      resource: '*',
      expected: 'ImplicitDeny',
      why: {
        en: 'A boundary never grants: it only limits. No permission policy of the role allows any CloudWatch action, so there is nothing for the boundary to let through, and the request is implicitly denied.',
        ja: '境界は権限を与えるものではなく、制限するだけです。ロールのどの許可ポリシーも CloudWatch のアクションを許可していないので、境界が通せるものが何もなく、リクエストは暗黙的に拒否されます。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/access_policies_boundaries.html',
    },
  ],
  terms: [
    'permissions-boundary',
    'permission-policy',
    'managed-vs-inline-policy',
    'explicit-vs-implicit-deny',
    'role',
  ],
};
