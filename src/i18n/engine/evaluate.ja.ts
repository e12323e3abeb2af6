/** 評価エンジンのコード (メモ・判定ステップ・理由・リクエストのエラー) の日本語。 */
import type {
  NoteParams,
  PolicyKind,
  PolicyName,
  ReasonParams,
  RequestErrorParams,
  StatementName,
  StepParams,
} from '../../core';
import type { Renderers } from '../types';
import { incompleteCausesText } from './incomplete';
import { parseDiagnosticText } from './policy';
import { jsonDetailJa } from './jsonDetail';

const KIND: Record<PolicyKind, string> = {
  identity: 'アイデンティティベースのポリシー',
  resource: 'リソースベースのポリシー',
  boundary: 'アクセス許可の境界',
  session: 'セッションポリシー',
  scp: 'SCP',
  rcp: 'RCP',
  endpoint: 'VPC エンドポイントポリシー',
};

/** 「アイデンティティベースのポリシー 2」「SCP 1」「アクセス許可の境界」「信頼ポリシー」。 */
export { sp as spaceBeforeParticle };

export function policyNameJa(p: PolicyName): string {
  switch (p.kind) {
    case 'identity':
      return `アイデンティティベースのポリシー ${p.index + 1}`;
    case 'scp':
      return `SCP ${p.index + 1}`;
    case 'boundary':
      return 'アクセス許可の境界';
    case 'session':
      return 'セッションポリシー';
    case 'rcp':
      return `RCP ${p.index + 1}`;
    case 'endpoint':
      return 'VPC エンドポイントポリシー';
    case 'resource':
      return p.trust ? '信頼ポリシー' : p.key ? 'キーポリシー' : 'リソースベースのポリシー';
  }
}

/** Sid があれば「ステートメント「DenyS3」」、なければ「ステートメント 2」。 */
export function statementNameJa(s: StatementName): string {
  return s.sid !== undefined ? `ステートメント「${s.sid}」` : `ステートメント ${s.index + 1}`;
}

/** A space before a particle when the name ends in Latin letters or digits ("SCP 1 の"), as AWS's Japanese docs write it. */
const sp = (name: string): string => (/[A-Za-z0-9)]$/.test(name) ? `${name} ` : name);

const who = (w: string): string => (w === '' ? 'このプリンシパル' : w);
const inPolicy = (s: StatementName, p: PolicyName): string =>
  `${sp(policyNameJa(p))}の${statementNameJa(s)}`;

export const notesJa: Renderers<NoteParams> = {
  'policy-syntax': (p) =>
    `ポリシーのテキストを読み取れません (${p.line} 行 ${p.column} 列): ${parseDiagnosticText('ja', { code: p.problem, syntaxError: p.syntaxError })}`,
  'policy-not-object': () =>
    'ポリシーは {"Version": …, "Statement": […]} のような JSON オブジェクトである必要があります。',
  'policy-no-version': () =>
    'Version 要素がないため、${aws:username} などのポリシー変数はただの文字列として扱われます。',
  'policy-old-version': (p) =>
    `Version が ${p.version} のため、\${aws:username} などのポリシー変数はただの文字列として扱われます。`,
  'policy-no-statement': () =>
    'ポリシーに Statement 要素 (オブジェクト、またはオブジェクトの配列) がありません。',
  'statements-truncated': (p) =>
    `ステートメント ${p.total} 個のうち、評価したのは最初の ${p.limit} 個だけです。`,
  'statement-not-object': () => 'このステートメントはオブジェクトではないため、無視しました。',
  'effect-invalid': () =>
    'Effect は "Allow" か "Deny" (大文字と小文字を区別) である必要があります。このステートメントは無視しました。',
  'no-action-element': () =>
    'このステートメントには Action も NotAction もないため、どのリクエストにも一致しません。',
  'no-resource-element': () =>
    'このステートメントには Resource も NotResource もないため、どのリクエストにも一致しません。',
  'element-not-strings': (p) => `${p.element} は文字列か文字列の配列である必要があります。`,
  'values-truncated': (p) =>
    `${p.element}: 値 ${p.total} 個のうち、読み取ったのは最初の ${p.limit} 個だけです。`,
  'value-not-string': (p) => `${p.element}[${p.index}] は文字列ではないため、無視しました。`,
  'principal-invalid': (p) =>
    `${p.element} は "*" か、AWS・Service・Federated・CanonicalUser を持つオブジェクトである必要があります。`,
  'principal-type-unknown': (p) =>
    `${p.element}.${p.type} はプリンシパルの種類 (AWS、Service、Federated、CanonicalUser) ではありません。`,
  'canonical-user-unsupported': () =>
    'CanonicalUser プリンシパル (S3 の正規ユーザー ID) は扱っていないため、常に一致しません。',
  'unresolved-variables': (p) =>
    `リクエストに値がないポリシー変数があります: ${p.variables.join('、')}`,
  'resource-policy-needs-principal': () =>
    'リソースベースのポリシーのステートメントには Principal か NotPrincipal が必要です。このステートメントは誰にも一致しません。',
  'principal-ignored': (p) =>
    `${p.element} は${sp(KIND[p.kind])}では使われないため、無視しました。`,
  'not-principal-allow-unsupported': () =>
    'NotPrincipal は Deny とだけ組み合わせて使えます。Allow との組み合わせは AWS がサポートしていないため、このステートメントは何も許可しません。',
  'not-principal-with-boundary': () =>
    'Deny と NotPrincipal の組み合わせは、アクセス許可の境界を持つ IAM プリンシパルには常に適用されます。',
  'statement-incomplete': (p) =>
    p.effect === 'Deny'
      ? `このステートメントは照合を最後まで行えなかったため (${incompleteCausesText('ja', p.causes)})、適用されるものとして扱いました (Deny は安全側に倒します)。`
      : `このステートメントは照合を最後まで行えなかったため (${incompleteCausesText('ja', p.causes)})、適用されないものとして扱いました (Allow は安全側に倒します)。`,
  'condition-not-object': () => 'Condition はオブジェクトである必要があります。',
  'operator-unknown': (p) => `不明な演算子「${p.operator}」のため、この条件は一致しません。`,
  'operator-block-invalid': () =>
    '条件演算子の値は、条件キーから値へのオブジェクトである必要があります。',
  'condition-values-invalid': () =>
    '条件の値は文字列・数値・真偽値、またはそれらの配列である必要があります。',
  'multivalued-without-set-operator': () =>
    '複数値のキーを ForAllValues / ForAnyValue なしで判定しています。',
  'request-no-action': () => 'リクエストにアクションがないため、どのステートメントも一致しません。',
  'context-not-object': () => 'コンテキストがオブジェクトではないため、無視しました。',
  'context-keys-truncated': (p) => `コンテキストキーは最初の ${p.limit} 個だけを読み取りました。`,
  'context-value-invalid': (p) =>
    `コンテキストキー「${p.key}」の値が文字列・数値・真偽値やその配列ではないため、無視しました。`,
  'context-values-truncated': (p) =>
    `コンテキストキー「${p.key}」: 値は最初の ${p.limit} 個だけを読み取りました。`,
  'context-derived': (p) => `プリンシパルから補った値: ${p.keys.join('、')}`,
  'policies-truncated': (p) => `${sp(KIND[p.kind])}は最初の ${p.limit} 個だけを評価しました。`,
  'identity-not-applicable': () =>
    'アイデンティティベースのポリシーを持つのは IAM ユーザー・ロール・セッションだけのため、適用しませんでした。',
  'scp-not-applicable': () => 'SCP が適用されるのはメンバーアカウントのプリンシパルだけです。',
  'boundary-not-applicable': () =>
    'アクセス許可の境界が適用されるのは IAM ユーザーとロールだけです。',
  'session-not-applicable': () =>
    'セッションポリシーが適用されるのはロールセッションとフェデレーションユーザーのセッションだけです。',
  'rcp-not-applicable-service': (p) =>
    p.service === ''
      ? 'RCP が適用されるのは RCP に対応したサービスだけです。このアクションにはサービスがありません。'
      : `RCP は ${p.service} には適用されません (適用されるのは Amazon S3、AWS STS、AWS KMS、Amazon SQS、Secrets Manager など RCP に対応したサービスだけです)。`,
  'rcp-not-applicable-service-linked-role': () =>
    'サービスにリンクされたロールの操作は RCP では制限されません。',
  'rcp-full-access-implied': () =>
    'この RCP には Deny ステートメントしかありません。それ以外は、AWS がすべての階層にアタッチし、デタッチできない RCPFullAWSAccess が許可します。',
  'policy-invalid': (p) =>
    `${sp(policyNameJa(p.policy))}を読み取れませんでした${p.cause ? `: ${noteTextJa(p.cause)}` : '。'}`,
  'budget-exhausted': () =>
    '照合を途中で打ち切りました。ポリシーの照合に評価の上限を超える処理が必要だったためです。照合しきれなかったステートメントは安全側に倒し、Deny は適用、Allow は不適用として扱いました。',
};

/** メモを 1 つ日本語にする (policy-invalid は原因のメモを含む)。 */
export function noteTextJa<N extends { code: keyof NoteParams; params: unknown }>(note: N): string {
  const render = notesJa[note.code] as (params: unknown) => string;
  return render(note.params);
}

export const stepsJa: Renderers<StepParams> = {
  'deny-applies': () =>
    'Deny ステートメントが適用されます。明示的な拒否はすべての許可より優先されます。',
  'no-deny': () => '適用される Deny ステートメントはありません。',
  'no-identity-side': () =>
    'AWS サービス・フェデレーション・匿名のプリンシパルには、アイデンティティ側のポリシーがありません。',
  'scp-missing-allow': () => 'すべての SCP がこのアクションを許可している必要があります。',
  'scp-all-allow': () => 'すべての SCP がこのアクションを許可しています。',
  'no-scps': () => 'SCP は指定されていません。',
  'caller-identity-exception': () =>
    'sts:GetCallerIdentity にはアクセス許可が不要で、どのポリシーでも拒否できません。',
  'rcp-missing-allow': () => 'すべての RCP がこのアクションを許可している必要があります。',
  'rcp-all-allow': () => 'すべての RCP がこのアクションを許可しています。',
  'no-rcps': () => 'RCP は指定されていません (RCPFullAWSAccess がすべてを許可します)。',
  'rcps-not-applicable': () => 'このリクエストには RCP が適用されません。',
  'no-endpoint-policy': () => 'VPC エンドポイントポリシーはありません。',
  'endpoint-allows': () => 'VPC エンドポイントポリシーが許可しています。',
  'endpoint-no-allow': () => 'VPC エンドポイントポリシーが許可していません。',
  'root-full-access': () =>
    'アカウントのルートユーザーは、自分のアカウント内ではすべての操作ができます。',
  'identity-allows': () => 'アイデンティティベースのポリシーが許可しています。',
  'identity-no-allow': () => '許可しているアイデンティティベースのポリシーはありません。',
  'not-needed-direct-grant': () =>
    '判定不要: 同じアカウント内でこのプリンシパルに直接与えた許可は、暗黙的な拒否では制限されません。',
  'not-needed-role-grant': () =>
    '判定不要: 同じアカウント内でロール ARN に与えた許可は、アイデンティティベースのポリシーでは制限されません。',
  'no-boundary': () => 'アクセス許可の境界はありません。',
  'boundary-allows': () => 'アクセス許可の境界が許可しています。',
  'boundary-no-allow': () => 'アクセス許可の境界が許可していません。',
  'no-session-policy': () => 'セッションポリシーはありません。',
  'session-allows': () => 'セッションポリシーが許可しています。',
  'session-no-allow': () => 'セッションポリシーが許可していません。',
  'federated-without-session-policy': () =>
    'セッションポリシーのないフェデレーションユーザーのセッションには、アクセス許可がありません。',
  'resource-allows': (p) => `${sp(policyNameJa(p.policy))}が ${who(p.who)} を許可しています。`,
  'resource-no-allow': (p) => `${sp(policyNameJa(p.policy))}は ${who(p.who)} を許可していません。`,
  'resource-missing': (p) => `${sp(policyNameJa(p.policy))}は指定されていません。`,
  'resource-names-principal': (p) =>
    `${sp(policyNameJa(p.policy))}が ${who(p.who)} を直接指定しています。`,
  'resource-names-role': (p) =>
    `${sp(policyNameJa(p.policy))}がロールを指定しています。これはロールのセッションも含みます。`,
  'resource-names-account': (p) =>
    `${sp(policyNameJa(p.policy))}がアカウントを指定しています。判定はそのアカウントのアイデンティティベースのポリシーに委ねられます。`,
  'no-resource-policy': () => 'リソースベースのポリシーはありません。',
};

export const reasonsJa: Renderers<ReasonParams> = {
  'explicit-deny': (p) =>
    `${sp(inPolicy(p.statement, p.policy))}が ${p.action} を明示的に拒否しています。`,
  'resource-policy-allows': (p) =>
    `${sp(inPolicy(p.statement, p.policy))}が ${who(p.who)} に ${p.action} の呼び出しを許可しています。`,
  'resource-policy-no-allow': (p) =>
    `${sp(policyNameJa(p.policy))}には、${who(p.who)} に ${p.action} の呼び出しを許可するステートメントがありません。`,
  'resource-policy-missing': (p) =>
    `${sp(policyNameJa(p.policy))}が指定されておらず、ほかに ${who(p.who)} を許可できるものはありません。`,
  'only-resource-policy-can-allow': (p) =>
    `${who(p.who)} にはアイデンティティベースのポリシーがないため、許可できるのは${policyNameJa(p.policy)}だけです。`,
  'scp-no-allow': (p) =>
    `${sp(policyNameJa(p.policy))}には ${p.action} を許可するステートメントがないため、リクエストは暗黙的に拒否されます。`,
  'caller-identity-no-permission': (p) =>
    `${p.action} にはアクセス許可が不要です。有効な認証情報があれば誰でも呼び出せ、明示的な拒否があっても止められません。`,
  'rcp-no-allow': (p) =>
    `${sp(policyNameJa(p.policy))}には ${p.action} を許可するステートメントがないため、リクエストは暗黙的に拒否されます。`,
  'endpoint-no-allow': (p) =>
    `VPC エンドポイントポリシーが ${p.action} を許可していないため、リクエストは暗黙的に拒否されます。`,
  'key-policy-no-allow': (p) =>
    p.given
      ? `キーポリシーに、${who(p.who)} に ${p.action} の呼び出しを許可するステートメントがありません。KMS キーでは、アイデンティティベースのポリシーだけでは何も許可されません。`
      : 'キーポリシーが指定されていません。KMS キーでは、アイデンティティベースのポリシーだけでは何も許可されず、キーポリシーでも許可されている必要があります。',
  'key-policy-account-needs-identity': () =>
    'キーポリシーが指定しているのはこのプリンシパルではなくアカウントのため、呼び出し元のアイデンティティベースのポリシーでも許可されている必要があります。',
  'identity-no-allow': (p) =>
    `アイデンティティベースのポリシーに、${p.resource} への ${p.action} を許可するステートメントがありません。`,
  'boundary-no-allow': (p) =>
    `アクセス許可の境界が ${p.action} を許可していないため、リクエストは暗黙的に拒否されます。`,
  'session-no-allow': (p) =>
    `セッションポリシーが ${p.action} を許可していないため、リクエストは暗黙的に拒否されます。`,
  'federated-without-session-policy': () =>
    'セッションポリシーのないフェデレーションユーザーのセッションには、アクセス許可がありません。',
  'condition-not-met': (p) => {
    const what = p.conditions
      .map((c) =>
        c.unknownOperator ? `不明な演算子 ${c.operator}` : `${c.key} に対する ${c.operator}`,
      )
      .join('、');
    return `${sp(inPolicy(p.statement, p.policy))}は許可するはずですが、条件 (${what}) を満たしていません。`;
  },
  'cross-account-resource-policy-missing': (p) =>
    `クロスアカウントのリクエストでは${sp(policyNameJa(p.policy))}も ${who(p.who)} を許可する必要がありますが、${p.given ? '許可していません' : '指定されていません'}。`,
  'cross-account-allowed': (p) =>
    `クロスアカウントのリクエストが許可されました。アイデンティティベースのポリシーと${sp(policyNameJa(p.policy))}の両方が ${p.action} を許可しています。`,
  'cross-account-needs-both': () =>
    'クロスアカウントのリクエストには、プリンシパル側のアイデンティティベースのポリシーとリソース側のポリシーの両方の許可が必要です。',
  'direct-grant': (p) =>
    `${sp(inPolicy(p.statement, p.policy))}が ${who(p.who)} に ${p.action} の呼び出しを許可しています。同じアカウント内でプリンシパルに直接与えた許可は、アイデンティティベースのポリシー・アクセス許可の境界・セッションポリシーの暗黙的な拒否では制限されません。`,
  'role-grant': (p) =>
    `${sp(inPolicy(p.statement, p.policy))}がロール ${p.role} に ${p.action} の呼び出しを許可しています。`,
  'role-grant-limited': () =>
    'ロール ARN に与えた許可も、アクセス許可の境界やセッションポリシーの暗黙的な拒否では制限されます。',
  'trust-no-allow': (p) =>
    p.given
      ? `信頼ポリシーに、${who(p.who)} に ${p.action} の呼び出しを許可するステートメントがありません。アイデンティティベースのポリシーだけでは、ロールを引き受けることはできません。`
      : '信頼ポリシーが指定されていません。アイデンティティベースのポリシーだけでは、ロールを引き受けることはできません。',
  'identity-allows': (p) =>
    `${sp(inPolicy(p.statement, p.policy))}が ${p.resource} への ${p.action} を許可しています。`,
  'root-allowed': (p) =>
    `アカウントのルートユーザーは、自分のアカウント内で ${p.action} を呼び出せます。`,
  'account-trust-delegates': (p) =>
    `${sp(policyNameJa(p.policy))}がアカウントを信頼しており、アイデンティティベースのポリシーも許可しています。`,
  'account-trust-needs-identity': () =>
    '信頼ポリシーが指定しているのはこのプリンシパルではなくアカウントのため、呼び出し元のアイデンティティベースのポリシーでも許可されている必要があります。',
  incomplete: (p) =>
    `この判定は完全ではありません (${incompleteCausesText('ja', p.causes)})。照合しきれなかった Deny ステートメントは適用、Allow ステートメントは不適用として扱いました (安全側の判定です)。`,
  'evaluation-failed': (p) => `リクエストを評価できませんでした (${p.error})。`,
};

export const requestErrorsJa: Renderers<RequestErrorParams> = {
  'request-not-text': () => 'リクエストは JSON テキストである必要があります。',
  'request-too-large': (p) => `リクエストが ${p.limit} 文字を超えています。`,
  'request-not-json': (p) => `リクエストが正しい JSON ではありません: ${jsonDetailJa(p.detail)}`,
  'request-unreadable': () => 'リクエストを読み取れませんでした。',
  'request-not-object': () =>
    'リクエストは principal・action・resource・policies を持つ JSON オブジェクトである必要があります。',
  'principal-not-object': () =>
    'principal は "AWS"・"Service"・"Federated" のいずれかを持つオブジェクトである必要があります (例: {"AWS": "arn:aws:iam::111122223333:user/alice"})。',
  'principal-type-count': () =>
    'principal には "AWS"・"Service"・"Federated" のうち 1 つだけを指定してください。',
  'principal-empty': (p) => `principal.${p.type} は空でない文字列である必要があります。`,
  'action-missing': () => 'action は "s3:GetObject" のような空でない文字列である必要があります。',
  'resource-missing': () => 'resource は空でない文字列 (ARN または "*") である必要があります。',
  'resource-account-invalid': () =>
    'resourceAccount は 12 桁のアカウント ID である必要があります。',
  'context-not-object': () => 'context は条件キーから値へのオブジェクトである必要があります。',
  'context-value-invalid': (p) =>
    `context["${p.key}"] は文字列・数値・真偽値、またはそれらの配列である必要があります。`,
  'policies-not-object': () =>
    'policies は identity・boundary・session・scp・rcp・endpoint・resource を持つオブジェクトである必要があります。',
  'policy-list-not-array': (p) => `${p.list} はポリシーの配列である必要があります。`,
  'policy-not-object-or-text': (p) =>
    `${p.where}: ポリシーはオブジェクトか JSON テキストである必要があります。`,
  'policy-unreadable': (p) => `${p.where}: ${noteTextJa(p.problem)}`,
};
