/**
 * The glossary: the terms a learner meets on the picture and in the lessons, defined in both
 * languages as AWS's documentation defines them. Data, not a component: the UI opens an entry
 * from a `?` beside a node kind, an editor tab or the legend, and from a lesson's `terms`.
 */
import type { DocKind } from '../../core';
import type { NodeKind } from '../../graph';
import type { Bilingual } from './types';

/** Every glossary id, in the order the glossary lists them (roughly the order of the story). */
export const GLOSSARY_IDS = [
  'principal',
  'role',
  'trust-policy',
  'sts',
  'session',
  'temporary-credentials',
  'access-key',
  'iam-user',
  'instance-profile',
  'permission-policy',
  'managed-vs-inline-policy',
  'resource-based-policy',
  'permissions-boundary',
  'session-policy',
  'scp',
  'rcp',
  'explicit-vs-implicit-deny',
  'condition-key',
  'federation',
  'identity-provider',
  'external-id',
  'confused-deputy',
  'role-chaining',
  'max-session-duration',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export interface GlossaryEntry {
  id: GlossaryId;
  /** The term as the UI shows it (AWS's Japanese term in ja). */
  term: Bilingual;
  /** Two or three sentences, exact per AWS's documentation. */
  definition: Bilingual;
  /** Entries worth reading next. */
  related?: readonly GlossaryId[];
}

export const GLOSSARY: readonly GlossaryEntry[] = [
  {
    id: 'principal',
    term: { en: 'Principal', ja: 'プリンシパル' },
    definition: {
      en: 'The person or workload that makes a request to AWS, or that a policy names in its Principal element: an AWS account, an IAM user or role, a role session, a federated user, or an AWS service such as ec2.amazonaws.com. A role’s trust policy lists the principals that may assume the role.',
      ja: 'AWS にリクエストを送る人やワークロード、またはポリシーの Principal 要素で指定される相手のことです。AWS アカウント、IAM ユーザーやロール、ロールのセッション、フェデレーションユーザー、ec2.amazonaws.com のような AWS のサービスがこれにあたります。ロールの信頼ポリシーには、そのロールを引き受けられるプリンシパルを列挙します。',
    },
    related: ['trust-policy', 'role', 'federation'],
  },
  {
    id: 'role',
    term: { en: 'Role (IAM role)', ja: 'ロール (IAM ロール)' },
    definition: {
      en: 'An IAM identity that has permission policies but no long-term credentials of its own: no password and no access keys. A trusted principal assumes it and receives temporary credentials for a session. A role is meant to be taken on by whoever needs it, like a job rather than a person.',
      ja: '許可ポリシーを持つ IAM の ID ですが、パスワードやアクセスキーといった長期的な認証情報は持ちません。信頼されたプリンシパルがロールを引き受けると、セッション用の一時的な認証情報を受け取ります。特定の人ではなく、必要とする誰もが担える「役割」のようなものです。',
    },
    related: ['trust-policy', 'permission-policy', 'temporary-credentials', 'iam-user'],
  },
  {
    id: 'trust-policy',
    term: { en: 'Trust policy', ja: '信頼ポリシー' },
    definition: {
      en: 'The resource-based policy of a role that says who may assume it. Its Principal element names the trusted principals, its Action is sts:AssumeRole, sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity, and conditions often narrow it further. Every role has exactly one; choosing a “trusted entity” in the console writes it.',
      ja: 'ロールのリソースベースのポリシーで、誰がロールを引き受けられるかを定めます。Principal 要素で信頼するプリンシパルを指定し、Action には sts:AssumeRole、sts:AssumeRoleWithSAML、sts:AssumeRoleWithWebIdentity を書きます。多くの場合、条件でさらに絞り込みます。ロールには必ず 1 つだけあり、コンソールの「信頼されたエンティティを選択」で作られるのがこのポリシーです。',
    },
    related: ['principal', 'role', 'sts', 'resource-based-policy'],
  },
  {
    id: 'sts',
    term: { en: 'STS (AWS Security Token Service)', ja: 'STS (AWS セキュリティトークンサービス)' },
    definition: {
      en: 'The AWS service that issues temporary security credentials. AssumeRole, AssumeRoleWithSAML and AssumeRoleWithWebIdentity each check the role’s trust policy and then start a session of the role. GetCallerIdentity returns who the caller is and needs no permission.',
      ja: '一時的なセキュリティ認証情報を発行する AWS のサービスです。AssumeRole、AssumeRoleWithSAML、AssumeRoleWithWebIdentity は、いずれもロールの信頼ポリシーを確認したうえでロールのセッションを開始します。GetCallerIdentity は呼び出し元が誰かを返す操作で、許可は必要ありません。',
    },
    related: ['session', 'temporary-credentials', 'trust-policy'],
  },
  {
    id: 'session',
    term: { en: 'Session (role session)', ja: 'セッション (ロールセッション)' },
    definition: {
      en: 'The period during which a principal acts as a role after assuming it, identified by a role session ARN such as arn:aws:sts::111122223333:assumed-role/RoleName/session-name. It lasts from 15 minutes up to the role’s maximum session duration (one hour at most when role chaining); then its credentials expire.',
      ja: 'ロールを引き受けたプリンシパルが、そのロールとして動作している期間のことです。arn:aws:sts::111122223333:assumed-role/RoleName/session-name のようなロールセッション ARN で識別されます。長さは 15 分からロールの最大セッション時間まで (ロールの連鎖では最長 1 時間) で、その後は認証情報が失効します。',
    },
    related: ['temporary-credentials', 'max-session-duration', 'session-policy'],
  },
  {
    id: 'temporary-credentials',
    term: { en: 'Temporary credentials', ja: '一時的な認証情報' },
    definition: {
      en: 'What STS returns for a session: an access key ID starting with ASIA, a secret access key, a session token and an expiration time. Every request signed with them must include the session token, and after the expiration they stop working without anyone having to revoke them.',
      ja: 'STS がセッションのために返す認証情報で、ASIA で始まるアクセスキー ID、シークレットアクセスキー、セッショントークン、有効期限から成ります。これで署名するリクエストにはセッショントークンを必ず含めます。有効期限を過ぎると、誰かが無効にしなくても使えなくなります。',
    },
    related: ['sts', 'session', 'access-key'],
  },
  {
    id: 'access-key',
    term: { en: 'Access key', ja: 'アクセスキー' },
    definition: {
      en: 'A long-term credential of an IAM user or the root user: an access key ID starting with AKIA and a secret access key, used to sign API and CLI requests. It keeps working until it is deactivated or deleted, which is why AWS recommends temporary credentials from roles wherever possible.',
      ja: 'IAM ユーザーまたはルートユーザーの長期的な認証情報で、AKIA で始まるアクセスキー ID とシークレットアクセスキーの組です。API や CLI のリクエストへの署名に使います。無効化または削除するまで使い続けられるため、AWS はできる限りロールの一時的な認証情報を使うよう推奨しています。',
    },
    related: ['iam-user', 'temporary-credentials'],
  },
  {
    id: 'iam-user',
    term: { en: 'IAM user', ja: 'IAM ユーザー' },
    definition: {
      en: 'An identity in an account for one person or application, with long-term credentials: a console password, access keys, or both. Its credentials only prove who it is; a new user can do nothing until a policy that allows it is attached.',
      ja: 'アカウント内で 1 人の人や 1 つのアプリケーションを表す ID で、コンソールのパスワードやアクセスキーといった長期的な認証情報を持ちます。認証情報で証明できるのは誰であるかだけで、作成したばかりのユーザーは、許可するポリシーをアタッチするまで何もできません。',
    },
    related: ['access-key', 'role', 'permission-policy'],
  },
  {
    id: 'instance-profile',
    term: { en: 'Instance profile', ja: 'インスタンスプロファイル' },
    definition: {
      en: 'A container for one IAM role that passes the role to an EC2 instance. Creating a role for EC2 in the console creates an instance profile of the same name, and the list you pick a role from when launching an instance is really a list of instance profiles. Applications on the instance then get the role’s temporary credentials from the instance metadata, refreshed automatically.',
      ja: 'EC2 インスタンスにロールを渡すための、ロールを 1 つだけ入れる入れ物です。コンソールで EC2 用のロールを作成すると同じ名前のインスタンスプロファイルも作成され、インスタンスの起動時に選ぶロールの一覧は、実際にはインスタンスプロファイルの一覧です。インスタンス上のアプリケーションは、インスタンスメタデータからロールの一時的な認証情報を取得し、認証情報は自動的に更新されます。',
    },
    related: ['role', 'temporary-credentials'],
  },
  {
    id: 'permission-policy',
    term: { en: 'Permission policy', ja: '許可ポリシー' },
    definition: {
      en: 'An identity-based policy attached to a user, group or role that says which actions it may perform on which resources, under which conditions. A role’s permission policies define what its sessions may do; each is an AWS managed, a customer managed or an inline policy.',
      ja: 'ユーザー、グループ、ロールにアタッチするアイデンティティベースのポリシーで、どのリソースに対してどのアクションをどんな条件で実行できるかを定めます。ロールの許可ポリシーが、そのセッションにできることを決めます。AWS 管理ポリシー、カスタマー管理ポリシー、インラインポリシーのいずれかです。',
    },
    related: ['managed-vs-inline-policy', 'trust-policy', 'permissions-boundary'],
  },
  {
    id: 'managed-vs-inline-policy',
    term: { en: 'Managed vs inline policy', ja: '管理ポリシーとインラインポリシー' },
    definition: {
      en: 'A managed policy is a standalone policy with its own ARN that can be attached to many users, groups and roles: AWS managed policies such as AmazonSSMManagedInstanceCore are written and updated by AWS, customer managed policies by you. An inline policy is embedded in a single identity and is deleted together with it.',
      ja: '管理ポリシーは独自の ARN を持つ独立したポリシーで、複数のユーザー、グループ、ロールにアタッチできます。AmazonSSMManagedInstanceCore のような AWS 管理ポリシーは AWS が作成・更新し、カスタマー管理ポリシーは自分で作成します。インラインポリシーは 1 つの ID に埋め込まれたポリシーで、その ID を削除すると一緒に削除されます。',
    },
    related: ['permission-policy'],
  },
  {
    id: 'resource-based-policy',
    term: { en: 'Resource-based policy', ja: 'リソースベースのポリシー' },
    definition: {
      en: 'A policy attached to a resource instead of an identity, such as an S3 bucket policy, a KMS key policy or a role’s trust policy. Its Principal element names who may act on the resource, which makes it the usual way to grant access to another account; within the same account it can in most cases grant access on its own.',
      ja: 'ID ではなくリソースにアタッチするポリシーで、S3 バケットポリシー、KMS キーポリシー、ロールの信頼ポリシーなどがあります。Principal 要素で誰がそのリソースを操作できるかを指定するので、別のアカウントにアクセスを許可するときの一般的な方法です。同じアカウント内では、多くの場合リソースベースのポリシーだけでアクセスを許可できます。',
    },
    related: ['trust-policy', 'principal', 'permission-policy'],
  },
  {
    id: 'permissions-boundary',
    term: { en: 'Permissions boundary', ja: 'アクセス許可の境界' },
    definition: {
      en: 'A managed policy set on a user or role as the maximum permissions its identity-based policies can grant. It grants nothing itself: a request is allowed only if both a permission policy and the boundary allow it, so the effective permissions are their intersection.',
      ja: 'ユーザーやロールに設定する管理ポリシーで、アイデンティティベースのポリシーが与えられる権限の上限を定めます。境界そのものは何も許可しません。リクエストが許可されるのは許可ポリシーと境界の両方が許可する場合だけなので、有効な権限は両者の共通部分になります。',
    },
    related: ['permission-policy', 'scp', 'session-policy', 'explicit-vs-implicit-deny'],
  },
  {
    id: 'session-policy',
    term: { en: 'Session policy', ja: 'セッションポリシー' },
    definition: {
      en: 'A policy passed in the Policy or PolicyArns parameter when a session is created with AssumeRole, AssumeRoleWithSAML or AssumeRoleWithWebIdentity. It narrows that one session: the session’s permissions are the intersection of the role’s identity-based policies and the session policy, never more.',
      ja: 'AssumeRole、AssumeRoleWithSAML、AssumeRoleWithWebIdentity でセッションを作るときに、Policy または PolicyArns パラメータで渡すポリシーです。そのセッションだけの権限を絞り込みます。セッションの権限はロールのアイデンティティベースのポリシーとセッションポリシーの共通部分になり、それを超えることはありません。',
    },
    related: ['session', 'permissions-boundary'],
  },
  {
    id: 'scp',
    term: { en: 'SCP (service control policy)', ja: 'サービスコントロールポリシー (SCP)' },
    definition: {
      en: 'A policy of AWS Organizations attached to the organization root, an OU or an account. It sets the maximum permissions of the IAM users and roles in member accounts, the root user included, but never grants any: an action must be allowed by the SCPs at every level and by the account’s own policies. SCPs do not apply to the management account or to service-linked roles.',
      ja: 'AWS Organizations のルート、OU、アカウントにアタッチするポリシーです。メンバーアカウントの IAM ユーザーとロール (ルートユーザーを含む) が持てる権限の上限を定めますが、権限を付与することはありません。アクションが許可されるには、すべての階層の SCP とアカウント自身のポリシーの両方で許可されている必要があります。管理アカウントとサービスリンクロールには適用されません。',
    },
    related: ['rcp', 'permissions-boundary', 'explicit-vs-implicit-deny'],
  },
  {
    id: 'rcp',
    term: { en: 'RCP (resource control policy)', ja: 'リソースコントロールポリシー (RCP)' },
    definition: {
      en: 'A policy of AWS Organizations that sets the maximum permissions on the resources in member accounts, whoever makes the request, including principals outside the organization. Like an SCP it never grants anything. It applies to a subset of services, such as Amazon S3, AWS STS, AWS KMS, Amazon SQS and AWS Secrets Manager, and the RCPFullAWSAccess policy is attached by default.',
      ja: 'AWS Organizations のポリシーで、メンバーアカウント内のリソースについて、誰がリクエストしても (組織外のプリンシパルであっても) 許可できる上限を定めます。SCP と同じく、権限を付与することはありません。対象は Amazon S3、AWS STS、AWS KMS、Amazon SQS、AWS Secrets Manager など一部のサービスで、デフォルトでは RCPFullAWSAccess ポリシーがアタッチされています。',
    },
    related: ['scp', 'resource-based-policy'],
  },
  {
    id: 'explicit-vs-implicit-deny',
    term: { en: 'Explicit vs implicit deny', ja: '明示的な拒否と暗黙的な拒否' },
    definition: {
      en: 'Every request starts out denied; if no applicable policy allows it, it stays denied, which is an implicit deny. An explicit deny is a Deny statement that matches the request, and it wins over every Allow in any policy. A request a permission policy allows is still implicitly denied if an SCP, a permissions boundary or a session policy does not allow it too.',
      ja: 'すべてのリクエストは最初は拒否された状態にあり、どのポリシーにも許可されなければ拒否のままです。これが暗黙的な拒否です。明示的な拒否は、リクエストに当てはまる Deny ステートメントのことで、どのポリシーにある Allow よりも優先されます。許可ポリシーが許可したリクエストでも、SCP、アクセス許可の境界、セッションポリシーが許可していなければ暗黙的に拒否されます。',
    },
    related: ['permission-policy', 'scp', 'permissions-boundary'],
  },
  {
    id: 'condition-key',
    term: { en: 'Condition key', ja: '条件キー' },
    definition: {
      en: 'A named value of the request context that a policy’s Condition element tests, such as aws:SourceIp, aws:RequestedRegion, sts:ExternalId or SAML:aud. Keys starting with aws: are global condition keys; the others start with the prefix of a service or a provider, such as sts: or SAML:.',
      ja: 'ポリシーの Condition 要素が判定に使う、リクエストコンテキストの名前付きの値です。aws:SourceIp、aws:RequestedRegion、sts:ExternalId、SAML:aud などがあります。aws: で始まるキーはグローバル条件キーで、それ以外のキーは sts: や SAML: のように、サービスやプロバイダーのプレフィックスで始まります。',
    },
    related: ['trust-policy', 'external-id'],
  },
  {
    id: 'federation',
    term: { en: 'Federation', ja: 'フェデレーション' },
    definition: {
      en: 'Giving people or workloads authenticated outside AWS, for example by a corporate directory or by an OIDC provider such as GitHub Actions, access to AWS through a role instead of IAM users. The external identity is exchanged for temporary credentials with sts:AssumeRoleWithSAML or sts:AssumeRoleWithWebIdentity.',
      ja: '社内ディレクトリや GitHub Actions のような OIDC プロバイダーなど、AWS の外で認証された人やワークロードに、IAM ユーザーを作らずにロールを通して AWS へのアクセスを与えることです。外部の ID は、sts:AssumeRoleWithSAML または sts:AssumeRoleWithWebIdentity で一時的な認証情報に引き換えられます。',
    },
    related: ['identity-provider', 'principal', 'temporary-credentials'],
  },
  {
    id: 'identity-provider',
    term: { en: 'Identity provider (IdP)', ja: 'ID プロバイダー (IdP)' },
    definition: {
      en: 'A service outside AWS that authenticates users, such as a corporate SAML 2.0 IdP or an OpenID Connect (OIDC) provider. You register it in IAM as a SAML or OIDC identity provider, and a role’s trust policy names its ARN as a Federated principal, for example arn:aws:iam::111122223333:saml-provider/ExampleCorpIdP.',
      ja: '社内の SAML 2.0 IdP や OpenID Connect (OIDC) プロバイダーなど、AWS の外でユーザーを認証するサービスです。IAM に SAML または OIDC の ID プロバイダーとして登録し、ロールの信頼ポリシーでは Federated プリンシパルとしてその ARN (例: arn:aws:iam::111122223333:saml-provider/ExampleCorpIdP) を指定します。',
    },
    related: ['federation', 'trust-policy'],
  },
  {
    id: 'external-id',
    term: { en: 'External ID', ja: '外部 ID' },
    definition: {
      en: 'A value that the owner of a role requires in its trust policy with the sts:ExternalId condition key, and that a third party passes in the ExternalId parameter of AssumeRole. The third party gives each customer a unique value, so it cannot be tricked into using one customer’s role on behalf of another.',
      ja: 'ロールの所有者が信頼ポリシーで条件キー sts:ExternalId を使って要求する値で、第三者は AssumeRole の ExternalId パラメータでこれを渡します。第三者は顧客ごとに一意の値を割り当てるので、ある顧客のロールを別の顧客のために使わされることがありません。',
    },
    related: ['confused-deputy', 'condition-key', 'trust-policy'],
  },
  {
    id: 'confused-deputy',
    term: { en: 'Confused deputy', ja: '「混乱した代理」問題' },
    definition: {
      en: 'A security problem in which an entity without permission to perform an action coerces a more-privileged entity, the deputy, into performing it. A third party that assumes roles in many customers’ accounts is such a deputy; requiring sts:ExternalId in the role’s trust policy prevents it. For AWS services acting on your behalf, the aws:SourceArn and aws:SourceAccount condition keys play the same part.',
      ja: 'ある操作を行う権限を持たないエンティティが、より強い権限を持つエンティティ (代理) にその操作をさせてしまうセキュリティ上の問題です。多くの顧客のアカウントでロールを引き受ける第三者は、この代理になり得ます。ロールの信頼ポリシーで sts:ExternalId を必須にすると防げます。ユーザーに代わって動作する AWS のサービスに対しては、条件キー aws:SourceArn と aws:SourceAccount が同じ役割を果たします。',
    },
    related: ['external-id', 'trust-policy', 'condition-key'],
  },
  {
    id: 'role-chaining',
    term: { en: 'Role chaining', ja: 'ロールの連鎖 (ロールチェーン)' },
    definition: {
      en: 'Using a role’s credentials to assume another role, for example a build job running as CI-Runner assuming a deployment role. A chained session lasts one hour at most, whatever the second role’s maximum session duration; asking for a longer DurationSeconds makes AssumeRole fail.',
      ja: 'あるロールの認証情報を使って別のロールを引き受けることです。たとえば CI-Runner として動くビルドジョブが、デプロイ用のロールを引き受ける場合がこれにあたります。連鎖したセッションは、2 つ目のロールの最大セッション時間にかかわらず最長 1 時間で、それより長い DurationSeconds を指定すると AssumeRole は失敗します。',
    },
    related: ['session', 'max-session-duration'],
  },
  {
    id: 'max-session-duration',
    term: { en: 'Maximum session duration', ja: '最大セッション時間' },
    definition: {
      en: 'A setting of a role (MaxSessionDuration) from 1 hour (3600 seconds, the default) to 12 hours (43200 seconds). It caps the DurationSeconds a caller may ask for in AssumeRole, AssumeRoleWithSAML or AssumeRoleWithWebIdentity, but it cannot make a chained session last longer than one hour.',
      ja: 'ロールの設定 (MaxSessionDuration) で、1 時間 (3600 秒、デフォルト) から 12 時間 (43200 秒) までの値を指定します。AssumeRole、AssumeRoleWithSAML、AssumeRoleWithWebIdentity で呼び出し元が要求できる DurationSeconds の上限になりますが、ロールの連鎖によるセッションを 1 時間より長くすることはできません。',
    },
    related: ['session', 'role-chaining'],
  },
];

/** The entry for an id (undefined for an id the glossary does not have). */
export function glossaryEntry(id: string): GlossaryEntry | undefined {
  return GLOSSARY.find((e) => e.id === id);
}

/** The entry a `?` beside each kind of graph node opens (kinds with no term of their own have none). */
export const GLOSSARY_FOR_NODE_KIND: Readonly<Partial<Record<NodeKind, GlossaryId>>> = {
  principal: 'principal',
  'instance-profile': 'instance-profile',
  'trust-policy': 'trust-policy',
  condition: 'condition-key',
  sts: 'sts',
  credentials: 'temporary-credentials',
  role: 'role',
  boundary: 'permissions-boundary',
  scp: 'scp',
  rcp: 'rcp',
  // A VPC endpoint policy is a resource-based policy on the endpoint (the editor tab's `?` says so too).
  'endpoint-policy': 'resource-based-policy',
  'permission-policy': 'permission-policy',
};

/** The entry a `?` beside each kind of editor tab opens. */
export const GLOSSARY_FOR_DOC_KIND: Readonly<Record<DocKind, GlossaryId>> = {
  trust: 'trust-policy',
  identity: 'permission-policy',
  boundary: 'permissions-boundary',
  session: 'session-policy',
  scp: 'scp',
  rcp: 'rcp',
  endpoint: 'resource-based-policy',
  resource: 'resource-based-policy',
};
