/** Lesson 7: the same permissions, held by an IAM user with access keys or reached through a role. */
import type { Lesson } from '../types';

const ROLE_ARN = 'arn:aws:iam::111122223333:role/ReportUploaderRole';

const trustEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // The app now runs on an EC2 instance; EC2 asks STS for the role's credentials on its behalf
      "Principal": { "Service": "ec2.amazonaws.com" },
      // Assuming a role always goes through STS, which is what an IAM user's access keys never do
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const trustJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      // アプリは EC2 インスタンス上で動きます。EC2 がアプリに代わって STS にロールの認証情報を要求します
      "Principal": { "Service": "ec2.amazonaws.com" },
      // ロールの引き受けは必ず STS を通ります。IAM ユーザーのアクセスキーではこの段階がありません
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const policyEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListReports",
      "Effect": "Allow",
      // Exactly the policy the IAM user report-uploader had: moving to a role changes the credentials, not the permissions
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::examplecorp-app-data"
    },
    {
      "Sid": "ReadAndWriteReports",
      "Effect": "Allow",
      // Upload and read back reports, only under the reports/ prefix
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::examplecorp-app-data/reports/*"
    }
  ]
}`;

const policyJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListReports",
      "Effect": "Allow",
      // IAM ユーザー report-uploader に付けていたものとまったく同じポリシーです。ロールに移しても変わるのは認証情報で、権限は変わりません
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::examplecorp-app-data"
    },
    {
      "Sid": "ReadAndWriteReports",
      "Effect": "Allow",
      // レポートのアップロードと読み出し。reports/ プレフィックスの下だけです
      "Action": ["s3:PutObject", "s3:GetObject"],
      "Resource": "arn:aws:s3:::examplecorp-app-data/reports/*"
    }
  ]
}`;

export const lesson: Lesson = {
  id: 'user-vs-role',
  title: {
    en: 'IAM user or role: long-term keys vs temporary credentials',
    ja: 'IAM ユーザーとロール: 長期的なキーと一時的な認証情報',
  },
  summary: {
    en: 'Why an IAM user’s access keys (AKIA…) work until someone revokes them while a role’s credentials (ASIA…, with a session token) expire on their own, and why neither can do anything until a policy allows it.',
    ja: 'IAM ユーザーのアクセスキー (AKIA…) が無効にされるまで使い続けられるのに対し、ロールの認証情報 (ASIA…、セッショントークン付き) は期限が来ると自動的に失効する理由と、どちらもポリシーで許可されるまで何もできない理由を学びます。',
  },
  explanation: {
    en: `An IAM user is an identity with long-term credentials: a console password, access keys, or both. An access key ID starts with AKIA; together with its secret access key it signs API requests until the key is deactivated or deleted — there is no expiry and no STS in the way. Until now, the reporting app used the keys of the IAM user report-uploader, stored in a file on the server. Anyone who copies that file can act as report-uploader until an administrator deactivates the key.

Keys only say who is calling; that is authentication. What the caller may do is authorisation, and it comes from policies. A newly created IAM user can do nothing at all: every request is implicitly denied until a policy that allows it is attached. A role is the same: its permission policies are all it may do.

This scenario moves the app onto an EC2 instance and gives the same policy to a role. Nobody holds a key for the role. The instance, through its instance profile, has STS issue temporary credentials: an access key ID starting with ASIA, a secret access key, a session token that must accompany every request, and an expiry time. EC2 replaces them before they expire, and a stolen copy stops working on its own. The permissions are identical; what changed is how the credentials are obtained and how long they live.`,
    ja: `IAM ユーザーは、長期的な認証情報を持つ ID です。認証情報はコンソールのパスワードかアクセスキー、またはその両方です。アクセスキー ID は AKIA で始まり、シークレットアクセスキーと組み合わせて、キーが無効化または削除されるまで API リクエストに署名できます。有効期限はなく、途中に STS も入りません。これまでレポート用のアプリは、IAM ユーザー report-uploader のキーをサーバー上のファイルに保存して使っていました。そのファイルをコピーした人は、管理者がキーを無効にするまで report-uploader として操作できてしまいます。

キーが示すのは「誰が呼び出しているか」だけで、これが認証です。呼び出し元に何ができるかは認可であり、ポリシーで決まります。作成したばかりの IAM ユーザーは何もできません。許可するポリシーをアタッチするまで、すべてのリクエストが暗黙的に拒否されます。ロールも同じで、許可ポリシーに書かれたことしかできません。

このシナリオでは、アプリを EC2 インスタンスに移し、同じポリシーをロールに付けています。ロールのキーを持っている人はいません。インスタンスはインスタンスプロファイルを通して STS に一時的な認証情報を発行させます。その中身は、ASIA で始まるアクセスキー ID、シークレットアクセスキー、毎回のリクエストに添えるセッショントークン、そして有効期限です。EC2 は期限が来る前に新しい認証情報に入れ替えます。また、認証情報が盗まれたとしても、期限が来れば使えなくなります。権限はまったく同じで、変わったのは認証情報の入手方法と寿命です。`,
  },
  scenario: {
    title: {
      en: 'From an IAM user’s keys to a role on EC2',
      ja: 'IAM ユーザーのキーから EC2 のロールへ',
    },
    role: {
      name: 'ReportUploaderRole',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: trustEn, ja: trustJa },
      permissionPolicies: [
        { name: 'ReportUploadAccess', document: { en: policyEn, ja: policyJa } },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal', 'instance-profile'],
      title: { en: 'Who asks: the instance, not a person', ja: '誰が: 人ではなくインスタンス' },
      body: {
        en: 'With an IAM user, the app itself was the identity and carried its keys. Here the principal is the EC2 service, reaching the role through the instance’s instance profile; no key is written on the server.',
        ja: 'IAM ユーザーの場合は、アプリ自身が ID であり、キーを持ち歩いていました。ここでのプリンシパルは EC2 サービスで、インスタンスのインスタンスプロファイルを通してロールに到達します。サーバーにキーを書き込む必要はありません。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: { en: 'A role needs someone it trusts', ja: 'ロールには信頼する相手が必要' },
      body: {
        en: 'A user signs in as itself. A role has no password or keys: it can only be assumed, and its trust policy says by whom — here, only ec2.amazonaws.com.',
        ja: 'ユーザーは自分自身としてサインインします。ロールにはパスワードもキーもなく、引き受けてもらうことでしか使えません。誰が引き受けられるかは信頼ポリシーが決めます。ここでは ec2.amazonaws.com だけです。',
      },
    },
    {
      kinds: ['sts'],
      title: { en: 'STS: the step a user never takes', ja: 'STS: ユーザーにはない段階' },
      body: {
        en: 'An IAM user’s request goes straight to the service with its long-term key. A role’s session starts with sts:AssumeRole, and STS decides how long it lasts, up to the role’s maximum session duration (one hour here).',
        ja: 'IAM ユーザーのリクエストは、長期的なキーで直接サービスに届きます。ロールのセッションは sts:AssumeRole から始まり、その長さは STS が決めます。上限はロールの最大セッション時間で、ここでは 1 時間です。',
      },
    },
    {
      kinds: ['credentials'],
      title: { en: 'ASIA… with a token and an expiry', ja: 'ASIA… とトークンと有効期限' },
      body: {
        en: 'Compare with the user’s AKIA key: these credentials start with ASIA, come with a session token that every request must include, and carry an Expiration. After it, they are worthless and EC2 fetches new ones.',
        ja: 'ユーザーの AKIA で始まるキーと比べてみましょう。この認証情報は ASIA で始まり、すべてのリクエストに含めるセッショントークンが付き、Expiration (有効期限) があります。期限を過ぎると使えなくなり、EC2 が新しいものを取得します。',
      },
    },
    {
      kinds: ['role', 'permission-policy'],
      title: { en: 'The same policy, now on a role', ja: '同じポリシーをロールに' },
      body: {
        en: 'ReportUploadAccess is the policy report-uploader had. Without it, the role — like a fresh user — could do nothing; with it, both can do exactly the same things.',
        ja: 'ReportUploadAccess は report-uploader に付いていたポリシーです。これがなければ、ロールも作成直後のユーザーと同じく何もできません。これがあれば、どちらもまったく同じことができます。',
      },
    },
    {
      kinds: ['action', 'resource'],
      title: { en: 'What the credentials may sign', ja: '認証情報で署名できるリクエスト' },
      body: {
        en: 'Listing the bucket, and reading and uploading objects under reports/. Anything else, such as deleting a report, is implicitly denied whichever kind of credentials signs it.',
        ja: 'バケットの一覧表示と、reports/ の下のオブジェクトの読み取りとアップロードです。レポートの削除など、それ以外のリクエストは、どちらの種類の認証情報で署名しても暗黙的に拒否されます。',
      },
    },
  ],
  questions: [
    {
      id: 'upload-with-asia',
      prompt: {
        en: 'The app now signs with the role’s ASIA… credentials and session token instead of the user’s AKIA… key. Can it still upload arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv (s3:PutObject)?',
        ja: 'アプリはユーザーの AKIA… キーではなく、ロールの ASIA… の認証情報とセッショントークンで署名するようになりました。これまでどおり arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv をアップロード (s3:PutObject) できますか?',
      },
      who: { kind: 'session' },
      action: 's3:PutObject',
      resource: 'arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv',
      expected: 'Allow',
      why: {
        en: 'What a request may do depends on the policies of the identity behind it, not on whether its credentials are long-term or temporary. The role’s permission policy allows s3:PutObject under reports/, so the upload is allowed, just as it was for the user.',
        ja: 'リクエストで何ができるかは、その背後にある ID のポリシーで決まります。認証情報が長期的か一時的かは関係ありません。ロールの許可ポリシーは reports/ の下への s3:PutObject を許可しているので、ユーザーのときと同じくアップロードは許可されます。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
    {
      id: 'old-user-assumes',
      prompt: {
        en: 'The old IAM user arn:aws:iam::111122223333:user/report-uploader still has its keys, and its own policy allows sts:AssumeRole on this role. It calls sts:AssumeRole on ReportUploaderRole. Does it get the role’s credentials?',
        ja: '以前の IAM ユーザー arn:aws:iam::111122223333:user/report-uploader はまだキーを持っており、自身のポリシーでこのロールへの sts:AssumeRole も許可されています。このユーザーが ReportUploaderRole に対して sts:AssumeRole を呼び出しました。ロールの認証情報を受け取れますか?',
      },
      who: { kind: 'typed', text: 'arn:aws:iam::111122223333:user/report-uploader' },
      action: 'sts:AssumeRole',
      resource: ROLE_ARN,
      callerAllows: true,
      expected: 'ImplicitDeny',
      why: {
        en: 'Permission to call sts:AssumeRole is not enough: the role’s trust policy must also name the caller. It names only ec2.amazonaws.com, so the user is not trusted and the request is implicitly denied. Being an IAM user with valid keys does not make it a trusted principal.',
        ja: 'sts:AssumeRole を呼び出す権限だけでは足りません。ロールの信頼ポリシーが呼び出し元を指定している必要があります。信頼ポリシーが指定しているのは ec2.amazonaws.com だけなので、このユーザーは信頼されておらず、リクエストは暗黙的に拒否されます。有効なキーを持つ IAM ユーザーだからといって、信頼されたプリンシパルになるわけではありません。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html',
    },
    {
      id: 'delete-report',
      prompt: {
        en: 'A bug makes the app call s3:DeleteObject on arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv. Allowed?',
        ja: '不具合により、アプリが arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv に対して s3:DeleteObject を呼び出しました。許可されますか?',
      },
      who: { kind: 'session' },
      action: 's3:DeleteObject',
      resource: 'arn:aws:s3:::examplecorp-app-data/reports/2025-01.csv',
      expected: 'ImplicitDeny',
      why: {
        en: 'Nothing grants s3:DeleteObject. Requests start out denied, and only an Allow in a policy changes that, so this one is implicitly denied — exactly as it would have been for the IAM user, which also could do nothing its policies did not allow.',
        ja: 's3:DeleteObject を許可しているものはありません。リクエストは最初から拒否された状態にあり、ポリシーの Allow だけがそれを変えられます。そのためこのリクエストは暗黙的に拒否されます。IAM ユーザーのときもポリシーで許可されたこと以外はできなかったので、結果はまったく同じです。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
  ],
  terms: [
    'iam-user',
    'access-key',
    'role',
    'sts',
    'session',
    'temporary-credentials',
    'instance-profile',
    'trust-policy',
    'permission-policy',
    'explicit-vs-implicit-deny',
  ],
};
