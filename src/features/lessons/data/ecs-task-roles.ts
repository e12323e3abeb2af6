/**
 * Lesson 3: an ECS task role (what the application in the containers may do), trusted by
 * ecs-tasks.amazonaws.com with aws:SourceAccount / aws:SourceArn, contrasted with the task
 * execution role that pulls images and writes logs.
 */
import type { Lesson } from '../types';

const TRUST_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEcsTasksToAssumeRole",
      "Effect": "Allow",
      // ECS tasks: the service asks for the role for the tasks
      // that name it as their task role.
      "Principal": {
        "Service": "ecs-tasks.amazonaws.com"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        // Only for ECS resources in this Region and account
        // (a task or its cluster).
        "ArnLike": {
          "aws:SourceArn": "arn:aws:ecs:ap-northeast-1:111122223333:*"
        },
        // Only when the service acts on behalf of this account,
        // never for someone else's task.
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
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
      "Sid": "AllowEcsTasksToAssumeRole",
      "Effect": "Allow",
      // ECS のタスク: このロールをタスクロールに指定した
      // タスクのために、ECS がロールを求めます。
      "Principal": {
        "Service": "ecs-tasks.amazonaws.com"
      },
      "Action": "sts:AssumeRole",
      "Condition": {
        // このリージョンとアカウントの ECS リソース
        // (タスクやクラスター) のためだけに使えます。
        "ArnLike": {
          "aws:SourceArn": "arn:aws:ecs:ap-northeast-1:111122223333:*"
        },
        // サービスがこのアカウントのために動くときだけです。
        // ほかのアカウントのタスクには使わせません。
        "StringEquals": {
          "aws:SourceAccount": "111122223333"
        }
      }
    }
  ]
}
`;

const TABLE_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OrdersTableReadWrite",
      "Effect": "Allow",
      // What the application's code does with the AWS SDK
      "Action": [
        "dynamodb:GetItem", // read one order by its key
        "dynamodb:Query", // list the orders of one customer
        "dynamodb:PutItem", // save a new order
        "dynamodb:UpdateItem" // change an order's status
      ],
      // One table in one account and Region, nothing else
      "Resource": "arn:aws:dynamodb:ap-northeast-1:111122223333:table/Orders"
    }
  ]
}
`;

const TABLE_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "OrdersTableReadWrite",
      "Effect": "Allow",
      // アプリケーションのコードが AWS SDK で行う操作です
      "Action": [
        "dynamodb:GetItem", // キーを指定して注文を 1 件読み取ります
        "dynamodb:Query", // ある顧客の注文を一覧します
        "dynamodb:PutItem", // 新しい注文を保存します
        "dynamodb:UpdateItem" // 注文のステータスを変更します
      ],
      // 対象は 1 つのアカウント、1 つのリージョンのテーブル 1 つだけです
      "Resource": "arn:aws:dynamodb:ap-northeast-1:111122223333:table/Orders"
    }
  ]
}
`;

const TASK_ARN =
  'arn:aws:ecs:ap-northeast-1:111122223333:task/orders-cluster/0123456789abcdef0123456789abcdef';

export const lesson: Lesson = {
  id: 'ecs-task-roles',
  title: {
    en: 'ECS: task role and task execution role',
    ja: 'ECS のタスクロールとタスク実行ロール',
  },
  summary: {
    en: "Why an ECS task has two roles: the task role for the application's own calls, and the task execution role that ECS uses to start the task. And how aws:SourceAccount and aws:SourceArn keep the task role to your own tasks.",
    ja: 'ECS のタスクにロールが 2 つある理由を学びます。アプリケーション自身の呼び出しに使うタスクロールと、ECS がタスクを起動するために使うタスク実行ロールです。あわせて、aws:SourceAccount と aws:SourceArn でタスクロールを自分のアカウントのタスクに限定する方法も学びます。',
  },
  explanation: {
    en: `A task definition names up to two roles, and they serve different parties. The task execution role (executionRoleArn) is used by ECS itself, before and around your containers: it pulls the image from Amazon ECR, sends the container's output to CloudWatch Logs through the awslogs driver, and reads secrets the task definition refers to. The AWS managed policy AmazonECSTaskExecutionRolePolicy covers the first two.

The task role (taskRoleArn), the one in this lesson, is for your application. ECS assumes it and serves its temporary credentials to the containers through a local endpoint (169.254.170.2, at the path in AWS_CONTAINER_CREDENTIALS_RELATIVE_URI); the AWS SDK finds them automatically. Here the application, orders-api, may read and write one DynamoDB table, Orders, and nothing else. It cannot pull images or write the task's logs: that is not its job.

Both roles trust the same service principal, ecs-tasks.amazonaws.com. That principal acts for every AWS account, so the trust policy adds two condition keys: aws:SourceAccount must be this account and aws:SourceArn must be an ECS resource of this account. The service then cannot be tricked into using this role for someone else's task, the confused deputy problem.`,
    ja: `タスク定義には最大 2 つのロールを指定でき、それぞれ使う主体が違います。タスク実行ロール (executionRoleArn) は ECS 自身がコンテナの起動前後に使うロールです。Amazon ECR からイメージをプルし、awslogs ドライバーでコンテナの出力を CloudWatch Logs に送り、タスク定義で参照しているシークレットを読み取ります。前の 2 つは AWS 管理ポリシー AmazonECSTaskExecutionRolePolicy で許可できます。

このレッスンで扱うタスクロール (taskRoleArn) は、アプリケーションのためのロールです。ECS がこのロールを引き受け、一時的な認証情報をローカルのエンドポイント (169.254.170.2 の、環境変数 AWS_CONTAINER_CREDENTIALS_RELATIVE_URI が示すパス) からコンテナに渡します。AWS SDK はこれを自動で見つけます。ここではアプリケーション orders-api が、DynamoDB のテーブル Orders 1 つだけを読み書きできます。イメージのプルやタスクのログ出力はタスクロールの役目ではないので、できません。

どちらのロールも同じサービスプリンシパル ecs-tasks.amazonaws.com を信頼します。このプリンシパルはあらゆる AWS アカウントのために動くので、信頼ポリシーに 2 つの条件キーを加えています。aws:SourceAccount がこのアカウントであること、aws:SourceArn がこのアカウントの ECS リソースであることです。これで、ほかのアカウントのタスクのためにこのロールが使われること (混乱した代理問題) を防げます。`,
  },
  scenario: {
    title: {
      en: 'ECS task orders-api → DynamoDB table Orders',
      ja: 'ECS タスク orders-api → DynamoDB テーブル Orders',
    },
    role: {
      name: 'orders-api-task-role',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: TRUST_EN, ja: TRUST_JA },
      permissionPolicies: [
        {
          name: 'orders-table-access',
          document: { en: TABLE_EN, ja: TABLE_JA },
        },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal'],
      title: {
        en: 'Who asks: ECS, for one of your tasks',
        ja: '誰が: ECS が、あなたのタスクのために',
      },
      body: {
        en: 'The principal is ecs-tasks.amazonaws.com. When a task of orders-api starts, ECS asks for the role named as taskRoleArn in its task definition.',
        ja: 'プリンシパルは ecs-tasks.amazonaws.com です。orders-api のタスクが起動すると、ECS はタスク定義の taskRoleArn に指定されたロールを求めます。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy admits ECS, for this account only',
        ja: '信頼ポリシーは、このアカウントのためだけに ECS を認める',
      },
      body: {
        en: 'The statement AllowEcsTasksToAssumeRole admits ecs-tasks.amazonaws.com only when aws:SourceAccount is 111122223333 and aws:SourceArn is an ECS resource in that account. Both conditions must hold.',
        ja: 'ステートメント AllowEcsTasksToAssumeRole は、aws:SourceAccount が 111122223333 で、aws:SourceArn がそのアカウントの ECS リソースであるときだけ ecs-tasks.amazonaws.com を認めます。2 つの条件の両方を満たす必要があります。',
      },
    },
    {
      kinds: ['sts', 'credentials'],
      title: {
        en: 'Credentials for the containers',
        ja: 'コンテナに渡される認証情報',
      },
      body: {
        en: 'STS issues temporary credentials. ECS serves them to the containers at 169.254.170.2 and refreshes them; the AWS SDK in orders-api reads them from there, with no access key in the image or the task definition.',
        ja: 'STS が一時的な認証情報を発行します。ECS はそれを 169.254.170.2 からコンテナに渡し、更新も行います。orders-api の AWS SDK はそこから読み取るので、イメージにもタスク定義にもアクセスキーは要りません。',
      },
    },
    {
      kinds: ['role', 'permission-policy'],
      title: {
        en: 'The task role and its policy',
        ja: 'タスクロールとその許可ポリシー',
      },
      body: {
        en: "orders-api-task-role grants only what the application needs. The image pull and the logs are the execution role's business, so they are deliberately absent here.",
        ja: 'orders-api-task-role が許可するのは、アプリケーションに必要な操作だけです。イメージのプルとログ出力はタスク実行ロールの役目なので、ここには意図して含めていません。',
      },
    },
    {
      kinds: ['action', 'resource'],
      title: {
        en: 'Four DynamoDB actions on one table',
        ja: '1 つのテーブルへの 4 つの DynamoDB アクション',
      },
      body: {
        en: 'GetItem, Query, PutItem and UpdateItem, on table/Orders only. DeleteItem, other tables and other Regions are all implicitly denied.',
        ja: 'table/Orders だけに対する GetItem、Query、PutItem、UpdateItem です。DeleteItem、ほかのテーブル、ほかのリージョンはすべて暗黙的な拒否になります。',
      },
    },
  ],
  questions: [
    {
      id: 'own-task',
      prompt: {
        en: 'A task in orders-cluster of account 111122223333 starts, and ECS asks for the role. Is it admitted?',
        ja: 'アカウント 111122223333 の orders-cluster でタスクが起動し、ECS がロールを求めます。引き受けられるでしょうか。',
      },
      who: { kind: 'entry', key: 'Service', value: 'ecs-tasks.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: '',
      context: { 'aws:SourceAccount': '111122223333', 'aws:SourceArn': TASK_ARN },
      expected: 'Allow',
      why: {
        en: 'The principal matches, aws:SourceAccount equals 111122223333 and the task ARN matches arn:aws:ecs:ap-northeast-1:111122223333:*. Every condition holds, so the trust policy allows sts:AssumeRole.',
        ja: 'プリンシパルが一致し、aws:SourceAccount は 111122223333、タスクの ARN も arn:aws:ecs:ap-northeast-1:111122223333:* に一致します。すべての条件を満たすので、信頼ポリシーが sts:AssumeRole を許可します。',
      },
      source: 'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task-iam-roles.html',
    },
    {
      id: 'other-account-task',
      prompt: {
        en: 'The same service, ecs-tasks.amazonaws.com, asks for the role for a task in another account, 444455556666. Is it admitted?',
        ja: '同じサービス ecs-tasks.amazonaws.com が、別のアカウント 444455556666 のタスクのためにこのロールを求めます。引き受けられるでしょうか。',
      },
      who: { kind: 'entry', key: 'Service', value: 'ecs-tasks.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: '',
      context: {
        'aws:SourceAccount': '444455556666',
        'aws:SourceArn':
          'arn:aws:ecs:ap-northeast-1:444455556666:task/other-cluster/fedcba9876543210fedcba9876543210',
      },
      expected: 'ImplicitDeny',
      why: {
        en: 'The principal is the same service, but the conditions fail: aws:SourceAccount is 444455556666, not 111122223333. A statement applies only when all its conditions hold, so nothing allows the request. This is how the conditions stop the confused deputy.',
        ja: 'プリンシパルは同じサービスですが、aws:SourceAccount が 111122223333 ではなく 444455556666 なので条件を満たしません。ステートメントはすべての条件を満たすときだけ適用されるため、許可するものがなく暗黙的な拒否になります。こうして条件が混乱した代理問題を防ぎます。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/confused-deputy.html',
    },
    {
      id: 'pull-image',
      prompt: {
        en: 'The task needs its image from ECR. Can the task role pull it with ecr:BatchGetImage?',
        ja: 'タスクの起動には ECR のイメージが必要です。タスクロールで ecr:BatchGetImage を使ってイメージをプルできるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'ecr:BatchGetImage',
      resource: 'arn:aws:ecr:ap-northeast-1:111122223333:repository/orders-api',
      expected: 'ImplicitDeny',
      why: {
        en: "The task role's policy allows DynamoDB only, so ecr:BatchGetImage is implicitly denied. It does not need to: ECS pulls the image with the task execution role, typically with AmazonECSTaskExecutionRolePolicy, before the application even starts.",
        ja: 'タスクロールの許可ポリシーは DynamoDB しか許可していないので、ecr:BatchGetImage は暗黙的な拒否になります。それで問題ありません。イメージのプルは、アプリケーションが動き出す前に ECS がタスク実行ロール (通常は AmazonECSTaskExecutionRolePolicy をアタッチしたもの) で行います。',
      },
      source:
        'https://docs.aws.amazon.com/AmazonECS/latest/developerguide/task_execution_IAM_role.html',
    },
  ],
  terms: ['role', 'trust-policy', 'condition-key', 'confused-deputy', 'temporary-credentials'],
};
