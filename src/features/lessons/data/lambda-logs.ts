/**
 * Lesson 2: a Lambda execution role that writes the function's logs to CloudWatch Logs, scoped to
 * the function's own log group.
 */
import type { Lesson } from '../types';

const TRUST_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowLambdaToAssumeRole",
      "Effect": "Allow",
      // The Lambda service takes on this role each time it
      // prepares an environment to run the function.
      "Principal": {
        "Service": "lambda.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
`;

const TRUST_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowLambdaToAssumeRole",
      "Effect": "Allow",
      // 関数を実行する環境を用意するたびに、
      // Lambda サービスがこのロールを引き受けます。
      "Principal": {
        "Service": "lambda.amazonaws.com"
      },
      "Action": "sts:AssumeRole"
    }
  ]
}
`;

const LOGS_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "WriteOwnLogs",
      "Effect": "Allow",
      "Action": [
        "logs:CreateLogGroup", // create the log group /aws/lambda/order-processor the first time the function runs
        "logs:CreateLogStream", // create a log stream for each new execution environment
        "logs:PutLogEvents" // send the lines the function prints (console.log, print) to its log stream
      ],
      // Only this function's log group; ":*" also covers
      // every log stream inside it.
      "Resource": "arn:aws:logs:ap-northeast-1:111122223333:log-group:/aws/lambda/order-processor:*"
    }
  ]
}
`;

const LOGS_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "WriteOwnLogs",
      "Effect": "Allow",
      "Action": [
        "logs:CreateLogGroup", // 関数の初回実行時に、ロググループ /aws/lambda/order-processor を作成します
        "logs:CreateLogStream", // 新しい実行環境ごとにログストリームを作成します
        "logs:PutLogEvents" // 関数が出力した行 (console.log や print) をログストリームに送信します
      ],
      // 対象はこの関数のロググループだけです。末尾の ":*" で、
      // その中のすべてのログストリームも対象になります。
      "Resource": "arn:aws:logs:ap-northeast-1:111122223333:log-group:/aws/lambda/order-processor:*"
    }
  ]
}
`;

const GROUP = 'arn:aws:logs:ap-northeast-1:111122223333:log-group:/aws/lambda/order-processor';
const STREAM = `${GROUP}:log-stream:2025/01/15/[$LATEST]a1b2c3d4e5f60718293a4b5c6d7e8f90`;

export const lesson: Lesson = {
  id: 'lambda-logs',
  title: {
    en: 'A Lambda function writing its logs',
    ja: 'Lambda 関数がログを書き込む',
  },
  summary: {
    en: "What a Lambda execution role is, how the function's code gets its credentials, and how to let it write to its own CloudWatch Logs log group and nowhere else.",
    ja: 'Lambda の実行ロールとは何か、関数のコードがどのように認証情報を受け取るか、そして CloudWatch Logs の自分のロググループにだけ書き込めるようにする方法を学びます。',
  },
  explanation: {
    en: `Every Lambda function has an execution role: the role the function acts as whenever its code calls AWS. Its trust policy names the Lambda service, lambda.amazonaws.com, so only Lambda can take it on; you choose the role when you create the function.

When Lambda prepares an execution environment, it assumes the role and puts the temporary credentials into the environment variables AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN. The AWS SDK reads them from there, so your code never contains an access key.

Lambda sends whatever the function prints to CloudWatch Logs, into the log group /aws/lambda/<function name>, but it does so with the function's own role. Without logs:CreateLogGroup, logs:CreateLogStream and logs:PutLogEvents the function still runs, and its logs are silently lost. The AWS managed policy AWSLambdaBasicExecutionRole grants these three actions on every log group ("Resource": "*"); the inline policy here grants them on this function's log group only.`,
    ja: `Lambda 関数には必ず実行ロールがあります。関数のコードが AWS を呼び出すとき、関数はこのロールとして動きます。信頼ポリシーには Lambda サービス (lambda.amazonaws.com) が指定されているので、このロールを引き受けられるのは Lambda だけです。実行ロールは関数を作成するときに選びます。

Lambda は実行環境を用意するときにロールを引き受け、一時的な認証情報を環境変数 AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN に設定します。AWS SDK はそこから認証情報を読み取るので、コードにアクセスキーを書く必要はありません。

関数が出力した内容は、Lambda が CloudWatch Logs のロググループ /aws/lambda/<関数名> に送りますが、そのときに使われるのは関数自身のロールです。logs:CreateLogGroup、logs:CreateLogStream、logs:PutLogEvents が許可されていないと、関数自体は動きますが、ログはエラーも出ないまま失われます。AWS 管理ポリシー AWSLambdaBasicExecutionRole はこの 3 つをすべてのロググループ ("Resource": "*") に許可しますが、ここでのインラインポリシーはこの関数のロググループだけに絞っています。`,
  },
  scenario: {
    title: {
      en: 'Lambda function order-processor → CloudWatch Logs',
      ja: 'Lambda 関数 order-processor → CloudWatch Logs',
    },
    role: {
      name: 'order-processor-role',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: TRUST_EN, ja: TRUST_JA },
      permissionPolicies: [
        {
          name: 'order-processor-logs',
          document: { en: LOGS_EN, ja: LOGS_JA },
        },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: {
        en: 'Who asks: the Lambda service',
        ja: '誰が: Lambda サービスが',
      },
      body: {
        en: 'The principal is lambda.amazonaws.com. Lambda asks for the role when it prepares an execution environment for order-processor, before your code runs.',
        ja: 'プリンシパルは lambda.amazonaws.com です。コードが動く前、order-processor の実行環境を用意するときに Lambda がロールを求めます。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy admits Lambda',
        ja: '信頼ポリシーが Lambda を認める',
      },
      body: {
        en: 'The statement AllowLambdaToAssumeRole names the Lambda service and allows sts:AssumeRole. The console writes this trust policy when you create an execution role for a function.',
        ja: 'ステートメント AllowLambdaToAssumeRole が Lambda サービスを指定し、sts:AssumeRole を許可しています。関数用の実行ロールをコンソールで作ると、この信頼ポリシーが作られます。',
      },
    },
    {
      kinds: ['sts', 'credentials'],
      title: {
        en: 'STS issues credentials into environment variables',
        ja: 'STS が発行した認証情報は環境変数に入る',
      },
      body: {
        en: 'STS returns temporary credentials (an ASIA… access key ID, a secret access key and a session token). Lambda sets them as AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, where the SDK finds them.',
        ja: 'STS は一時的な認証情報 (ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークン) を返します。Lambda はこれを環境変数 AWS_ACCESS_KEY_ID、AWS_SECRET_ACCESS_KEY、AWS_SESSION_TOKEN に設定し、SDK がそこから読み取ります。',
      },
    },
    {
      kinds: ['role', 'permission-policy'],
      title: {
        en: 'The role and its inline policy',
        ja: 'ロールとインラインポリシー',
      },
      body: {
        en: 'order-processor-role has one inline policy, order-processor-logs. An inline policy belongs to this role alone, unlike a managed policy that many roles can share.',
        ja: 'order-processor-role には、インラインポリシー order-processor-logs が 1 つあります。インラインポリシーはこのロール専用で、複数のロールで共有できる管理ポリシーとは異なります。',
      },
    },
    {
      kinds: ['action'],
      title: {
        en: 'Three actions, one for each step of writing a log',
        ja: 'ログを書く手順ごとに 1 つずつ、3 つのアクション',
      },
      body: {
        en: 'CreateLogGroup creates the group once, CreateLogStream adds a stream per execution environment, and PutLogEvents sends the lines. Reading logs (GetLogEvents) is not among them.',
        ja: 'CreateLogGroup でロググループを一度だけ作り、CreateLogStream で実行環境ごとにログストリームを追加し、PutLogEvents でログを送ります。ログを読む操作 (GetLogEvents) は含まれていません。',
      },
    },
    {
      kinds: ['resource'],
      title: {
        en: "Only this function's log group",
        ja: 'この関数のロググループだけ',
      },
      body: {
        en: "The resource ends in log-group:/aws/lambda/order-processor:*, so the role can write to this log group and its streams, and to no other function's logs.",
        ja: 'リソースは log-group:/aws/lambda/order-processor:* で終わっているので、書き込めるのはこのロググループとその中のログストリームだけで、ほかの関数のログには書き込めません。',
      },
    },
  ],
  questions: [
    {
      id: 'own-stream',
      prompt: {
        en: "The function prints a line. Can its role send it to a log stream in the function's own log group with logs:PutLogEvents?",
        ja: '関数が 1 行出力しました。このロールで、関数自身のロググループにあるログストリームへ logs:PutLogEvents で送信できるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'logs:PutLogEvents',
      resource: STREAM,
      expected: 'Allow',
      why: {
        en: 'The statement WriteOwnLogs allows logs:PutLogEvents on log-group:/aws/lambda/order-processor:*. The wildcard at the end matches the log-stream part of the ARN, so the stream is covered.',
        ja: 'ステートメント WriteOwnLogs が log-group:/aws/lambda/order-processor:* に対して logs:PutLogEvents を許可しています。末尾のワイルドカードが ARN のログストリーム部分に一致するので、このログストリームも対象です。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_elements_resource.html',
    },
    {
      id: 'other-function',
      prompt: {
        en: "Can the same role write to another function's log group, /aws/lambda/payment-service?",
        ja: '同じロールで、別の関数のロググループ /aws/lambda/payment-service に書き込めるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'logs:PutLogEvents',
      resource:
        'arn:aws:logs:ap-northeast-1:111122223333:log-group:/aws/lambda/payment-service:log-stream:2025/01/15/[$LATEST]0f1e2d3c4b5a69788796a5b4c3d2e1f0',
      expected: 'ImplicitDeny',
      why: {
        en: "The allowed resource names order-processor's log group only. No statement matches payment-service's log group, so the request is implicitly denied: the role can keep its own logs, not tamper with another function's.",
        ja: '許可されたリソースは order-processor のロググループだけです。payment-service のロググループに一致するステートメントはないので、暗黙的な拒否になります。このロールが書けるのは自分のログだけで、ほかの関数のログには手を出せません。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
    {
      id: 'read-own-logs',
      prompt: {
        en: 'The role can write to its log stream. Can it also read that stream back with logs:GetLogEvents?',
        ja: 'このロールはログストリームに書き込めます。では、同じログストリームを logs:GetLogEvents で読み取ることもできるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'logs:GetLogEvents',
      resource: STREAM,
      expected: 'ImplicitDeny',
      why: {
        en: 'Writing and reading are separate actions. The policy lists CreateLogGroup, CreateLogStream and PutLogEvents only; being allowed on a resource does not extend to actions the policy does not name, so GetLogEvents is implicitly denied.',
        ja: '書き込みと読み取りは別のアクションです。ポリシーに書かれているのは CreateLogGroup、CreateLogStream、PutLogEvents だけです。同じリソースでも、ポリシーに書かれていないアクションは許可されないので、GetLogEvents は暗黙的な拒否になります。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
  ],
  terms: ['role', 'trust-policy', 'temporary-credentials', 'managed-vs-inline-policy'],
};
