import type { WalkthroughMessages } from './walkthrough.en';

/** Japanese strings of the walkthrough: its card, its buttons and the network route it can draw. */
export const walkthroughJa: WalkthroughMessages = {
  'walk.label': 'ウォークスルー',
  'walk.start': 'ウォークスルー',
  'walk.startTitle': '誰がロールを求めるかから、ロールで何ができるかまで、図を順にたどります',
  'walk.next': '次へ',
  'walk.back': '戻る',
  'walk.close': 'ウォークスルーを閉じる',
  'walk.counter': '{n} / {total}',
  'walk.keys': '← → キーで移動、Esc キーで閉じる',

  'walk.who.title': 'ロールを求めるのは誰か',
  'walk.who.one': '{principals} がこのロールを引き受けようとします。',
  'walk.who.many': '{principals} がこのロールを引き受けようとします。',
  'walk.who.profile':
    'EC2 は、このロールを入れたインスタンスプロファイルを通じて、インスタンスに代わってロールを求めます。インスタンス自身がサインインするわけではありません。',
  'walk.who.refused':
    '{principals} は、信頼ポリシーの拒否 (Deny) ステートメントによって拒否されます。',

  'walk.trust.title': '信頼ポリシーがプリンシパルを認める',
  'walk.trust.intro': '信頼ポリシーが決めるのは、誰がこのロールを引き受けられるかだけです。',
  'walk.trust.statement': '{statement}: {admits}。',
  'walk.trust.only': '{admits}。',
  'walk.trust.conditions': '次の条件を満たす場合に限ります:',
  'walk.trust.noConditions':
    '条件はありません。このプリンシパルからのリクエストはすべて認められます。',

  'walk.sts.title': 'STS がセッションを発行する',
  'walk.sts.body':
    'プリンシパルは AWS STS (Security Token Service) の {operations} を呼び出します。STS は信頼ポリシーを確認し、呼び出し元が認められているので、{role} のセッションを開始します。セッションの長さは、ロールの最大セッション時間 (設定がなければ 1 時間) に従い、最長 {duration}です。',
  'walk.sts.chained':
    'このロールはロールからも引き受けられます。ロールのセッションから引き受けた場合 (ロールの連鎖)、ロールの最大セッション時間にかかわらず、セッションは最長 1 時間です。',
  'walk.sts.theRole': 'ロール',

  'walk.credentials.title': '一時的な認証情報',
  'walk.credentials.body':
    'STS は一時的な認証情報を返します。有効期限は発行から {duration}です。{issuedAt} に発行された認証情報は、{expiration} に失効します。',
  'walk.credentials.example': '例の値です。実際の認証情報ではありません',
  'walk.credentials.chained':
    'ロールのセッションからこのロールを引き受けた場合 (ロールの連鎖)、認証情報は最長 1 時間で失効します。この例では {expiration} です。',
  'walk.credentials.asia':
    'ASIA で始まるアクセスキー ID は一時的なものです。IAM ユーザーの長期的なアクセスキーは AKIA で始まり、無効にするまで使い続けられます。',

  'walk.sign.title': '認証情報で API 呼び出しに署名する',
  'walk.sign.body':
    'この認証情報を使うリクエストには、認証情報による署名 (署名バージョン 4) とセッショントークンが付きます。AWS は署名を確認し、リクエストをロール {role} からのものとして扱います。',
  'walk.sign.arn': 'ロールの ARN:',

  'walk.decide.title': 'ポリシーが判定する',
  'walk.decide.policies': 'ロールで何ができるかは、許可ポリシーで決まります: {policies}。',
  'walk.decide.none':
    'このロールには許可ポリシーがありません。何も許可されないため、すべてのリクエストが暗黙的な拒否になります。',
  'walk.decide.boundary':
    'アクセス許可の境界が上限になります。アクションは、許可ポリシーと境界の両方で許可されている必要があります。',
  'walk.decide.session':
    'セッションポリシーは、このセッションの権限をさらに絞り込みます。アクションはセッションポリシーでも許可されている必要があります。',
  'walk.decide.scp':
    '組織のサービスコントロールポリシー (SCP) でも、アクションが許可されている必要があります。',
  'walk.decide.rule':
    'どれか 1 つにでも明示的な拒否があればそれが優先され、どのステートメントでも許可されていないものは暗黙的な拒否になります。',

  'walk.actions.title': 'サービスとアクション',
  'walk.actions.count': 'ポリシーには {services}にわたる {actions}があります (例: {examples})。',
  'walk.actions.effects':
    'ポリシーの記述では、許可が {allowed} 個、拒否が {denied} 個です。各カードの色と記号は、すべてのレイヤーを適用したときの AWS の判定を示します。',
  'walk.unit.action.one': '{n} 個のアクション',
  'walk.unit.action.other': '{n} 個のアクション',
  'walk.unit.service.one': '{n} 個のサービス',
  'walk.unit.service.other': '{n} 個のサービス',

  'walk.resources.title': '対象のリソース',
  'walk.resources.body': 'アクションの対象は {resources} です。',
  'walk.resources.star':
    '「*」は、各アクションが対象にできるすべてのリソースを表します。できるだけ、必要な ARN だけを指定してください。',

  'walk.net.label': 'ネットワーク経路',
  'walk.net.https': 'HTTPS (ポート 443)',
  'walk.net.endpoints': 'インターフェイス VPC エンドポイント',
  'walk.net.or': 'または',
  'walk.net.nat': 'NAT ゲートウェイ',
  'walk.net.natNote': '(パブリックエンドポイントへ)',
  'walk.net.region': 'リージョン',
  'walk.net.service': 'サービス',
  'walk.net.note':
    'ポリシーは呼び出しを許可し、経路はその呼び出しを届けます。経路がなければ、インスタンスはマネージドノードとして表示されません。',
};
