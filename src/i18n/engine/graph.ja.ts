/** The graph's codes in Japanese, in the AWS console's terms: labels, details, edge verbs, conditions. */
import type { Duration, StatementName } from '../../core';
import type {
  ConditionText,
  ConditionTextParams,
  ConditionValues,
  GraphText,
  GraphTextParams,
  KnownProvider,
  ShortList,
} from '../../graph';
import { renderWith, type Renderers } from '../types';
import { joinMerged } from './graph.en';

/**
 * Joins a phrase to the particle or word after it: a space after Latin letters, digits and
 * symbols (「ssm:GetDocument を要求」), none after Japanese (「ほか 2 件のいずれか」).
 */
function attach(text: string, next: string): string {
  return /[\x21-\x7e]$/.test(text) ? `${text} ${next}` : `${text}${next}`;
}

function shortListJa(list: ShortList): string {
  const shown = list.items.join('、');
  return list.more > 0 ? `${shown} ほか ${list.more} 件` : shown;
}

const UNITS: Readonly<Record<Duration['unit'], string>> = { h: '時間', min: '分', s: '秒' };

/** 「1 時間」「90 分」「45 秒」. */
export function durationJa(d: Duration): string {
  return `${d.value} ${UNITS[d.unit]}`;
}

/** A statement as the graph names it: its Sid, else 「ステートメント N」. */
export function statementJa(s: StatementName): string {
  return s.sid !== undefined && s.sid !== '' ? s.sid : `ステートメント ${s.index + 1}`;
}

function moreJa(more: number): string {
  return more > 0 ? ` (ほか ${more} 件)` : '';
}

/** What each base operator asks of the key, said after 「<key> が <values>」. */
const VERBS: Readonly<Record<string, string>> = {
  StringEquals: 'と等しい',
  StringNotEquals: 'と等しくない',
  StringEqualsIgnoreCase: 'と等しい (大文字と小文字を区別しない)',
  StringNotEqualsIgnoreCase: 'と等しくない (大文字と小文字を区別しない)',
  StringLike: 'に一致する',
  StringNotLike: 'に一致しない',
  NumericEquals: 'と等しい',
  NumericNotEquals: 'と等しくない',
  NumericLessThan: 'より小さい',
  NumericLessThanEquals: '以下',
  NumericGreaterThan: 'より大きい',
  NumericGreaterThanEquals: '以上',
  DateEquals: 'と同じ日時',
  DateNotEquals: 'と異なる日時',
  DateLessThan: 'より前',
  DateLessThanEquals: '以前',
  DateGreaterThan: 'より後',
  DateGreaterThanEquals: '以降',
  Bool: 'である',
  BinaryEquals: 'と等しい (バイナリ比較)',
  IpAddress: 'の範囲内',
  NotIpAddress: 'の範囲外',
  ArnEquals: 'と等しい',
  ArnNotEquals: 'と等しくない',
  ArnLike: 'に一致する',
  ArnNotLike: 'に一致しない',
};

/** The base operators that have a Japanese verb (every one the engine knows but Null). */
export const CONDITION_VERBS_JA: ReadonlySet<string> = new Set(Object.keys(VERBS));

function valuesJa(v: ConditionValues, verb = ''): string {
  const list = v.shown.join('、') + (v.more > 0 ? ` ほか ${v.more} 件` : '');
  if (v.shown.length + v.more > 1) return attach(list, `のいずれか${verb}`);
  return verb === '' ? list : attach(list, verb);
}

/** Condition sentences in Japanese. */
export const conditionJa: Renderers<ConditionTextParams> = {
  compare: (p) => {
    const verb = Object.hasOwn(VERBS, p.operator) ? VERBS[p.operator] : undefined;
    if (verb === undefined) return `${p.operator}: ${p.key} ${valuesJa(p.values)}`;
    const subject =
      p.qualifier === 'ForAllValues'
        ? `${p.key} のすべての値`
        : p.qualifier === 'ForAnyValue'
          ? `${p.key} の少なくとも 1 つの値`
          : p.key;
    const suffix = p.ifExists ? ' (キーがある場合のみ)' : '';
    return `${attach(subject, 'が')} ${valuesJa(p.values, verb)}${suffix}`;
  },
  'null-check': (p) => attach(p.key, `が${p.absent ? '存在しない' : '存在する'}`),
  'unknown-operator': (p) => `${p.operator}: ${p.key} ${valuesJa(p.values)}`,
  'invalid-block': (p) => `${p.operator}: ${p.value}`,
};

function conditionTextJa(c: ConditionText): string {
  return renderWith(conditionJa, c);
}

const PROVIDERS: Readonly<Record<KnownProvider, string>> = {
  github: 'GitHub Actions (OIDC)',
  cognito: 'Amazon Cognito ID プール',
  google: 'Google (OIDC)',
  facebook: 'Facebook',
  amazon: 'Login with Amazon',
  gitlab: 'GitLab (OIDC)',
  terraform: 'HCP Terraform (OIDC)',
};

function policyKindJa(managed: boolean): string {
  return managed ? '管理ポリシー' : 'インラインポリシー';
}

/** Node labels, details and edge verbs in Japanese. */
export const graphJa: Renderers<GraphTextParams> = {
  name: (p) => p.text,
  list: (p) => shortListJa(p),

  'trust-policy': () => '信頼ポリシー',
  'trust-statement': (p) =>
    p.effect === 'Deny' ? `${statementJa(p.statement)} (拒否)` : statementJa(p.statement),
  'may-assume': (p) => {
    const names = p.principals.map((t: GraphText) => renderWith(graphJa, t)).join('、');
    const who = p.more > 0 ? `${names} ほか ${p.more} 件` : names;
    const ops = p.operations.join(' / ');
    return p.effect === 'Deny'
      ? `${attach(who, 'の')} ${attach(ops, 'を拒否')}`
      : `${attach(who, 'に')} ${attach(ops, 'を許可')}`;
  },
  'trust-admits-nobody': () => 'プリンシパルを許可するステートメントがありません',
  'trust-unreadable': () => 'まだ読み取れません',
  sts: () => 'AWS STS',
  'sts-summary': (p) =>
    `${p.operations.map((o) => o.replace(/^sts:/, '')).join(' / ')} · セッション最大 ${durationJa(p.duration)}`,
  'sts-summary-chained': (p) =>
    `${p.operations.map((o) => o.replace(/^sts:/, '')).join(' / ')} · セッション最大 ${durationJa(p.duration)} (ロールの連鎖では最大 1 時間)`,
  'temporary-credentials': () => '一時的な認証情報',
  'credentials-summary': (p) => `例の値 · ${durationJa(p.duration)}後に失効`,
  'role-unnamed': () => 'ロール',
  'role-summary': (p) => `最大セッション時間 ${durationJa(p.duration)}`,
  'instance-profile': () => 'インスタンスプロファイル',
  'the-role': () => 'このロール',

  anyone: () => '誰でも (*)',
  'anyone-detail': () => 'すべてのアカウントのすべてのプリンシパル',
  'anyone-except': (p) => attach(shortListJa(p.principals), '以外のすべてのプリンシパル'),
  account: (p) => `アカウント ${p.account}`,
  'account-detail': (p) => `AWS アカウント · ${p.value}`,
  'service-principal-detail': (p) =>
    p.instanceProfile ? 'AWS サービス · インスタンスプロファイル経由' : 'AWS サービス',
  'user-detail': (p) => `IAM ユーザー · ${p.value}`,
  'role-detail': (p) => `IAM ロール · ${p.value}`,
  'role-session-detail': (p) => `ロールセッション · ${p.value}`,
  'aws-principal-detail': () => 'AWS プリンシパル',
  'federated-detail': (p) => `フェデレーション ID · ${p.value}`,
  'other-principal-detail': (p) => `${p.key} プリンシパル`,
  'saml-provider': (p) => `${p.name} (SAML)`,
  'oidc-provider': (p) => `${p.host} (OIDC)`,
  'web-identity-provider': (p) => PROVIDERS[p.provider],

  'policy-unnamed': (p) => `ポリシー ${p.number}`,
  'policy-summary': (p) => `${policyKindJa(p.managed)} · ステートメント ${p.statements} 個`,
  'policy-unreadable': (p) => `${policyKindJa(p.managed)} · まだ読み取れません`,
  'all-services': () => 'すべてのサービス',
  'unknown-service': () => '不明なサービス',
  'service-summary': (p) =>
    `${p.serviceName !== undefined ? `${p.serviceName} · ` : ''}アクション ${p.actions} 個`,
  'services-count': (p) => `サービス ${p.count} 個`,
  'actions-count': (p) => `アクション ${p.count} 個`,
  'every-action': () => '* (すべてのサービスのすべてのアクション)',
  'every-action-except': (p) => attach(shortListJa(p.actions), '以外のすべてのアクション'),
  'wildcard-count': (p) => `${p.pattern} (アクション ${p.actions} 個)`,
  'more-count': (p) => `ほか ${p.count} 件`,
  'only-if': (p) => `条件: ${conditionTextJa(p.condition)}${moreJa(p.more)}`,
  'all-resources': () => 'すべてのリソース (*)',
  'unrestricted-pattern': () => 'すべてのリソース',
  'every-resource-except': (p) => attach(shortListJa(p.resources), '以外のすべてのリソース'),
  'grants-nothing-to': (p) => `この ARN は ${attach(shortListJa(p.actions), 'に何も許可しません')}`,

  'unknown-action': (p) =>
    p.serviceKnown ? '不明なアクション: 何も許可しません' : '不明なサービス: 何も許可しません',
  'matches-no-action': () => '一致するアクションがありません: 何も許可しません',
  'did-you-mean': (p) => `${attach(p.action, 'の誤りではありませんか?')}`,
  'acts-on-none': () => 'ステートメントのリソースはどれもこのアクションの対象外です',
  'allowed-on-some': (p) =>
    `${attach(shortListJa(p.allowed), 'では許可')}、${attach(shortListJa(p.refused), 'では許可されません')}`,
  'actions-allowed': (p) => `アクション ${p.total} 個のうち ${p.allowed} 個を許可`,
  'checked-on': (p) => `確認に使った ARN: ${shortListJa(p.arns)}`,

  'legend-unknown': () => '不明なアクション (何も許可しません)',
  'legend-partial': () => '一部のリソースでのみ許可',
  'legend-grants-nothing': () => 'ステートメントのどのアクションの対象にもならないリソース',
  'legend-statement-comment': () => 'ステートメント全体へのコメント',
  'resources-count': (p) => `リソース ${p.count} 個`,
  'more-resources': (p) => `その他のリソース ${p.count} 個`,

  'permissions-boundary': () => 'アクセス許可の境界',
  'boundary-summary': () => 'ロールのポリシーで付与できる権限の上限を設定',
  'session-policy': () => 'セッションポリシー',
  'session-summary': () => 'このセッションで可能な操作を制限',
  scp: (p) =>
    p.number !== undefined
      ? `サービスコントロールポリシー (SCP) ${p.number}`
      : 'サービスコントロールポリシー (SCP)',
  'scp-summary': () => 'ロールのアカウントで可能な操作を制限',
  rcp: (p) =>
    p.number !== undefined
      ? `リソースコントロールポリシー (RCP) ${p.number}`
      : 'リソースコントロールポリシー (RCP)',
  'rcp-summary': () => '組織のリソースに対して可能な操作を制限',
  'endpoint-policy': () => 'VPC エンドポイントポリシー',
  'endpoint-summary': () => 'VPC エンドポイントを通るリクエストを制限',

  asks: (p) => attach(p.operations.join(' / '), 'を要求'),
  'refused-by': (p) => attach(statementJa(p.statement), 'で拒否'),
  'launches-with': () => '起動時に関連付け',
  'admitted-by': (p) => attach(statementJa(p.statement), 'で許可'),
  issues: () => '発行',
  'signs-requests-as': () => 'ロールとしてリクエストに署名',
  has: () => 'アタッチ',
  'limited-by': () => '制限を受ける',
  grants: () => '許可',
  denies: () => '拒否',
  'grants-and-denies': () => '許可と拒否',
  'acts-on': () => '対象',
  'acts-on-only': (p) => attach(shortListJa(p.actions), 'のみ'),
  'acts-on-if': (p) => `対象 (条件: ${conditionTextJa(p.condition)}${moreJa(p.more)})`,
  several: (p) => joinMerged(p.texts.map((t: GraphText) => renderWith(graphJa, t))),
};
