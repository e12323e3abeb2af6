/**
 * Lesson 5: GitHub Actions assuming a role through OIDC (sts:AssumeRoleWithWebIdentity), with the
 * `aud` and `sub` conditions, and what goes wrong without `sub`.
 */
import type { Lesson } from '../types';

const PROVIDER = 'arn:aws:iam::111122223333:oidc-provider/token.actions.githubusercontent.com';
const MAIN = 'repo:octo-org/octo-repo:ref:refs/heads/main';

const TRUST_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowGitHubActionsMainBranch",
      "Effect": "Allow",
      // The OIDC identity provider registered in this account
      // for GitHub Actions.
      "Principal": {
        "Federated": "${PROVIDER}"
      },
      // The workflow has no AWS credentials yet: it signs in
      // with the ID token GitHub issued for the run.
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          // aud: the token was issued for AWS STS
          // (what configure-aws-credentials asks for).
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          // sub: which workflow runs may assume the role.
          // Here: the main branch of octo-org/octo-repo only.
          "token.actions.githubusercontent.com:sub": "${MAIN}"
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
      "Sid": "AllowGitHubActionsMainBranch",
      "Effect": "Allow",
      // このアカウントに登録した GitHub Actions 用の
      // OIDC ID プロバイダーです。
      "Principal": {
        "Federated": "${PROVIDER}"
      },
      // ワークフローはまだ AWS の認証情報を持っていないので、
      // GitHub が実行ごとに発行する ID トークンでサインインします。
      "Action": "sts:AssumeRoleWithWebIdentity",
      "Condition": {
        "StringEquals": {
          // aud: トークンが AWS STS 向けに発行されたこと
          // (configure-aws-credentials が要求する値) を確認します。
          "token.actions.githubusercontent.com:aud": "sts.amazonaws.com",
          // sub: どのワークフロー実行がロールを引き受けられるか。
          // ここでは octo-org/octo-repo の main ブランチだけです。
          "token.actions.githubusercontent.com:sub": "${MAIN}"
        }
      }
    }
  ]
}
`;

const DEPLOY_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListSiteBucket",
      "Effect": "Allow",
      // aws s3 sync lists the bucket to see which files changed
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket"
    },
    {
      "Sid": "UploadSiteFiles",
      "Effect": "Allow",
      "Action": [
        "s3:PutObject", // upload the built site
        "s3:DeleteObject" // remove files that no longer exist in the build
      ],
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    },
    {
      "Sid": "RefreshCdn",
      "Effect": "Allow",
      // clear CloudFront's cache so visitors see the new version
      "Action": "cloudfront:CreateInvalidation",
      "Resource": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
    }
  ]
}
`;

const DEPLOY_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "ListSiteBucket",
      "Effect": "Allow",
      // aws s3 sync が変更されたファイルを調べるためにバケットを一覧します
      "Action": "s3:ListBucket",
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket"
    },
    {
      "Sid": "UploadSiteFiles",
      "Effect": "Allow",
      "Action": [
        "s3:PutObject", // ビルドしたサイトをアップロードします
        "s3:DeleteObject" // ビルドからなくなったファイルを削除します
      ],
      "Resource": "arn:aws:s3:::amzn-s3-demo-bucket/*"
    },
    {
      "Sid": "RefreshCdn",
      "Effect": "Allow",
      // 新しい版が表示されるように CloudFront のキャッシュを削除します
      "Action": "cloudfront:CreateInvalidation",
      "Resource": "arn:aws:cloudfront::111122223333:distribution/EDFDVBD6EXAMPLE"
    }
  ]
}
`;

const GITHUB = { kind: 'entry', key: 'Federated', value: PROVIDER } as const;
const AUD = 'token.actions.githubusercontent.com:aud';
const SUB = 'token.actions.githubusercontent.com:sub';

export const lesson: Lesson = {
  id: 'github-oidc',
  title: {
    en: 'GitHub Actions without access keys: OIDC',
    ja: 'アクセスキーなしで GitHub Actions から AWS へ: OIDC',
  },
  summary: {
    en: 'How a GitHub Actions workflow trades its OIDC ID token for temporary credentials with AssumeRoleWithWebIdentity, what the aud and sub conditions check, and why a trust policy without sub lets any repository in.',
    ja: 'GitHub Actions のワークフローが OIDC の ID トークンを AssumeRoleWithWebIdentity で一時的な認証情報に交換する仕組み、aud と sub の条件が何を確認するか、そして sub のない信頼ポリシーではどのリポジトリからでも引き受けられてしまう理由を学びます。',
  },
  explanation: {
    en: `A workflow that deploys to AWS needs credentials. Storing an IAM user's access keys as a GitHub secret works, but those keys are long-term: valid until someone deletes them, wherever they leak. With OIDC there is nothing to store. You register GitHub as an OIDC identity provider in IAM (https://token.actions.githubusercontent.com, audience sts.amazonaws.com) and create a role whose trust policy names that provider as a Federated principal.

When a job with the permission id-token: write runs, GitHub gives it a signed ID token describing the run. The action aws-actions/configure-aws-credentials sends the token to STS with AssumeRoleWithWebIdentity; STS checks the signature against the registered provider and evaluates the trust policy with the token's claims as condition keys. The job gets temporary credentials, one hour by default.

Two claims matter. aud (token.actions.githubusercontent.com:aud) says the token was issued for STS. sub (token.actions.githubusercontent.com:sub) says which run it is: repo:octo-org/octo-repo:ref:refs/heads/main for a push to main, repo:octo-org/octo-repo:pull_request for a pull request, repo:octo-org/octo-repo:environment:production for a job in an environment. Every repository on GitHub gets its tokens from the same issuer with the same aud, so a trust policy that checks only aud trusts all of them: anyone could create a repository and assume your role. Always pin sub, and keep wildcards in it as narrow as you can.`,
    ja: `AWS にデプロイするワークフローには認証情報が必要です。IAM ユーザーのアクセスキーを GitHub のシークレットに保存する方法もありますが、それは長期的な認証情報で、削除しない限りどこに漏れても使えてしまいます。OIDC を使えば保存するものはありません。IAM に GitHub を OIDC ID プロバイダーとして登録し (https://token.actions.githubusercontent.com、対象者は sts.amazonaws.com)、そのプロバイダーを Federated プリンシパルとして信頼ポリシーに指定したロールを作成します。

id-token: write の権限を持つジョブが実行されると、GitHub はその実行内容を表す署名付きの ID トークンを発行します。アクション aws-actions/configure-aws-credentials がこのトークンを STS の AssumeRoleWithWebIdentity に渡すと、STS は登録済みのプロバイダーで署名を検証し、トークンのクレームを条件キーとして信頼ポリシーを評価します。ジョブは一時的な認証情報 (デフォルトで 1 時間有効) を受け取ります。

重要なクレームは 2 つです。aud (token.actions.githubusercontent.com:aud) は、トークンが STS 向けに発行されたことを示します。sub (token.actions.githubusercontent.com:sub) はどの実行かを示し、main への push なら repo:octo-org/octo-repo:ref:refs/heads/main、プルリクエストなら repo:octo-org/octo-repo:pull_request、環境を使うジョブなら repo:octo-org/octo-repo:environment:production のようになります。GitHub 上のすべてのリポジトリは同じ発行者から同じ aud のトークンを受け取るので、aud しか確認しない信頼ポリシーはそのすべてを信頼してしまいます。誰でもリポジトリを作ればあなたのロールを引き受けられる状態です。sub は必ず指定し、ワイルドカードを使うなら範囲をできるだけ狭くしてください。`,
  },
  scenario: {
    title: {
      en: 'GitHub Actions (octo-org/octo-repo, main) → S3 and CloudFront',
      ja: 'GitHub Actions (octo-org/octo-repo の main) → S3 と CloudFront',
    },
    role: {
      name: 'GitHubActionsDeployRole',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: TRUST_EN, ja: TRUST_JA },
      permissionPolicies: [
        {
          name: 'deploy-static-site',
          document: { en: DEPLOY_EN, ja: DEPLOY_JA },
        },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: {
        en: "Who asks: a workflow run, with GitHub's ID token",
        ja: '誰が: GitHub の ID トークンを持つワークフロー実行が',
      },
      body: {
        en: 'The principal is the OIDC identity provider token.actions.githubusercontent.com registered in account 111122223333. The workflow proves who it is with the ID token GitHub signed for this run.',
        ja: 'プリンシパルは、アカウント 111122223333 に登録した OIDC ID プロバイダー token.actions.githubusercontent.com です。ワークフローは、GitHub がこの実行のために署名した ID トークンで自分が誰かを証明します。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy checks aud and sub',
        ja: '信頼ポリシーが aud と sub を確認する',
      },
      body: {
        en: 'AllowGitHubActionsMainBranch requires aud to be sts.amazonaws.com and sub to be repo:octo-org/octo-repo:ref:refs/heads/main. Other repositories, branches and pull requests do not match.',
        ja: 'AllowGitHubActionsMainBranch は、aud が sts.amazonaws.com で、sub が repo:octo-org/octo-repo:ref:refs/heads/main であることを求めます。ほかのリポジトリ、ブランチ、プルリクエストは一致しません。',
      },
    },
    {
      kinds: ['sts'],
      title: {
        en: 'STS: AssumeRoleWithWebIdentity',
        ja: 'STS の AssumeRoleWithWebIdentity を呼び出す',
      },
      body: {
        en: 'configure-aws-credentials calls AssumeRoleWithWebIdentity with the token. This call needs no AWS credentials: the signed token is the proof, and STS verifies it against the provider.',
        ja: 'configure-aws-credentials がトークンを渡して AssumeRoleWithWebIdentity を呼び出します。この呼び出しには AWS の認証情報が要りません。署名付きのトークンが証明になり、STS がプロバイダーで検証します。',
      },
    },
    {
      kinds: ['credentials'],
      title: {
        en: 'Temporary credentials for this job only',
        ja: 'このジョブのためだけの一時的な認証情報',
      },
      body: {
        en: 'The job receives an ASIA… access key ID, a secret key and a session token, exported as environment variables for the next steps. They expire after an hour by default; nothing is stored in GitHub.',
        ja: 'ジョブは ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークンを受け取り、後続のステップのために環境変数に設定します。デフォルトでは 1 時間で失効し、GitHub には何も保存されません。',
      },
    },
    {
      kinds: ['permission-policy', 'action', 'resource'],
      title: {
        en: 'What the deploy may do',
        ja: 'デプロイでできること',
      },
      body: {
        en: 'The role may sync the built site into amzn-s3-demo-bucket and invalidate one CloudFront distribution. That is all a compromised workflow on main could do, too.',
        ja: 'このロールでできるのは、ビルドしたサイトを amzn-s3-demo-bucket に同期することと、CloudFront ディストリビューション 1 つのキャッシュを削除することです。main のワークフローが乗っ取られたとしても、できるのはここまでです。',
      },
    },
  ],
  questions: [
    {
      id: 'main-branch',
      prompt: {
        en: 'A push to main in octo-org/octo-repo runs the deploy workflow. Its token has aud sts.amazonaws.com and sub repo:octo-org/octo-repo:ref:refs/heads/main. Does it get the role?',
        ja: 'octo-org/octo-repo の main への push でデプロイのワークフローが動きます。トークンの aud は sts.amazonaws.com、sub は repo:octo-org/octo-repo:ref:refs/heads/main です。ロールを引き受けられるでしょうか。',
      },
      who: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: '',
      context: { [AUD]: 'sts.amazonaws.com', [SUB]: MAIN },
      expected: 'Allow',
      why: {
        en: 'The token comes from the trusted provider, and both claims equal the values in the StringEquals block, so the statement allows sts:AssumeRoleWithWebIdentity.',
        ja: 'トークンは信頼されたプロバイダーから発行され、2 つのクレームはどちらも StringEquals ブロックの値と一致するので、ステートメントが sts:AssumeRoleWithWebIdentity を許可します。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    },
    {
      id: 'pull-request',
      prompt: {
        en: 'The same workflow runs for a pull request in the same repository. Its sub is repo:octo-org/octo-repo:pull_request. Does it get the role?',
        ja: '同じリポジトリのプルリクエストで同じワークフローが動きます。sub は repo:octo-org/octo-repo:pull_request です。ロールを引き受けられるでしょうか。',
      },
      who: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: '',
      context: { [AUD]: 'sts.amazonaws.com', [SUB]: 'repo:octo-org/octo-repo:pull_request' },
      expected: 'ImplicitDeny',
      why: {
        en: 'Same repository, but sub differs: it names a pull request, not refs/heads/main. StringEquals compares the whole value, so the condition fails and the request is implicitly denied. Code that has not been merged cannot deploy.',
        ja: 'リポジトリは同じでも sub が違います。refs/heads/main ではなくプルリクエストを示しているからです。StringEquals は値全体を比較するので条件を満たさず、暗黙的な拒否になります。マージされていないコードはデプロイできません。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    },
    {
      id: 'other-repository',
      prompt: {
        en: "Someone else's repository, other-org/other-repo, runs a workflow that asks for our role. Its token is also issued by GitHub with aud sts.amazonaws.com. Does it get the role?",
        ja: '他人のリポジトリ other-org/other-repo のワークフローが、私たちのロールを求めます。そのトークンも GitHub が発行したもので、aud は sts.amazonaws.com です。ロールを引き受けられるでしょうか。',
      },
      who: GITHUB,
      action: 'sts:AssumeRoleWithWebIdentity',
      resource: '',
      context: {
        [AUD]: 'sts.amazonaws.com',
        [SUB]: 'repo:other-org/other-repo:ref:refs/heads/main',
      },
      expected: 'ImplicitDeny',
      why: {
        en: 'The provider and aud are exactly the same as for our own workflows; only sub tells the repositories apart. Because the trust policy pins sub to octo-org/octo-repo, this request is implicitly denied. Remove the sub condition and it would be allowed: that is what goes wrong without sub.',
        ja: 'プロバイダーも aud も私たちのワークフローとまったく同じで、リポジトリを区別できるのは sub だけです。信頼ポリシーが sub を octo-org/octo-repo に固定しているので、このリクエストは暗黙的な拒否になります。sub の条件を消すと許可されてしまいます。これが sub を指定しないと起きる問題です。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_create_for-idp_oidc.html',
    },
  ],
  terms: ['principal', 'trust-policy', 'condition-key', 'temporary-credentials', 'access-key'],
};
