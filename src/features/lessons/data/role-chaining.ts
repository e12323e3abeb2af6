/** Lesson 10: one role assumes another (role chaining), and the one-hour cap that comes with it. */
import type { Lesson } from '../types';

const CI_RUNNER = 'arn:aws:iam::111122223333:role/CI-Runner';
const ROLE_ARN = 'arn:aws:iam::111122223333:role/ProductionDeployRole';

const trustEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OnlyTheCIRunner",
      "Effect": "Allow",
      // Another role: the role of the CI build machines. Its sessions assume this role, so every session here is chained
      "Principal": { "AWS": "${CI_RUNNER}" },
      // A chained session lasts one hour at most, whatever this role's maximum session duration says
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const trustJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OnlyTheCIRunner",
      "Effect": "Allow",
      // 別のロール、CI のビルドマシンのロールです。そのセッションがこのロールを引き受けるので、ここでのセッションはすべてロールの連鎖になります
      "Principal": { "AWS": "${CI_RUNNER}" },
      // 連鎖したセッションは、このロールの最大セッション時間の設定にかかわらず最長 1 時間です
      "Action": "sts:AssumeRole"
    }
  ]
}`;

const policyEn = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadBuildArtifacts",
      "Effect": "Allow",
      // Fetch the package the build produced
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::examplecorp-build-artifacts/orders-api/*"
    },
    {
      "Sid": "DeployOrdersApi",
      "Effect": "Allow",
      // Replace the production function's code and check the result; nothing else in production
      "Action": ["lambda:UpdateFunctionCode", "lambda:GetFunction"],
      "Resource": "arn:aws:lambda:ap-northeast-1:111122223333:function:orders-api"
    }
  ]
}`;

const policyJa = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ReadBuildArtifacts",
      "Effect": "Allow",
      // ビルドで作られたパッケージを取得します
      "Action": "s3:GetObject",
      "Resource": "arn:aws:s3:::examplecorp-build-artifacts/orders-api/*"
    },
    {
      "Sid": "DeployOrdersApi",
      "Effect": "Allow",
      // 本番の関数のコードを置き換え、結果を確認します。本番環境でできるのはこれだけです
      "Action": ["lambda:UpdateFunctionCode", "lambda:GetFunction"],
      "Resource": "arn:aws:lambda:ap-northeast-1:111122223333:function:orders-api"
    }
  ]
}`;

export const lesson: Lesson = {
  id: 'role-chaining',
  title: {
    en: 'Role chaining and the one-hour session',
    ja: 'ロールの連鎖と 1 時間のセッション',
  },
  summary: {
    en: 'What happens when a role, not a user, assumes another role: who the trust policy has to name, and why the session then lasts one hour at most, even when the role’s maximum session duration is twelve hours.',
    ja: 'ユーザーではなくロールが別のロールを引き受けると何が起きるかを学びます。信頼ポリシーで誰を指定する必要があるか、そしてロールの最大セッション時間が 12 時間でも、セッションが最長 1 時間になる理由を理解します。',
  },
  explanation: {
    en: `ExampleCorp’s build machines run on EC2 with the role CI-Runner. That role may build and test, but not touch production. To deploy, a build job uses its CI-Runner credentials to assume ProductionDeployRole, whose trust policy names exactly one principal: the role arn:aws:iam::111122223333:role/CI-Runner. A role assuming another role is called role chaining.

The trust policy names the role’s ARN, and any session of CI-Runner matches it, whatever its session name. The account id is part of that ARN: a role called CI-Runner in another account is a different principal and is not trusted. Another role in the same account, even one whose own policy allows sts:AssumeRole on every role, is refused too, because the trust policy does not name it.

MaxSessionDuration is set to 43200 seconds (12 hours) here, the largest value IAM accepts; the range is 1 to 12 hours. That maximum applies when a user, or an application with credentials that are not a role session, assumes the role with the AWS CLI or API. A chained session is capped at one hour no matter what: if the build job asks for a longer DurationSeconds, AssumeRole fails. A deployment that takes longer has to assume the role again before its credentials expire.`,
    ja: `ExampleCorp のビルドマシンは、CI-Runner というロールで EC2 上で動いています。このロールはビルドとテストはできますが、本番環境には手を出せません。デプロイするとき、ビルドジョブは CI-Runner の認証情報を使って ProductionDeployRole を引き受けます。ProductionDeployRole の信頼ポリシーが指定しているプリンシパルは、ロール arn:aws:iam::111122223333:role/CI-Runner ただ 1 つです。このように、ロールが別のロールを引き受けることをロールの連鎖 (ロールチェーン) と呼びます。

信頼ポリシーにはロールの ARN が書かれており、CI-Runner のセッションであればセッション名にかかわらず一致します。この ARN にはアカウント ID が含まれています。別のアカウントにある同じ名前の CI-Runner は別のプリンシパルであり、信頼されません。同じアカウントの別のロールも、たとえそのロール自身のポリシーがすべてのロールに対する sts:AssumeRole を許可していても、信頼ポリシーで指定されていないので拒否されます。

ここでは MaxSessionDuration を IAM が受け付ける最大値の 43200 秒 (12 時間) にしています。設定できる範囲は 1 時間から 12 時間です。ただし、この上限が使われるのは、ユーザーや、ロールのセッション以外の認証情報を持つアプリケーションが、AWS CLI や API でロールを引き受ける場合です。連鎖したセッションは、どう設定しても最長 1 時間に制限されます。ビルドジョブがそれより長い DurationSeconds を指定すると、AssumeRole は失敗します。デプロイにそれ以上かかる場合は、認証情報が期限切れになる前にもう一度ロールを引き受ける必要があります。`,
  },
  scenario: {
    title: {
      en: 'CI-Runner → ProductionDeployRole (role chaining)',
      ja: 'CI-Runner → ProductionDeployRole (ロールの連鎖)',
    },
    role: {
      name: 'ProductionDeployRole',
      account: '111122223333',
      maxSessionDuration: 43200,
      trustPolicy: { en: trustEn, ja: trustJa },
      permissionPolicies: [{ name: 'DeployOrdersApi', document: { en: policyEn, ja: policyJa } }],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: { en: 'Who asks: another role', ja: '誰が: 別のロール' },
      body: {
        en: 'The principal is the role CI-Runner. In practice the caller is one of its sessions, for example arn:aws:sts::111122223333:assumed-role/CI-Runner/build-1234, which already holds temporary credentials.',
        ja: 'プリンシパルはロール CI-Runner です。実際の呼び出し元はそのセッションの 1 つ、たとえば arn:aws:sts::111122223333:assumed-role/CI-Runner/build-1234 で、すでに一時的な認証情報を持っています。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: { en: 'Trusted by exact ARN', ja: 'ARN で厳密に信頼する' },
      body: {
        en: 'The statement OnlyTheCIRunner admits arn:aws:iam::111122223333:role/CI-Runner for sts:AssumeRole. A same-named role in another account, or any other role here, does not match.',
        ja: 'ステートメント OnlyTheCIRunner は、arn:aws:iam::111122223333:role/CI-Runner に sts:AssumeRole を許可しています。別のアカウントにある同じ名前のロールや、このアカウントのほかのロールは一致しません。',
      },
    },
    {
      kinds: ['sts'],
      title: { en: 'STS: chained, so one hour', ja: 'STS: 連鎖なので 1 時間' },
      body: {
        en: 'The STS node shows the role’s maximum, 12 hours (the most a user assuming it with the AWS CLI or API could ask for), and that a role assuming it gets at most one hour. The caller here is itself a role session, so this is role chaining and STS issues at most one hour; asking for more makes the call fail.',
        ja: 'STS のノードには、ロールの最大値である 12 時間 (ユーザーが AWS CLI や API でロールを引き受ける場合に要求できる上限) と、ロールから引き受けた場合は最長 1 時間であることが表示されています。ここでの呼び出し元はロールのセッションなので、ロールの連鎖にあたり、STS が発行するのは最長 1 時間です。それより長く要求すると呼び出しは失敗します。',
      },
    },
    {
      kinds: ['credentials'],
      title: { en: 'New credentials, new identity', ja: '新しい認証情報、新しい ID' },
      body: {
        en: 'The job now holds a second set of temporary credentials. Requests signed with them act as ProductionDeployRole only; CI-Runner’s permissions do not carry over.',
        ja: 'ジョブは 2 組目の一時的な認証情報を手にします。これで署名したリクエストは ProductionDeployRole としてだけ動作し、CI-Runner の権限は引き継がれません。',
      },
    },
    {
      kinds: ['permission-policy', 'action', 'resource'],
      title: { en: 'Deploy one function', ja: '1 つの関数をデプロイする' },
      body: {
        en: 'DeployOrdersApi lets the session read the build artifact and update the orders-api function in Tokyo. That is all production access the pipeline has.',
        ja: 'DeployOrdersApi により、このセッションはビルドの成果物を読み取り、東京リージョンの orders-api 関数を更新できます。パイプラインが本番環境に対して持つ権限はこれだけです。',
      },
    },
  ],
  questions: [
    {
      id: 'ci-runner-assumes',
      prompt: {
        en: 'A build job running as CI-Runner calls sts:AssumeRole on ProductionDeployRole. CI-Runner’s own policy allows sts:AssumeRole on this role. Allowed?',
        ja: 'CI-Runner として動くビルドジョブが、ProductionDeployRole に対して sts:AssumeRole を呼び出します。CI-Runner 自身のポリシーは、このロールへの sts:AssumeRole を許可しています。許可されますか?',
      },
      who: { kind: 'entry', key: 'AWS', value: CI_RUNNER },
      action: 'sts:AssumeRole',
      resource: ROLE_ARN,
      callerAllows: true,
      expected: 'Allow',
      why: {
        en: 'The trust policy names CI-Runner and the action is sts:AssumeRole, and the caller’s own policy allows the call as well. The role is assumed — as a chained session, so for one hour at most.',
        ja: '信頼ポリシーは CI-Runner を指定しており、アクションも sts:AssumeRole です。呼び出し元自身のポリシーもこの呼び出しを許可しています。ロールは引き受けられますが、連鎖したセッションなので最長 1 時間です。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html',
    },
    {
      id: 'other-role-same-account',
      prompt: {
        en: 'The role arn:aws:iam::111122223333:role/Developer has a policy allowing sts:AssumeRole on every role ("Resource": "*"). It calls sts:AssumeRole on ProductionDeployRole. Allowed?',
        ja: 'ロール arn:aws:iam::111122223333:role/Developer には、すべてのロールに対する sts:AssumeRole を許可するポリシー ("Resource": "*") があります。このロールが ProductionDeployRole に対して sts:AssumeRole を呼び出しました。許可されますか?',
      },
      who: { kind: 'typed', text: 'arn:aws:iam::111122223333:role/Developer' },
      action: 'sts:AssumeRole',
      resource: ROLE_ARN,
      callerAllows: true,
      expected: 'ImplicitDeny',
      why: {
        en: 'The caller’s own policy allowing sts:AssumeRole is never enough: the role’s trust policy must also trust the caller. It names only CI-Runner, so Developer is implicitly denied however broad its own policy is.',
        ja: '呼び出し元自身のポリシーが sts:AssumeRole を許可しているだけでは、ロールは引き受けられません。ロールの信頼ポリシーが呼び出し元を信頼している必要があります。信頼ポリシーが指定しているのは CI-Runner だけなので、Developer 自身のポリシーがどれほど広くても暗黙的に拒否されます。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_use_permissions-to-switch.html',
    },
    {
      id: 'same-name-other-account',
      prompt: {
        en: 'A partner’s account 444455556666 also has a role named CI-Runner, and its policy allows sts:AssumeRole on ProductionDeployRole. Can arn:aws:iam::444455556666:role/CI-Runner assume the role?',
        ja: '取引先のアカウント 444455556666 にも CI-Runner という名前のロールがあり、そのポリシーは ProductionDeployRole への sts:AssumeRole を許可しています。arn:aws:iam::444455556666:role/CI-Runner はこのロールを引き受けられますか?',
      },
      who: { kind: 'typed', text: 'arn:aws:iam::444455556666:role/CI-Runner' },
      action: 'sts:AssumeRole',
      resource: ROLE_ARN,
      callerAllows: true,
      expected: 'ImplicitDeny',
      why: {
        en: 'A principal is identified by its whole ARN, account id included. The trust policy names the CI-Runner of account 111122223333, so the role of the same name in 444455556666 does not match. Across accounts both sides must allow, and this side does not.',
        ja: 'プリンシパルはアカウント ID を含む ARN 全体で識別されます。信頼ポリシーが指定しているのはアカウント 111122223333 の CI-Runner なので、444455556666 にある同じ名前のロールは一致しません。アカウントをまたぐ場合は両方の側で許可が必要ですが、こちら側が許可していません。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic-cross-account.html',
    },
  ],
  terms: [
    'role-chaining',
    'session',
    'max-session-duration',
    'trust-policy',
    'principal',
    'sts',
    'temporary-credentials',
  ],
};
