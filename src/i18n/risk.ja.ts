import type { RiskMessages } from './risk.en';

/** Japanese strings of the risk lens (AWS の日本語ドキュメントの用語に合わせる)。 */
export const riskJa: RiskMessages = {
  'risk.toggle': 'リスク',
  'risk.toggleHint':
    'リスク: このロールに許可された操作のうち、攻撃者に悪用されうるものを表示します(図にバッジ、「問題」にセキュリティの検出結果)',
  'risk.role.escalation': '権限昇格の経路あり',
  'risk.role.escalationName': '権限昇格の経路があります',
  'risk.node.name': '{name}、リスク: {risks}',
  'risk.service.countName': 'リスクのあるアクション {n} 個: {risks}',
  'risk.finding': '{category}: {why}',
  'risk.doc': 'AWS ドキュメント:「{title}」',
  'risk.legend': '攻撃者に悪用されうる操作(「リスク」をオンにしたとき)',
  'risk.category.privilege-escalation': '権限昇格',
  'risk.category.credentials-exposure': '認証情報の漏えい',
  'risk.category.data-exfiltration': 'データの持ち出し',
  'risk.category.resource-exposure': 'リソースの公開',
  'risk.category.infrastructure-modification': 'インフラストラクチャの変更',
  'risk.short.privilege-escalation': '権限昇格',
  'risk.short.credentials-exposure': '認証情報',
  'risk.short.data-exfiltration': '持ち出し',
  'risk.short.resource-exposure': '公開',
  'risk.short.infrastructure-modification': 'インフラ変更',
  'risk.doc.pass-role': 'AWS サービスにロールを渡すアクセス許可をユーザーに付与する',
  'risk.doc.iam-best-practices': 'IAM でのセキュリティのベストプラクティス',
  'risk.doc.access-levels': 'ポリシー概要のアクセスレベル',
  'risk.doc.access-analyzer-resources':
    '外部アクセスと内部アクセスで IAM Access Analyzer がサポートするリソースタイプ',
  'risk.doc.cloudtrail-best-practices': 'AWS CloudTrail のセキュリティのベストプラクティス',
  'risk.why.create-policy-version':
    'カスタマー管理ポリシーの新しいバージョンを作成してデフォルトにでき、自分に任意の権限を付与できます。',
  'risk.why.set-default-policy-version':
    '管理ポリシーのデフォルトバージョンを、現在より多くを許可する古いバージョンに切り替えられます。',
  'risk.why.pass-role-ec2':
    'より強い権限のロールを渡して EC2 インスタンスを起動し、インスタンス内からそのロールの認証情報を使えます。',
  'risk.why.create-access-key':
    '他の IAM ユーザーのアクセスキーを作成し、そのユーザーとして操作できます。',
  'risk.why.create-login-profile':
    '他の IAM ユーザーにコンソールパスワードを設定し、そのユーザーとしてサインインできます。',
  'risk.why.update-login-profile':
    '他の IAM ユーザーのコンソールパスワードを変更し、そのユーザーとしてサインインできます。',
  'risk.why.attach-user-policy':
    'IAM ユーザーに AdministratorAccess を含む任意の管理ポリシーをアタッチできます。',
  'risk.why.attach-group-policy':
    'IAM グループに AdministratorAccess を含む任意の管理ポリシーをアタッチできます。',
  'risk.why.attach-role-policy':
    'このロール自身を含むロールに、AdministratorAccess を含む任意の管理ポリシーをアタッチできます。',
  'risk.why.put-user-policy':
    'IAM ユーザーに任意の権限を許可するインラインポリシーを書き込めます。',
  'risk.why.put-group-policy':
    'IAM グループに任意の権限を許可するインラインポリシーを書き込めます。',
  'risk.why.put-role-policy':
    'このロール自身を含むロールに、任意の権限を許可するインラインポリシーを書き込めます。',
  'risk.why.add-user-to-group':
    'ユーザーを、そのユーザーより多くの権限を持つグループに追加できます。',
  'risk.why.update-assume-role-policy':
    '他のロールの信頼ポリシーを書き換えて自分を信頼させ、そのロールを引き受けられます。',
  'risk.why.pass-role-lambda-invoke':
    'より強い権限のロールを渡して Lambda 関数を作成し、呼び出すことでそのロールとしてコードを実行できます。',
  'risk.why.pass-role-lambda-event-source':
    'より強い権限のロールを渡して Lambda 関数を作成し、イベントソースから実行させられます。',
  'risk.why.update-function-code':
    '既存の Lambda 関数のコードを置き換えられ、そのコードは関数の実行ロールの権限で動きます。',
  'risk.why.pass-role-glue':
    'より強い権限のロールを渡して Glue 開発エンドポイントを作成し、そこにログインできます。',
  'risk.why.update-glue-endpoint':
    '既存の Glue 開発エンドポイントに自分の SSH キーを追加し、そのロールを使えます。',
  'risk.why.pass-role-cloudformation':
    'より強い権限のロールで CloudFormation にリソースを作成させるスタックを作れます。',
  'risk.why.pass-role-data-pipeline':
    'より強い権限のロールでコマンドを実行するパイプラインを作成できます。',
  'risk.why.get-secret-value':
    'データベースのパスワードや API キーなど、Secrets Manager のシークレットの値を読み取れます。',
  'risk.why.get-parameter':
    'パスワードやトークンが保存されていることの多い Parameter Store のパラメータを読み取れます。',
  'risk.why.get-password-data':
    'Windows インスタンスの管理者パスワードを取得でき、キーペアを持つ人なら復号できます。',
  'risk.why.get-function-configuration':
    'シークレットが置かれがちな Lambda 関数の環境変数を読み取れます。',
  'risk.why.get-cluster-credentials':
    'Amazon Redshift クラスターの一時的なデータベース認証情報を取得できます。',
  'risk.why.create-service-specific-credential':
    'IAM ユーザーのサービス固有の認証情報(CodeCommit 用など)を作成できます。',
  'risk.why.read-every-object':
    '必要なバケットだけでなく、アカウント内のすべての S3 バケットのすべてのオブジェクトを読み取れます。',
  'risk.why.scan-every-table':
    'アカウント内のすべての DynamoDB テーブルのすべての項目を読み取れます。',
  'risk.why.decrypt-with-every-key':
    '許可されているすべての KMS キーで復号でき、暗号化がデータを守らなくなります。',
  'risk.why.share-db-snapshot':
    'データベースのスナップショットを作成し、他のアカウントと共有できます。',
  'risk.why.share-ebs-snapshot':
    'ボリュームのスナップショットを作成し、他のアカウントと共有できます。',
  'risk.why.bucket-policy':
    'バケットポリシーを変更して、バケットを他のアカウントや全員に公開できます。',
  'risk.why.bucket-acl':
    'バケットやオブジェクトの ACL を変更して、他のアカウントや全員にアクセスを許可できます。',
  'risk.why.public-access-block':
    'パブリックバケットを防ぐ S3 のブロックパブリックアクセスを無効にできます。',
  'risk.why.key-policy':
    'KMS のキーポリシーを書き換えて、他のアカウントにキーの使用や管理を許可できます。',
  'risk.why.key-grant': '他のプリンシパルに KMS キーの使用を許可する許可(グラント)を作成できます。',
  'risk.why.function-permission':
    'リソースベースのポリシーを追加して、他のアカウントやサービスに関数の呼び出しやレイヤーの使用を許可できます。',
  'risk.why.topic-permission':
    'SNS トピックのポリシーを変更して、他のアカウントに発行やサブスクライブを許可できます。',
  'risk.why.queue-permission':
    'SQS キューのポリシーを変更して、他のアカウントにメッセージの送受信を許可できます。',
  'risk.why.secret-policy':
    'リソースポリシーをアタッチして、他のアカウントにシークレットの読み取りを許可できます。',
  'risk.why.repository-policy':
    'ECR リポジトリのポリシーを変更して、他のアカウントにイメージのプルやプッシュを許可できます。',
  'risk.why.file-system-policy':
    'EFS ファイルシステムのポリシーを変更して、他のアカウントにマウントを許可できます。',
  'risk.why.snapshot-attribute':
    'EBS や RDS のスナップショットを他のアカウントと共有したり、パブリックにしたりできます。',
  'risk.why.role-trust-policy':
    '他のアカウントを信頼させるなど、ロールを引き受けられる相手を変更できます。',
  'risk.why.stop-trail':
    'CloudTrail の証跡を停止、削除、変更でき、自分の操作が記録されなくなります。',
  'risk.why.disable-guardduty':
    'GuardDuty の検出器を削除または停止でき、脅威が検出されなくなります。',
  'risk.why.stop-config-recorder': 'AWS Config による設定変更の記録を停止できます。',
  'risk.why.disable-security-hub': 'Security Hub とその検出結果を無効にできます。',
  'risk.why.delete-log-group':
    'CloudWatch Logs のロググループやログストリームを、そこに残った証拠ごと削除できます。',
  'risk.why.modify-instance-attribute':
    'インスタンスのユーザーデータを変更でき、それは次回の起動時に root 権限で実行されます。',
  'risk.why.open-security-group':
    'セキュリティグループを変更して、インターネットを含む外部からのインバウンド通信を許可できます。',
  'risk.why.leave-organization': 'アカウントを組織から離脱させ、SCP の制限から外せます。',
};
