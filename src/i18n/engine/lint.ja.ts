/** Japanese words for the linter's codes: each finding's message and each quick fix's title. */
import {
  EXAMPLE_ACCOUNT,
  FAMILY_OPERATOR,
  type ArnProblem,
  type FixParams,
  type LintParams,
  type PrincipalFreeKind,
  type SizeQuota,
  type ValueFamily,
} from '../../core';
import type { Renderers } from '../types';
import { listOf, orList, quote, formatCount } from '../words';
import { parseDiagnosticText, syntaxErrorText } from './policy';

const q = (text: string): string => quote('ja', text);
const num = (n: number): string => formatCount('ja', n);
/** Japanese sets a space between a Latin word (or a closing parenthesis) and the kana after it. */
const gap = (text: string): string => (/[A-Za-z0-9)]$/.test(text) ? `${text} ` : text);
const didYouMean = (suggestion: string | undefined): string =>
  suggestion !== undefined ? `${q(suggestion)}の誤りではありませんか?` : '';

const PRINCIPAL_FREE: Record<PrincipalFreeKind, string> = {
  identity: 'アイデンティティベースのポリシー',
  boundary: 'アクセス許可の境界',
  session: 'セッションポリシー',
  scp: 'サービスコントロールポリシー (SCP)',
};

const WANTS: Record<ValueFamily, string> = {
  Numeric: '10 のような数値',
  Date: '2025-01-31T00:00:00Z のような ISO 8601 形式の日付 (またはエポック秒)',
  Bool: 'true または false',
  Null: 'true または false',
  IpAddress: '203.0.113.0/24 のような IPv4 または IPv6 のアドレスか CIDR 範囲',
  Arn: `arn:aws:iam::${EXAMPLE_ACCOUNT}:role/example のような ARN`,
};

/** What is wrong with a string that starts like an ARN, part by part. */
function arnProblemJa(p: Exclude<ArnProblem, { part: 'not-arn' }>): string {
  switch (p.part) {
    case 'too-few-parts':
      return 'ARN は arn:partition:service:region:account:resource の 6 つの部分からなります';
    case 'resource':
      return 'リソースの部分が空です';
    case 'partition':
      return `${q(p.value)}はパーティションではありません`;
    case 'service':
      return `${q(p.value)}はサービス名ではありません`;
    case 'region':
      return `${q(p.value)}はリージョンではありません`;
    case 'account':
      return `${q(p.value)}は 12 桁のアカウント ID ではありません`;
  }
}

function quotaJa(quota: SizeQuota, limit: number, raisableTo: number | undefined): string {
  switch (quota) {
    case 'trust-max':
      return `ロールの信頼ポリシーの最大サイズ (${num(limit)} 文字)`;
    case 'trust-default':
      return `ロールの信頼ポリシーのデフォルトのクォータ (${num(limit)} 文字。${num(raisableTo ?? limit)} 文字まで引き上げ可能)`;
    case 'inline-total':
      return `ロールのインラインポリシーの合計サイズの上限 (${num(limit)} 文字)`;
    case 'managed-inline-only':
    case 'managed':
      return `管理ポリシーの最大サイズ (${num(limit)} 文字)`;
    case 'session':
      return `セッションポリシーの最大サイズ (${num(limit)} 文字)`;
    case 'scp':
      return `SCP の最大サイズ (${num(limit)} 文字)`;
  }
}

function redundantJa(noun: string, p: { entry: string; coveredBy?: string }): string {
  return p.coveredBy === undefined
    ? `${q(p.entry)}はこのステートメントに 2 回書かれています。どちらか一方を削除してください。`
    : `${q(p.entry)}は、このステートメントの${q(p.coveredBy)}にすでに含まれているため、この${noun}は削除できます。`;
}

/** Every finding's message in Japanese: one renderer per lint code (a missing code is a type error). */
export const lintJa: Renderers<LintParams> = {
  'json-syntax': (p) =>
    `${syntaxErrorText('ja', p.syntaxError)}有効な JSON でないポリシーは AWS に拒否されます。`,
  'empty-document': () => parseDiagnosticText('ja', { code: 'empty-document' }),
  'too-deep': (p) => parseDiagnosticText('ja', { code: 'too-deep', ...p }),
  'duplicate-key': (p) =>
    `${parseDiagnosticText('ja', { code: 'duplicate-key', key: p.key })}AWS は重複したキーを統合しないため、前に書いた値は警告なく失われます。`,
  'not-object': () =>
    'ポリシーは {"Version": "2012-10-17", "Statement": [...]} のような JSON オブジェクトでなければなりません。',
  'too-large-to-check': (p) =>
    `このドキュメントは ${num(p.length)} 文字あります。Rolemap がこの画面でチェック・図示できるのは ${num(p.maxChars)} 文字までのため、チェックも図示もしていません (テキストはそのまま保持されます)。なお AWS の上限はずっと小さく、管理ポリシーは 6,144 文字、ロールのインラインポリシーは合計 10,240 文字までです。`,
  'empty-values-not-all-checked': (p) =>
    `このドキュメントには JSON のオブジェクトと配列が ${num(p.total)} 個あります。Rolemap が空のもの ("Action": [] や "Condition": {}) を探したのは先頭の ${num(p.checked)} 個だけのため、残りの ${num(p.total - p.checked)} 個に空のものがあっても報告していません。この上限はほかのチェックには影響しません。なお AWS のサイズ上限では、これよりずっと少ない数しか書けません。`,
  'not-all-checked': (p) =>
    `${p.element === 'Statement' ? 'このポリシーのステートメント' : 'このリストの要素'}は ${num(p.total)} 件あります。Rolemap が読むのは先頭の ${num(p.checked)} 件までのため、残りの ${num(p.total - p.checked)} 件はチェックも図示もしていません。それらに左右されうる判定は「不完全」と表示し、Deny は適用されるものとみなします。なお AWS のサイズ上限では、これよりずっと少ない件数しか書けません。`,
  comment: (p) =>
    `AWS はコメントを含むポリシーを受け付けません。このドキュメントにはコメントが ${p.count} 件あります。` +
    'AWS で使う前に削除してください (「AWS 用 JSON としてコピー」でも取り除けます)。',
  'trailing-comma': (p) =>
    `AWS は閉じかっこ (} や ]) の直前にカンマがある JSON を受け付けません。このドキュメントには末尾のカンマが ${p.count} 個あります。` +
    'AWS で使う前に削除してください (「AWS 用 JSON としてコピー」でも取り除けます)。',
  'unknown-element': (p) => {
    if (p.level === 'policy') {
      return p.suggestion !== undefined
        ? `${q(p.element)}は${q(p.suggestion)}と書く必要があります。要素名は大文字と小文字が区別され、AWS は不明な要素を受け付けません。`
        : `${q(p.element)}はポリシーの要素ではありません。最上位に書ける要素は ${listOf('ja', p.accepted, p.accepted.length)} だけです。`;
    }
    return p.suggestion !== undefined
      ? `${q(p.element)}はステートメントの要素ではありません。${q(p.suggestion)}の誤りではありませんか? AWS は不明な要素を受け付けません (要素名は大文字と小文字が区別されます)。`
      : `${q(p.element)}はステートメントの要素ではないため、AWS に拒否されます。ステートメントに書ける要素は ${listOf('ja', p.accepted, p.accepted.length)} です。`;
  },
  'statement-missing': () =>
    'ポリシーに Statement 要素がありません。何も許可も拒否もしないポリシーとなり、AWS に拒否されます。',
  'statement-invalid': (p) =>
    p.at === 'entry'
      ? 'Statement の各エントリは、Effect や Action などを持つオブジェクトでなければなりません。'
      : 'Statement はオブジェクトか、オブジェクトの配列でなければなりません。',
  'version-missing': (p) =>
    `ポリシーに Version がないため、AWS は旧バージョン (${p.legacy}) のポリシー言語で読み取ります。この場合、\${aws:username} などのポリシー変数は機能しません。${q(`"Version": "${p.current}"`)}を追加してください。`,
  'version-invalid': (p) =>
    `Version には${q(p.current)}を指定します (旧バージョンの${q(p.legacy)}も使用できます)。それ以外の値は AWS に拒否されます。`,
  'version-old': (p) =>
    `Version${q(p.legacy)}は旧バージョンのポリシー言語で、ポリシー変数が機能しません。${q(p.current)}を使用してください。`,
  'variables-need-version': (p) =>
    `\${aws:username} などのポリシー変数は${q(`"Version": "${p.current}"`)}の場合にのみ機能します。指定がないと、AWS は${q(p.value)}をそのままの文字列として比較します。`,
  'effect-missing': () =>
    'ステートメントに Effect がないため、AWS に拒否されます。"Effect": "Allow" または "Effect": "Deny" を追加してください。',
  'effect-invalid': (p) =>
    p.proper !== undefined
      ? `Effect は大文字と小文字を区別して、正確に${q(p.proper)}と書く必要があります。${q(p.value)}は AWS に拒否されます。`
      : 'Effect には「Allow」または「Deny」を指定します。それ以外の値は AWS に拒否されます。',
  'action-missing': () =>
    'ステートメントに Action も NotAction もありません。何にも適用されないため、AWS に拒否されます。',
  'action-and-not-action': () =>
    '1 つのステートメントに書けるのは Action と NotAction のどちらか一方です。両方あると AWS に拒否されます。',
  'invalid-value': (p) =>
    `${p.element} には文字列か文字列の配列を指定します。この値は AWS に拒否されます。`,
  'resource-missing': () =>
    'ステートメントに Resource も NotResource もないため、AWS に拒否されます。すべてのリソースを対象にするには "Resource": "*" と書きます。',
  'resource-and-not-resource': () =>
    '1 つのステートメントに書けるのは Resource と NotResource のどちらか一方です。両方あると AWS に拒否されます。',
  'resource-in-trust-policy': () =>
    'ロールの信頼ポリシーには Resource も NotResource も書けません。リソースはロール自身であり、IAM はこのポリシーを受け付けません。',
  'principal-missing': (p) =>
    `ステートメントに Principal がありません。${p.kind === 'trust' ? '信頼ポリシー' : 'リソースベースのポリシー'}では誰に適用するかを指定する必要があり、指定がないと AWS に拒否されます。`,
  'principal-not-allowed': (p) =>
    `${gap(PRINCIPAL_FREE[p.kind])}には ${p.element} を書けません。これらのポリシーはアタッチ先に適用されるため、AWS はこの要素を受け付けません。`,
  'principal-and-not-principal': () =>
    '1 つのステートメントに書けるのは Principal と NotPrincipal のどちらか一方です。両方あると AWS に拒否されます。',
  'not-principal-not-allowed': () =>
    'ロールの信頼ポリシーでは NotPrincipal はサポートされていません。代わりに Principal でプリンシパルを指定してください。',
  'principal-invalid': (p) =>
    p.type === undefined
      ? `プリンシパルは "*" か、{"AWS": "arn:aws:iam::${EXAMPLE_ACCOUNT}:root"} のようなオブジェクトで指定します。`
      : `${q(p.type)}はプリンシパルのタイプではありません。${orList('ja', p.accepted, p.accepted.length)}を使用してください。`,
  'sid-invalid': (p) =>
    p.sid === undefined
      ? 'Sid は文字列でなければなりません。'
      : `Sid${q(p.sid)}には使えない文字が含まれています。IAM と Organizations のポリシーの Sid に使えるのは英字 (A-Z、a-z) と数字 (0-9) だけで、それ以外の文字は AWS に拒否されます。`,
  'sid-duplicate': (p) =>
    `Sid${q(p.sid)}はすでに別のステートメントで使われています。Sid はポリシー内で一意にする必要があります。`,
  'trust-action-not-allowed': (p) =>
    `${q(p.action)}はロールの信頼ポリシーでは使えません。信頼ポリシーが制御するのは ${listOf('ja', p.allowed, p.allowed.length)} だけです。`,
  'trust-not-action': () =>
    '信頼ポリシーの NotAction はわかりにくく、意図したより多くのプリンシパルを許可するおそれがあります。代わりに Action で sts のアクションを列挙してください。',
  'action-malformed': (p) =>
    `${q(p.action)}はアクションではありません。「s3:GetObject」のように service:Action の形式で書いてください。`,
  'service-wildcard': (p) =>
    `${q(p.action)}はサービス名にワイルドカードを使っているため、意図しないサービス (後から追加されるサービスを含む) のアクションにも一致するおそれがあります。サービス名を明示してください。`,
  'unknown-service': (p) =>
    `${q(p.service)}は AWS のサービスプレフィックスではないため、このエントリは何にも一致しません。${didYouMean(p.suggestion)}`,
  'unknown-action': (p) =>
    `${q(p.action)}は ${p.serviceName} のアクションではありません。不明なアクションは何も許可も拒否もしません。${didYouMean(p.suggestion)}`,
  'action-matches-nothing': (p) =>
    `${q(p.action)}に一致する ${p.service} のアクションはないため、このエントリは何も許可も拒否もしません。`,
  'condition-invalid': (p) =>
    p.operator === undefined
      ? 'Condition は、{"StringEquals": {"aws:PrincipalOrgID": "o-example"}} のように、条件演算子のブロックからなるオブジェクトでなければなりません。'
      : `${q(p.operator)}ブロックは、条件キーと値からなるオブジェクトでなければなりません。`,
  'null-with-if-exists': () =>
    'Null 条件演算子には IfExists を付けられません。Null はもともとキーが存在するかどうかを調べる演算子です。「Null」を使用してください。',
  'unknown-operator': (p) =>
    `${q(p.operator)}は条件演算子ではないため、AWS に拒否されます。${didYouMean(p.suggestion)}`,
  'unknown-condition-key': (p) =>
    `${q(p.key)}は既知の${p.global ? 'グローバル' : 'サービス固有の'}条件キーではありません。リクエストに含まれないキーに対する条件は、意図したとおりには動作しません。`,
  'forallvalues-single-valued-key': (p) =>
    `単一値の条件キー${q(p.key)}に ForAllValues を使うと、リクエストにキーがない場合にも条件が true になるため、許可が広くなりすぎます。「ForAllValues:」を削除してください。`,
  'foranyvalue-single-valued-key': (p) =>
    `ForAnyValue は複数値の条件キーに使う演算子ですが、${q(p.key)}は単一値のキーです。「ForAnyValue:」を削除してください。`,
  'value-type-mismatch': (p) =>
    p.value === undefined
      ? '条件の値には、文字列、数値、ブール値、またはそれらの配列を指定します。'
      : `${q(p.value)}は ${p.operator} の値として正しくありません。${p.operator} には ${gap(WANTS[p.family])}を指定する必要があるため、この条件は書かれたままでは決して一致しません。`,
  'malformed-policy-variable': (p) =>
    `${
      p.issue === 'unclosed'
        ? `${q(p.text)}はポリシー変数を開始していますが、「}」で閉じられていません。`
        : `${q(p.text)}は有効なポリシー変数ではありません。`
    }AWS はこれをただの文字列として扱うため、この要素は意図したとおりには一致しません。`,
  'arn-malformed': (p) =>
    p.problem.part === 'not-arn'
      ? `${q(p.arn)}は ARN ではありません。リソースは arn:partition:service:region:account:resource の形式か、「*」で指定します。`
      : `ARN${q(p.arn)}の形式が正しくありません。${arnProblemJa(p.problem)}。`,
  'pass-role-star-resource': () =>
    'このステートメントは、すべてのロールに対して iam:PassRole を許可しています。これを持つユーザーは、管理者ロールを含む任意のロールを、自分が操作できるサービスに渡せます。代わりにロールの ARN を列挙するか、条件キー iam:PassedToService で渡し先のサービスを限定してください。',
  'full-access': () =>
    'このステートメントは、すべてのリソースに対するすべてのアクションを許可しています。これは管理者としてのフルアクセスです。ロールに必要なアクションとリソースだけを許可してください。',
  'permissions-management-wildcard': (p) =>
    `${q(p.action)}は、アクセスレベルが「アクセス許可の管理」のアクションを${p.count !== undefined ? ` ${p.count} 個` : ''}許可します。これらのアクションを使うと、アクセス許可を書き換えて権限を昇格できます。必要なアクションだけを列挙してください。`,
  'allow-not-action': () =>
    'すべてのリソースに対して Allow と NotAction を組み合わせると、列挙したもの以外のすべてのアクション (後から追加されるサービスのアクションを含む) が許可されます。代わりに、許可するアクションを列挙してください。',
  'allow-not-principal': () =>
    'Allow と NotPrincipal を組み合わせると、列挙したもの以外のすべてのプリンシパル (匿名ユーザーを含む) にアクセスが許可されます。許可するプリンシパルは Principal で指定してください。',
  'open-to-anyone': (p) =>
    (p.kind === 'trust'
      ? 'どの AWS アカウントの誰でもこのロールを引き受けられます。プリンシパルが "*" で、自分のアカウントや組織に限定する条件がありません (aws:PrincipalOrgID を追加するか、プリンシパルを指定してください)。'
      : '匿名ユーザーを含む誰にでもアクセスが許可されています。プリンシパルが "*" で、既知のアカウント、組織、送信元に限定する条件がありません。') +
    (p.ignored
      ? `${q(p.ignored.key)}に対する ${p.ignored.operator} 条件では、対象を絞り込めていません。否定の演算子、…IfExists、Null、ForAllValues や、"*"、アカウントを限定しない ARN、0.0.0.0/0 のような値では、それ以外の呼び出し元も通ってしまいます。`
      : ''),
  'oidc-missing-sub': (p) =>
    p.github
      ? `どのリポジトリの GitHub Actions ワークフローでも、このロールを引き受けられます。${q(p.key)}に対する条件を追加して、自分のリポジトリ (例: 「repo:my-org/my-repo:*」) を指定してください。`
      : `${p.host} からトークンを取得できれば誰でも、このロールを引き受けられます。${q(p.key)}に対する条件を追加して、許可する ID を指定してください。`,
  'oidc-github-wildcard-repo': (p) =>
    `${q(p.value)}は GitHub リポジトリを 1 つに限定していないため、他のリポジトリのワークフローもこのロールを引き受けられるおそれがあります。「repo:<owner>/<repo>:…」の形式で指定してください。`,
  'cross-account-without-external-id': (p) =>
    `アカウント ${p.account} のプリンシパルは、そのアカウントの管理者が許可すれば誰でもこのロールを引き受けられます。第三者のアカウントであれば sts:ExternalId を必須にし、自分の組織内のアカウントであれば aws:PrincipalOrgID を追加してください。`,
  'policy-too-large': (p) =>
    `このポリシーは ${gap(`${num(p.size)} 文字${p.countsWhiteSpace ? '' : ' (空白を除く)'}`)}で、${gap(quotaJa(p.quota, p.limit, p.raisableTo))}を超えています。${
      p.quota === 'managed-inline-only'
        ? 'インラインポリシーとしてのみ使用できます。'
        : '上限を超えるポリシーは AWS に拒否されます。'
    }`,
  'empty-value': (p) =>
    `この${p.container === 'array' ? '配列' : 'オブジェクト'}は空です。要素を削除するか、値を入れてください。`,
  'redundant-action': (p) => redundantJa('アクション', p),
  'redundant-resource': (p) => redundantJa('リソース', p),
  'redundant-statement': (p) =>
    `このステートメントは、Sid 以外はステートメント ${p.index + 1} とまったく同じです。どちらか一方を削除してください。`,
  // principals
  'principal-wildcard': (p) =>
    `${p.type} のプリンシパルにはワイルドカード (*、?) を使用できません (使えるのは、すべてのプリンシパルを表す「"AWS": "*"」だけです)。${q(p.value)}は AWS に拒否されるか、どのプリンシパルにも一致しません。${
      p.type === 'AWS'
        ? 'プリンシパルを個別に指定してください。まとめて許可する場合は、アカウント (または "*" と aws:PrincipalOrgID) を指定したうえで、StringLike で aws:PrincipalArn を照合してください。'
        : 'プリンシパルを正確に指定してください。'
    }`,
  'service-principal-invalid': (p) =>
    `${q(p.value)}はサービスプリンシパルの形式ではありません。service-name.amazonaws.com のような形式で指定します。${didYouMean(p.suggestion)}`,
  'service-principal-without-source': (p) =>
    p.key === undefined
      ? `サービスプリンシパル${q(p.service)}は、どの AWS アカウントのリソースのためであっても、このリソースにアクセスできてしまいます (混乱した代理問題)。aws:SourceArn または aws:SourceAccount の条件を追加して、自分のリソースやアカウントを指定してください。`
      : `サービスプリンシパル${q(p.service)}を自分のリソースのための操作に限定するには、${q(p.key)}ではなく aws:SourceArn または aws:SourceAccount を使用してください (混乱した代理問題)。`,
  'principal-action-mismatch': (p) => {
    const saml = /saml/i.test(p.action);
    const provider = saml ? 'SAML プロバイダー' : 'OIDC プロバイダー';
    const token = saml
      ? 'SAML プロバイダーが発行した SAML アサーション'
      : 'OIDC プロバイダーが発行したトークン';
    return `${q(p.action)}は ${token}で呼び出す操作ですが、このステートメントのプリンシパル${listOf('ja', p.principals.map(q))}は ${provider}ではありません。そのため、このステートメントは決して一致しません。SAML プロバイダー (Federated) には sts:AssumeRoleWithSAML を、OIDC プロバイダーには sts:AssumeRoleWithWebIdentity を使用してください。`;
  },
  'federated-principal-not-supported': (p) =>
    `${q(p.value)}のようなフェデレーティッドプリンシパルは、ロールの信頼ポリシーでのみ使用できます。バケットポリシーなどのリソースベースのポリシーではサポートされていません。代わりに AWS アカウント、ロール、またはサービスを指定してください。`,
  // condition keys, operators and values (issue 10)
  'condition-key-format': (p) =>
    `${q(p.key)}は条件キーの形式になっていません。「aws:SourceIp」や「s3:prefix」のように「サービスプレフィックス:キー名」の形で指定してください。AWS はこのポリシーを受け付けません。`,
  'missing-tag-key': (p) =>
    `${q(p.key)}にタグキーが指定されていません。${q(p.template)}のようにスラッシュの後にタグキーを書いてください (例: ${q(`${p.key.replace(/\/$/, '')}/team`)})。`,
  'condition-key-not-checked': (p) =>
    `${q(p.service)}はカタログにないサービスのため、条件キー${q(p.key)}は確認していません。新しいサービスや提供が終了したサービスの場合は、そのサービスのドキュメントで条件キーを確認してください。`,
  'missing-set-qualifier': (p) =>
    `${q(p.key)}は複数値の条件キー (1 つのリクエストに複数の値が含まれうるキー) のため、${p.operator} には集合演算子が必要です。すべての値が一致する必要があるなら ForAllValues:${p.operator}、いずれか 1 つが一致すればよいなら ForAnyValue:${p.operator} と書いてください。`,
  'operator-type-mismatch': (p) =>
    `${q(p.key)}は ${p.keyType} 型の条件キーですが、${p.operator} はこの型に対応する条件演算子ではありません。${gap(
      orList(
        'ja',
        p.expected.map((f) => FAMILY_OPERATOR[f]),
      ),
    )}(または同じ種類の条件演算子) を使ってください。`,
  'condition-key-unsupported-action': (p) =>
    `カタログでは、条件キー${q(p.key)}は ${gap(listOf('ja', p.actions.map(q)))}でサポートされていません。これらのアクションのリクエストにはこのキーが含まれないため、条件は書かれたとおりには機能しません。これらのアクションは、この条件キーを使わない別のステートメントに移してください。`,
  'variable-in-operator': (p) =>
    `${p.operator} ではポリシー変数が置き換えられないため、${q(p.value)}は書かれた文字列のまま比較されます。ポリシー変数を使えるのは String、ARN、Bool の条件演算子だけです。`,
  'source-ip-private': (p) =>
    p.mixed
      ? `${listOf('ja', p.values.map(q))}はプライベート IP アドレスの範囲です。aws:SourceIp にはリクエスト送信元のパブリック IP アドレスが入るため、これらとは一致せず、効果があるのはパブリックな範囲だけです。VPC 内のアドレスで制御するには aws:VpcSourceIp を使ってください。`
      : p.negated
        ? `aws:SourceIp にはリクエスト送信元のパブリック IP アドレスが入るため、プライベート IP アドレスの範囲だけを指定した ${p.operator} は常に true になり、何も制限しません。VPC 内のアドレスで制御するには aws:VpcSourceIp を使ってください。`
        : `aws:SourceIp にはリクエスト送信元のパブリック IP アドレスが入るため、プライベート IP アドレスの範囲 ${gap(listOf('ja', p.values.map(q)))}とは一致しません。この条件が true になることはありません。VPC 内のアドレスで制御するには aws:VpcSourceIp を使ってください。`,
  'missing-paired-key': (p) =>
    `${q(p.key)}だけでは許可が広くなりすぎる可能性があります。同じプライベート IP アドレスは多くの VPC で使われているため、同じ条件ブロックに ${gap(listOf('ja', p.paired.map(q)))}も追加してください。`,
  'tag-key-unsupported-service': (p) =>
    `${listOf('ja', p.services.map(q))} はタグの条件キー ${q(p.key)}をサポートしていません。これらのサービスのアクションのリクエストにはこのキーが含まれないため、この条件ではタグを判定できません。これらのアクションは、このキーを使わない別のステートメントに移してください。`,
  'deny-tag-key-unsupported-service': (p) =>
    `この Deny では拒否が漏れる可能性があります。${listOf('ja', p.services.map(q))} はタグの条件キー ${q(p.key)}をサポートしていないため、これらのサービスのアクションはこのステートメントでは拒否されません。これらのアクションは、このキーを使わない Deny ステートメントに移してください。`,
  'deny-notaction-tag-key': (p) =>
    `NotAction を使ったこの Deny では拒否が漏れる可能性があります。NotAction に挙げていないすべてのサービスが対象になりますが、その多くはタグの条件キー ${q(p.key)}をサポートしていないため、それらのアクションは拒否されません。拒否するアクションは Action に列挙してください。`,
  'bool-multiple-values': (p) =>
    `${q(p.key)}はブール型の条件キーで、値は 1 つだけです。Bool には true または false を 1 つだけ指定してください。`,
  // retired services, actions against resource types
  'retired-service': (p) =>
    p.status === 'renamed'
      ? `${q(p.service)}は ${p.name} のプレフィックスでした。正式リリース後のサービスは${q(p.replacement ?? '')}を使うため、このエントリはもう何も許可も拒否もしません。`
      : `${p.name} (${q(p.service)}) はサポートが終了したサービスです。AWS はそのアクションをもう公開していないため、このエントリは何も許可も拒否もしません。自分で管理しているポリシーなら削除してください。`,
  'retired-action': (p) =>
    `${q(p.action)}は提供を終了した ${p.name} のアクションです。このアクションはもう存在しないため、このエントリは何も許可も拒否もしません。`,
  'resource-type-mismatch': (p) =>
    `${q(p.resource)}は、${p.actions.map(q).join('、')}${p.more > 0 ? ` ほか ${p.more} 件` : ''}の対象にできるリソースではありません。${
      p.starOnly
        ? 'これらのアクションはリソースレベルのアクセス許可をサポートしておらず、"*" に対してのみ使えます。'
        : `サービス認可リファレンスに記載されたこれらのアクションのリソースタイプ${p.serviceName !== undefined ? ` (${p.serviceName})` : ''}のどれにも当てはまりません。`
    }このエントリは、これらのアクションについて何も許可 (拒否) しません。`,
  'missing-required-resource': (p) =>
    `${q(p.action)}は ${listOf('ja', p.required.map(q), 8)} を同時に対象とし、そのすべてが許可されている必要があります。このポリシーは ${listOf('ja', p.missing.map(q), 8)} に対してこのアクションを許可していないため、別のポリシーで許可しない限りリクエストは拒否されます。`,
};

/** Every quick fix's title in Japanese. */
export const fixJa: Renderers<FixParams> = {
  'replace-with': (p) => `${q(p.text)}に変更`,
  'rename-to': (p) => `${q(p.name)}に名前を変更`,
  'remove-comments': () => 'コメントをすべて削除',
  'remove-trailing-commas': (p) =>
    p.count === 1 ? '末尾のカンマを削除' : '末尾のカンマをすべて削除',
  'add-version': (p) => `${q(`"Version": "${p.version}"`)}を追加`,
};
