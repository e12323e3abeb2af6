/** Lesson 9: a service control policy keeps every role of an account inside two Regions. */
import type { Lesson } from '../types';

const INSTANCE_TOKYO = 'arn:aws:ec2:ap-northeast-1:444455556666:instance/i-0abcd1234efgh5678';
const INSTANCE_FRANKFURT = 'arn:aws:ec2:eu-central-1:444455556666:instance/i-0123456789abcdef0';

const trustEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // A scheduler function that starts instances in the morning and stops them at night
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
      // 朝にインスタンスを起動し、夜に停止するスケジューラーの Lambda 関数です
      "Principal": { "Service": "lambda.amazonaws.com" },
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const policyEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FindInstances",
      "Effect": "Allow",
      // Describe actions do not support resource-level permissions, so the resource is "*"
      "Action": "ec2:DescribeInstances",
      "Resource": "*"
    },
    {
      "Sid": "StartAndStopInstances",
      "Effect": "Allow",
      "Action": ["ec2:StartInstances", "ec2:StopInstances"],
      // "*" in the Region field: the policy itself allows these in every Region
      "Resource": "arn:aws:ec2:*:444455556666:instance/*"
    }
  ]
}`;

const policyJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FindInstances",
      "Effect": "Allow",
      // Describe 系のアクションはリソースレベルのアクセス許可に対応していないため、リソースは "*" です
      "Action": "ec2:DescribeInstances",
      "Resource": "*"
    },
    {
      "Sid": "StartAndStopInstances",
      "Effect": "Allow",
      "Action": ["ec2:StartInstances", "ec2:StopInstances"],
      // リージョンの部分が "*" なので、このポリシー自体はすべてのリージョンで許可しています
      "Resource": "arn:aws:ec2:*:444455556666:instance/*"
    }
  ]
}`;

const scpEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FullAWSAccess",
      "Effect": "Allow",
      // What the default FullAWSAccess SCP says. It grants no one anything: it only lets the account's own policies take effect
      "Action": "*",
      "Resource": "*"
    },
    {
      "Sid": "DenyAllOutsideAllowedRegions",
      "Effect": "Deny",
      // Global services are exempt: their requests are served from us-east-1 or carry no Region you would choose
      "NotAction": [
        "budgets:*",
        "ce:*",
        "cloudfront:*",
        "globalaccelerator:*",
        "health:*",
        "iam:*",
        "organizations:*",
        "route53:*",
        "s3:ListAllMyBuckets",
        "sts:*",
        "support:*",
        "trustedadvisor:*"
      ],
      "Resource": "*",
      "Condition": {
        // aws:RequestedRegion is the Region the request is sent to; anything but Tokyo and N. Virginia is denied
        "StringNotEquals": { "aws:RequestedRegion": ["ap-northeast-1", "us-east-1"] }
      }
    }
  ]
}`;

const scpJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "FullAWSAccess",
      "Effect": "Allow",
      // デフォルトの FullAWSAccess SCP と同じ内容です。誰にも何も付与しません。アカウント側のポリシーを有効にするだけです
      "Action": "*",
      "Resource": "*"
    },
    {
      "Sid": "DenyAllOutsideAllowedRegions",
      "Effect": "Deny",
      // グローバルサービスは対象外にします。リクエストが us-east-1 で処理されるか、利用者がリージョンを選べないためです
      "NotAction": [
        "budgets:*",
        "ce:*",
        "cloudfront:*",
        "globalaccelerator:*",
        "health:*",
        "iam:*",
        "organizations:*",
        "route53:*",
        "s3:ListAllMyBuckets",
        "sts:*",
        "support:*",
        "trustedadvisor:*"
      ],
      "Resource": "*",
      "Condition": {
        // aws:RequestedRegion はリクエストの送信先リージョンです。東京とバージニア北部以外はすべて拒否します
        "StringNotEquals": { "aws:RequestedRegion": ["ap-northeast-1", "us-east-1"] }
      }
    }
  ]
}`;

export const lesson: Lesson = {
  id: 'scp-guardrail',
  title: {
    en: 'An SCP keeps the account in two Regions',
    ja: 'SCP でアカウントを 2 つのリージョンに限定する',
  },
  summary: {
    en: 'How a service control policy from AWS Organizations sets a guardrail that no role in the account can step over: its explicit Deny beats any Allow, and it never grants anything itself.',
    ja: 'AWS Organizations のサービスコントロールポリシー (SCP) が、アカウント内のどのロールも越えられないガードレールになる仕組みを学びます。SCP の明示的な拒否はどの Allow よりも優先され、SCP 自体は何も許可しません。',
  },
  explanation: {
    en: `ExampleCorp runs its workloads only in Tokyo (ap-northeast-1), plus us-east-1 where global services live. Rather than trusting every team to write region-aware policies, the organization’s administrators attach a service control policy (SCP) to the workload accounts. An SCP applies to every IAM user and role in the account — even to administrators — but not to the management account, and not to service-linked roles.

This role’s own policy allows starting and stopping instances in every Region. The SCP adds a Deny for every action outside the two allowed Regions, tested with aws:RequestedRegion, the Region the request is sent to. The NotAction list exempts global services such as IAM, CloudFront and Route 53, whose requests are served from us-east-1 and would otherwise be blocked by mistake. An explicit Deny beats any Allow, wherever each is written, so a request to Frankfurt fails no matter what the role’s policies say.

An SCP never grants. Every level in the organization must allow an action — that is the job of the default FullAWSAccess policy, written here as the first statement — and after that, the account’s own policies still have to allow it. SCPs only take away.`,
    ja: `ExampleCorp はワークロードを東京リージョン (ap-northeast-1) と、グローバルサービスがある us-east-1 だけで運用しています。各チームがリージョンを意識したポリシーを書くことに頼る代わりに、組織の管理者はワークロード用のアカウントにサービスコントロールポリシー (SCP) をアタッチしています。SCP は、管理者を含むアカウント内のすべての IAM ユーザーとロールに適用されます。ただし、管理アカウントとサービスリンクロールには適用されません。

このロール自身のポリシーは、すべてのリージョンでインスタンスの起動と停止を許可しています。SCP は、許可された 2 つのリージョン以外へのすべてのアクションを拒否する Deny を加えます。判定には、リクエストの送信先リージョンを表す aws:RequestedRegion を使います。NotAction の一覧では、IAM、CloudFront、Route 53 などのグローバルサービスを除外しています。これらのリクエストは us-east-1 で処理されるため、除外しないと誤って止めてしまうことがあるからです。明示的な拒否は、どこに書かれていてもあらゆる Allow に優先します。そのため、フランクフルトへのリクエストは、ロールのポリシーに何が書かれていても失敗します。

SCP は決して権限を付与しません。組織のすべての階層でアクションが許可されている必要があり、その役割を担うのがデフォルトの FullAWSAccess ポリシーです (ここでは最初のステートメントとして書いています)。そのうえで、アカウント側のポリシーでも許可されている必要があります。SCP にできるのは権限を取り除くことだけです。`,
  },
  scenario: {
    title: {
      en: 'Instance scheduler under a Region-restricting SCP',
      ja: 'リージョンを制限する SCP の下で動くインスタンススケジューラー',
    },
    role: {
      name: 'InstanceSchedulerRole',
      account: '444455556666',
      maxSessionDuration: 3600,
      trustPolicy: { en: trustEn, ja: trustJa },
      permissionPolicies: [
        { name: 'StartStopInstances', document: { en: policyEn, ja: policyJa } },
      ],
    },
    scps: [{ en: scpEn, ja: scpJa }],
  },
  steps: [
    {
      kinds: ['principal', 'trust-policy'],
      title: { en: 'The scheduler function', ja: 'スケジューラー関数' },
      body: {
        en: 'lambda.amazonaws.com assumes InstanceSchedulerRole whenever the scheduler runs. The SCP plays no part in this trust policy check; it applies to what the role does afterwards.',
        ja: 'スケジューラーが実行されるたびに、lambda.amazonaws.com が InstanceSchedulerRole を引き受けます。この信頼ポリシーの判定に SCP は関わりません。SCP が効くのは、その後ロールが行う操作です。',
      },
    },
    {
      kinds: ['sts', 'credentials'],
      title: { en: 'Credentials for one hour', ja: '1 時間有効な認証情報' },
      body: {
        en: 'STS issues temporary credentials for the role’s session. Each request they sign is evaluated against the role’s policies and against the SCPs of the account.',
        ja: 'STS がロールのセッション用の一時的な認証情報を発行します。その認証情報で署名されたリクエストは、ロールのポリシーとアカウントの SCP の両方に照らして評価されます。',
      },
    },
    {
      kinds: ['permission-policy'],
      title: { en: 'The role allows every Region', ja: 'ロールはすべてのリージョンを許可している' },
      body: {
        en: 'StartStopInstances puts * in the Region field of the instance ARN. Seen from the account alone, the scheduler could start instances anywhere in the world.',
        ja: 'StartStopInstances では、インスタンス ARN のリージョンの部分が * になっています。アカウントの中だけを見れば、スケジューラーは世界中どこででもインスタンスを起動できてしまいます。',
      },
    },
    {
      kinds: ['role', 'scp'],
      title: { en: 'The SCP draws the line', ja: 'SCP が線を引く' },
      body: {
        en: 'The SCP is applied to the whole account from the organization. Its Deny statement applies to every request outside ap-northeast-1 and us-east-1, except the global services it lists in NotAction.',
        ja: 'SCP は組織の側からアカウント全体に適用されます。Deny ステートメントは、NotAction に列挙したグローバルサービスを除き、ap-northeast-1 と us-east-1 以外へのすべてのリクエストに適用されます。',
      },
    },
    {
      kinds: ['action', 'resource'],
      title: { en: 'Same action, different Region', ja: '同じアクションでもリージョンで変わる' },
      body: {
        en: 'Starting an instance in Tokyo passes both the role’s policy and the SCP. The very same call sent to eu-central-1 meets the SCP’s explicit Deny and is refused.',
        ja: '東京でのインスタンスの起動は、ロールのポリシーと SCP の両方を通過します。まったく同じ呼び出しでも、eu-central-1 に送られると SCP の明示的な拒否に当たって拒否されます。',
      },
    },
  ],
  questions: [
    {
      id: 'start-in-tokyo',
      prompt: {
        en: 'In the morning the scheduler calls ec2:StartInstances on an instance in Tokyo (aws:RequestedRegion = ap-northeast-1). Allowed?',
        ja: '朝、スケジューラーが東京のインスタンスに対して ec2:StartInstances を呼び出します (aws:RequestedRegion = ap-northeast-1)。許可されますか?',
      },
      who: { kind: 'session' },
      action: 'ec2:StartInstances',
      resource: INSTANCE_TOKYO,
      context: { 'aws:RequestedRegion': 'ap-northeast-1' },
      expected: 'Allow',
      why: {
        en: 'The role’s policy allows the action, the SCP’s first statement allows everything, and its Deny does not apply because ap-northeast-1 is one of the listed Regions. Every layer allows, so the request is allowed.',
        ja: 'ロールのポリシーはこのアクションを許可し、SCP の最初のステートメントはすべてを許可しています。ap-northeast-1 は列挙されたリージョンの 1 つなので、Deny は当てはまりません。すべての層が許可しているので、リクエストは許可されます。',
      },
      source:
        'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_evaluation.html',
    },
    {
      id: 'start-in-frankfurt',
      prompt: {
        en: 'Someone tags an instance in Frankfurt for the scheduler, which calls ec2:StartInstances there (aws:RequestedRegion = eu-central-1). The role’s policy allows every Region. Allowed?',
        ja: '誰かがフランクフルトのインスタンスをスケジューラーの対象にしたため、スケジューラーがそこで ec2:StartInstances を呼び出しました (aws:RequestedRegion = eu-central-1)。ロールのポリシーはすべてのリージョンを許可しています。許可されますか?',
      },
      who: { kind: 'session' },
      action: 'ec2:StartInstances',
      resource: INSTANCE_FRANKFURT,
      context: { 'aws:RequestedRegion': 'eu-central-1' },
      expected: 'ExplicitDeny',
      why: {
        en: 'eu-central-1 is not one of the allowed Regions and ec2 is not exempted in NotAction, so the SCP’s Deny statement applies. An explicit Deny overrides every Allow, including the role’s own, so the request is explicitly denied.',
        ja: 'eu-central-1 は許可されたリージョンではなく、ec2 は NotAction で除外されていないため、SCP の Deny ステートメントが当てはまります。明示的な拒否はロール自身のものを含むすべての Allow に優先するので、リクエストは明示的に拒否されます。',
      },
      source:
        'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps_examples_general.html',
    },
    {
      id: 'scp-grants-nothing',
      prompt: {
        en: 'The SCP allows "*" in its first statement. Can the scheduler create a bucket in Tokyo: s3:CreateBucket on arn:aws:s3:::examplecorp-scheduler-logs (aws:RequestedRegion = ap-northeast-1)?',
        ja: 'SCP の最初のステートメントは "*" を許可しています。スケジューラーは東京でバケットを作成できますか (arn:aws:s3:::examplecorp-scheduler-logs への s3:CreateBucket、aws:RequestedRegion = ap-northeast-1)?',
      },
      who: { kind: 'session' },
      action: 's3:CreateBucket',
      resource: 'arn:aws:s3:::examplecorp-scheduler-logs',
      context: { 'aws:RequestedRegion': 'ap-northeast-1' },
      expected: 'ImplicitDeny',
      why: {
        en: 'An SCP never grants permissions; it only sets the most an account’s principals may be allowed. The role’s policy has no S3 action, so nothing allows the request and it is implicitly denied, even though the SCP lets S3 through.',
        ja: 'SCP は権限を付与することはなく、アカウントのプリンシパルに許可できる上限を定めるだけです。ロールのポリシーには S3 のアクションがないので、リクエストを許可するものがなく、SCP が S3 を通していても暗黙的に拒否されます。',
      },
      source:
        'https://docs.aws.amazon.com/organizations/latest/userguide/orgs_manage_policies_scps.html',
    },
  ],
  terms: ['scp', 'explicit-vs-implicit-deny', 'condition-key', 'permission-policy', 'role', 'rcp'],
};
