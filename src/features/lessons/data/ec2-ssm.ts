/**
 * Lesson 1, the article the product grew from: an EC2 instance role for Systems Manager with the
 * AWS managed policy AmazonSSMManagedInstanceCore, each action annotated in our own words.
 */
import type { Lesson } from '../types';

const TRUST_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2ToAssumeRole",
      "Effect": "Allow",
      // Who may take on this role: the EC2 service itself,
      // not one particular instance. Which instance gets the
      // credentials is decided by its instance profile.
      "Principal": {
        "Service": "ec2.amazonaws.com"
      },
      // EC2 calls STS for the instance and gets
      // temporary credentials back.
      "Action": "sts:AssumeRole"
    }
  ]
}
`;

const TRUST_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Sid": "AllowEC2ToAssumeRole",
      "Effect": "Allow",
      // このロールを引き受けられるのは EC2 サービスです。
      // 特定のインスタンスではありません。どのインスタンスが
      // 認証情報を受け取るかは、インスタンスプロファイルで決まります。
      "Principal": {
        "Service": "ec2.amazonaws.com"
      },
      // EC2 がインスタンスに代わって STS を呼び出し、
      // 一時的な認証情報を受け取ります。
      "Action": "sts:AssumeRole"
    }
  ]
}
`;

const CORE_EN = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "ssm:DescribeAssociation", // read the details of an association (a State Manager configuration) that targets this instance
        "ssm:GetDeployablePatchSnapshotForInstance", // fetch the patch baseline snapshot to apply when patching this instance
        "ssm:GetDocument", // download the content of an SSM document (the steps of a command or association) to run it
        "ssm:DescribeDocument", // read an SSM document's details, such as its version and parameters
        "ssm:GetManifest", // internal call: lets the agent work out which packages to install (Distributor)
        "ssm:GetParameter", // read one Parameter Store parameter, e.g. one a document refers to; Resource "*" means any parameter
        "ssm:GetParameters", // read several Parameter Store parameters in one call
        "ssm:ListAssociations", // list the associations of a document or a managed node
        "ssm:ListInstanceAssociations", // ask which associations apply to this instance
        "ssm:PutInventory", // send the instance's inventory (installed software, network settings and so on)
        "ssm:PutComplianceItems", // report compliance results, e.g. which patches are missing
        "ssm:PutConfigurePackageResult", // report the result of installing or removing a package
        "ssm:UpdateAssociationStatus", // update the status of an association for this instance
        "ssm:UpdateInstanceAssociationStatus", // internal call: report the status of an association that is running now
        "ssm:UpdateInstanceInformation" // the heartbeat: tells Systems Manager the agent is alive, so the instance shows as a managed node
      ],
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      // Session Manager: the agent opens its channels through the ssmmessages endpoint
      "Action": [
        "ssmmessages:CreateControlChannel", // register the control channel the agent keeps open to the service
        "ssmmessages:CreateDataChannel", // register a data channel for one session (your shell's input and output)
        "ssmmessages:OpenControlChannel", // open the WebSocket connection of the control channel
        "ssmmessages:OpenDataChannel" // open the WebSocket connection of a session's data channel
      ],
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      // Run Command: the agent receives commands and sends
      // results through the ec2messages endpoint
      "Action": [
        "ec2messages:AcknowledgeMessage", // confirm that a message (a command) has arrived
        "ec2messages:DeleteMessage", // delete a message that has been handled
        "ec2messages:FailMessage", // report that a message could not be processed
        "ec2messages:GetEndpoint", // ask which endpoint to poll for messages
        "ec2messages:GetMessages", // poll for new messages: the commands waiting for this instance
        "ec2messages:SendReply" // send a command's output and result back
      ],
      "Resource": "*"
    }
  ]
}
`;

const CORE_JA = `{
  "Version": "2012-10-17",
  "Statement": [
    {
      "Effect": "Allow",
      "Action": [
        "ssm:DescribeAssociation", // このインスタンスを対象とする関連付け (State Manager の設定) の詳細を読み取ります
        "ssm:GetDeployablePatchSnapshotForInstance", // パッチ適用時に使うパッチベースラインのスナップショットを取得します
        "ssm:GetDocument", // 実行する SSM ドキュメント (コマンドや関連付けの手順) の内容をダウンロードします
        "ssm:DescribeDocument", // SSM ドキュメントのバージョンやパラメータなどの詳細を読み取ります
        "ssm:GetManifest", // 内部呼び出し: インストールすべきパッケージをエージェントが判断します (Distributor)
        "ssm:GetParameter", // ドキュメントが参照するパラメータストアの値などを 1 件読み取ります。Resource が "*" なのでどのパラメータも対象です
        "ssm:GetParameters", // パラメータストアのパラメータを 1 回の呼び出しで複数読み取ります
        "ssm:ListAssociations", // ドキュメントやマネージドノードの関連付けを一覧表示します
        "ssm:ListInstanceAssociations", // このインスタンスに適用される関連付けを問い合わせます
        "ssm:PutInventory", // インストール済みソフトウェアやネットワーク設定などのインベントリを送信します
        "ssm:PutComplianceItems", // 未適用のパッチなど、コンプライアンスの結果を登録します
        "ssm:PutConfigurePackageResult", // パッケージのインストールや削除の結果を報告します
        "ssm:UpdateAssociationStatus", // このインスタンスの関連付けのステータスを更新します
        "ssm:UpdateInstanceAssociationStatus", // 内部呼び出し: 実行中の関連付けのステータスを報告します
        "ssm:UpdateInstanceInformation" // ハートビート: エージェントの稼働を Systems Manager に知らせ、マネージドノードとして表示されるようにします
      ],
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      // Session Manager 用: エージェントは ssmmessages エンドポイント経由でチャネルを開きます
      "Action": [
        "ssmmessages:CreateControlChannel", // エージェントがサービスとの間に張り続けるコントロールチャネルを登録します
        "ssmmessages:CreateDataChannel", // セッションごとのデータチャネル (シェルの入出力) を登録します
        "ssmmessages:OpenControlChannel", // コントロールチャネルの WebSocket 接続を開きます
        "ssmmessages:OpenDataChannel" // セッションのデータチャネルの WebSocket 接続を開きます
      ],
      "Resource": "*"
    },
    {
      "Effect": "Allow",
      // Run Command 用: エージェントは ec2messages エンドポイント
      // 経由でコマンドを受け取り、結果を返します
      "Action": [
        "ec2messages:AcknowledgeMessage", // メッセージ (コマンド) を受け取ったことを通知します
        "ec2messages:DeleteMessage", // 処理が済んだメッセージを削除します
        "ec2messages:FailMessage", // メッセージを処理できなかったことを報告します
        "ec2messages:GetEndpoint", // メッセージを取りに行くエンドポイントを問い合わせます
        "ec2messages:GetMessages", // このインスタンス宛てに待っているコマンドを取得します
        "ec2messages:SendReply" // コマンドの出力と結果を送り返します
      ],
      "Resource": "*"
    }
  ]
}
`;

export const lesson: Lesson = {
  id: 'ec2-ssm',
  title: {
    en: 'An EC2 instance managed by Systems Manager',
    ja: 'Systems Manager で EC2 インスタンスを管理する',
  },
  summary: {
    en: 'How an EC2 instance gets a role through its instance profile, what AmazonSSMManagedInstanceCore lets the SSM Agent do, and why the instance still needs a network route to Systems Manager.',
    ja: 'EC2 インスタンスがインスタンスプロファイルを通じてロールを使う仕組み、AmazonSSMManagedInstanceCore で SSM Agent に何が許可されるか、そしてインスタンスに Systems Manager までのネットワーク経路が必要な理由を学びます。',
  },
  explanation: {
    en: `A role is exactly what the word says: a part to play. It is not a person or a program but a set of permissions that someone takes on for a while. Here the part is "an instance that Systems Manager manages". A role has two halves: the trust policy says who may take it on, the permission policies say what it may do. When you create the role in the console, the "Select trusted entity" step (AWS service, use case EC2) is the trust policy: what you pick there becomes this lesson's trust policy.

An instance does not hold a role directly. It holds an instance profile, a container for exactly one role; the console creates one with the same name when you create a role for EC2. For a new instance you pick it under "IAM instance profile" when you launch; for a running one you use Actions → Security → Modify IAM role, without a restart. EC2 then assumes the role on the instance's behalf and serves the temporary credentials through the instance metadata service, renewing them before they expire. The SSM Agent picks them up on its own: no access key is ever stored on the instance.

AmazonSSMManagedInstanceCore is an AWS managed policy: AWS writes and updates it, and you attach it as it is. It grants what the agent needs and nothing more: ssm actions to register, send heartbeats, read documents and report inventory and compliance; ssmmessages for Session Manager's channels; ec2messages for Run Command's messages. Notice that they let the instance receive commands, not send them to other instances.

Permissions are only half the story. The agent calls these services over HTTPS, so the instance needs a network route to them. In a private subnet without internet access, create interface VPC endpoints for ssm, ssmmessages and ec2messages (com.amazonaws.<region>.ssm and so on), or route outbound traffic through a NAT gateway. Without a route, every action is allowed and the instance still never appears as a managed node.`,
    ja: `ロール (Role) は文字どおり「役割」です。人やプログラムそのものではなく、誰かが一定の時間だけ引き受ける権限のまとまりです。このレッスンでの役割は「Systems Manager に管理されるインスタンス」です。ロールは 2 つの部分でできています。誰がそのロールを引き受けられるかを決める信頼ポリシーと、ロールで何ができるかを決める許可ポリシーです。コンソールでロールを作成するときの「信頼されたエンティティを選択」(AWS のサービス、ユースケースは EC2) が信頼ポリシーそのものです。この画面で選んだ内容から、このレッスンの信頼ポリシーが作られます。

インスタンスはロールを直接持つのではなく、ロールを 1 つだけ入れられる入れ物であるインスタンスプロファイルを持ちます。コンソールで EC2 用のロールを作ると、同じ名前のインスタンスプロファイルも自動で作成されます。新しく起動するインスタンスには起動時の「IAM インスタンスプロファイル」で指定し、実行中のインスタンスには「アクション」→「セキュリティ」→「IAM ロールを変更」で付けます。再起動は不要です。その後は EC2 がインスタンスに代わってロールを引き受け、一時的な認証情報をインスタンスメタデータサービス経由で渡し、有効期限が切れる前に更新します。SSM Agent はこの認証情報を自動で使うので、インスタンスにアクセスキーを保存する必要はありません。

AmazonSSMManagedInstanceCore は AWS 管理ポリシーです。AWS が作成・更新し、利用者はそのままアタッチして使います。このポリシーが許可するのはエージェントに必要な操作だけです。ssm のアクションで登録、ハートビート、ドキュメントの読み取り、インベントリやコンプライアンスの報告を行い、ssmmessages で Session Manager のチャネルを、ec2messages で Run Command のメッセージをやり取りします。インスタンスがコマンドを「受け取る」ための権限であり、ほかのインスタンスにコマンドを「送る」権限ではない点に注意してください。

ただし、許可があるだけでは足りません。エージェントはこれらのサービスを HTTPS で呼び出すので、インスタンスから Systems Manager までのネットワーク経路が必要です。インターネットに出られないプライベートサブネットでは、ssm、ssmmessages、ec2messages のインターフェイス VPC エンドポイント (com.amazonaws.<リージョン>.ssm など) を作成するか、NAT ゲートウェイ経由で外に出られるようにします。経路がなければ、すべてのアクションが許可されていても、インスタンスはマネージドノードとして表示されません。`,
  },
  scenario: {
    title: {
      en: 'EC2 instance → Systems Manager',
      ja: 'EC2 インスタンス → Systems Manager',
    },
    role: {
      name: 'EC2SSMInstanceRole',
      account: '111122223333',
      maxSessionDuration: 3600,
      trustPolicy: { en: TRUST_EN, ja: TRUST_JA },
      permissionPolicies: [
        {
          name: 'AmazonSSMManagedInstanceCore',
          managed: true,
          document: { en: CORE_EN, ja: CORE_JA },
        },
      ],
    },
  },
  steps: [
    {
      kinds: ['principal', 'instance-profile'],
      title: {
        en: 'Who asks: EC2, through the instance profile',
        ja: '誰が: インスタンスプロファイルを通じて EC2 が',
      },
      body: {
        en: 'The principal is the EC2 service, ec2.amazonaws.com. It asks for the role on behalf of the instance whose instance profile contains this role, chosen at launch or with "Modify IAM role" on a running instance.',
        ja: 'プリンシパルは EC2 サービス (ec2.amazonaws.com) です。このロールを入れたインスタンスプロファイルが付いているインスタンスに代わって、EC2 がロールを求めます。インスタンスプロファイルは起動時に指定するか、実行中のインスタンスなら「IAM ロールを変更」で付けます。',
      },
    },
    {
      kinds: ['trust-policy'],
      title: {
        en: 'The trust policy admits ec2.amazonaws.com',
        ja: '信頼ポリシーが ec2.amazonaws.com を認める',
      },
      body: {
        en: 'The statement AllowEC2ToAssumeRole names the EC2 service as Principal and allows sts:AssumeRole. This is what you chose in the console under "Select trusted entity". Any other service or account is not named, so it is refused.',
        ja: 'ステートメント AllowEC2ToAssumeRole は Principal に EC2 サービスを指定し、sts:AssumeRole を許可しています。コンソールの「信頼されたエンティティを選択」で選んだ内容がこれです。ここに書かれていないサービスやアカウントは引き受けられません。',
      },
    },
    {
      kinds: ['sts'],
      title: {
        en: 'EC2 asks STS: AssumeRole',
        ja: 'EC2 が STS の AssumeRole を呼び出す',
      },
      body: {
        en: 'EC2 calls AssumeRole on AWS STS (Security Token Service). STS checks the trust policy and, because it admits EC2, creates a session of the role.',
        ja: 'EC2 が AWS STS (Security Token Service) の AssumeRole を呼び出します。STS は信頼ポリシーを確認し、EC2 が認められているのでロールのセッションを作成します。',
      },
    },
    {
      kinds: ['credentials'],
      title: {
        en: 'Temporary credentials, delivered through instance metadata',
        ja: 'インスタンスメタデータ経由で届く一時的な認証情報',
      },
      body: {
        en: 'STS returns an access key ID starting with ASIA, a secret access key, a session token and an expiration time. EC2 serves them to the instance through the instance metadata service and replaces them before they expire, so the SSM Agent never needs a stored access key.',
        ja: 'STS は ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークン、有効期限を返します。EC2 はこれらをインスタンスメタデータサービス経由でインスタンスに渡し、期限切れの前に新しいものに替えます。そのため SSM Agent には保存されたアクセスキーが要りません。',
      },
    },
    {
      kinds: ['role', 'permission-policy'],
      title: {
        en: 'Acting as the role: AmazonSSMManagedInstanceCore',
        ja: 'ロールとして動作する: AmazonSSMManagedInstanceCore',
      },
      body: {
        en: 'Requests signed with these credentials act as EC2SSMInstanceRole. What the role may do comes from its permission policy, the AWS managed policy AmazonSSMManagedInstanceCore, with three statements: ssm, ssmmessages and ec2messages.',
        ja: 'この認証情報で署名したリクエストは EC2SSMInstanceRole として扱われます。ロールで何ができるかは許可ポリシーで決まります。ここでは AWS 管理ポリシー AmazonSSMManagedInstanceCore で、ssm、ssmmessages、ec2messages の 3 つのステートメントがあります。',
      },
    },
    {
      kinds: ['action'],
      actions: ['ssm:UpdateInstanceInformation', 'ssm:GetDocument', 'ec2messages:GetMessages'],
      title: {
        en: 'What the agent does with them',
        ja: 'エージェントが使う権限',
      },
      body: {
        en: 'ssm:UpdateInstanceInformation is the heartbeat that makes the instance a managed node. ec2messages:GetMessages fetches the commands waiting for it, and ssm:GetDocument downloads the document that says what to run.',
        ja: 'ssm:UpdateInstanceInformation はハートビートで、これによってインスタンスがマネージドノードになります。ec2messages:GetMessages で自分宛てのコマンドを取得し、ssm:GetDocument で実行内容が書かれたドキュメントをダウンロードします。',
      },
    },
    {
      kinds: ['service'],
      title: {
        en: 'The last piece: a network route to the three endpoints',
        ja: '最後の条件: 3 つのエンドポイントへのネットワーク経路',
      },
      body: {
        en: 'Each service here is an endpoint the agent must reach over HTTPS: ssm, ssmmessages and ec2messages. In a private subnet, create interface VPC endpoints for all three, or give the subnet a NAT gateway. The policy cannot fix a missing route.',
        ja: 'ここに並ぶサービスは、エージェントが HTTPS で到達しなければならないエンドポイントです (ssm、ssmmessages、ec2messages)。プライベートサブネットでは 3 つすべてのインターフェイス VPC エンドポイントを作成するか、NAT ゲートウェイを用意します。経路がないことはポリシーでは解決できません。',
      },
      network: {
        from: { en: 'EC2 instance', ja: 'EC2 インスタンス' },
        endpoints: ['ssm', 'ssmmessages', 'ec2messages'],
        nat: true,
        to: { en: 'Systems Manager', ja: 'Systems Manager' },
      },
    },
  ],
  questions: [
    {
      id: 'lambda-cannot-assume',
      prompt: {
        en: 'A Lambda function (lambda.amazonaws.com) tries to assume this role. The role has plenty of permissions. Is it allowed?',
        ja: 'Lambda 関数 (lambda.amazonaws.com) がこのロールを引き受けようとします。ロールには十分な許可があります。引き受けられるでしょうか。',
      },
      who: { kind: 'typed', text: 'lambda.amazonaws.com' },
      action: 'sts:AssumeRole',
      resource: '',
      expected: 'ImplicitDeny',
      why: {
        en: 'Permissions never decide who may assume a role; the trust policy does. It names only ec2.amazonaws.com, so no statement allows Lambda and the request is implicitly denied.',
        ja: 'ロールを誰が引き受けられるかを決めるのは許可ポリシーではなく信頼ポリシーです。信頼ポリシーには ec2.amazonaws.com しか書かれていないので、Lambda を許可するステートメントはなく、暗黙的な拒否になります。',
      },
      source: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/id_roles_terms-and-concepts.html',
    },
    {
      id: 'send-command',
      prompt: {
        en: 'The instance receives commands through Run Command. Can its role send a command to another instance with ssm:SendCommand?',
        ja: 'インスタンスは Run Command でコマンドを受け取ります。では、このロールで ssm:SendCommand を使い、別のインスタンスにコマンドを送れるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'ssm:SendCommand',
      resource: 'arn:aws:ec2:ap-northeast-1:111122223333:instance/i-0123456789abcdef0',
      expected: 'ImplicitDeny',
      why: {
        en: 'Receiving and sending are different actions. The policy allows ec2messages:GetMessages and SendReply (receiving and answering), but no statement allows ssm:SendCommand, so it is implicitly denied.',
        ja: '受け取ることと送ることは別のアクションです。このポリシーが許可するのは ec2messages:GetMessages や SendReply (受け取って返信する操作) で、ssm:SendCommand を許可するステートメントはないため、暗黙的な拒否になります。',
      },
      source:
        'https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_policies_evaluation-logic.html',
    },
    {
      id: 'any-parameter',
      prompt: {
        en: 'Can the role read the Parameter Store parameter /prod/db/password with ssm:GetParameter?',
        ja: 'このロールで、パラメータストアのパラメータ /prod/db/password を ssm:GetParameter で読み取れるでしょうか。',
      },
      who: { kind: 'session' },
      action: 'ssm:GetParameter',
      resource: 'arn:aws:ssm:ap-northeast-1:111122223333:parameter/prod/db/password',
      expected: 'Allow',
      why: {
        en: 'The first statement allows ssm:GetParameter with "Resource": "*", so it covers every parameter in the account, not only the ones the agent needs. If that is too broad, attach your own, narrower policy instead of this managed one.',
        ja: '最初のステートメントが ssm:GetParameter を "Resource": "*" で許可しているので、エージェントに必要なものだけでなく、アカウント内のすべてのパラメータが対象になります。広すぎる場合は、この AWS 管理ポリシーの代わりに、対象を絞った独自のポリシーをアタッチします。',
      },
      source:
        'https://docs.aws.amazon.com/aws-managed-policy/latest/reference/AmazonSSMManagedInstanceCore.html',
    },
  ],
  terms: [
    'role',
    'trust-policy',
    'instance-profile',
    'temporary-credentials',
    'managed-vs-inline-policy',
  ],
};
