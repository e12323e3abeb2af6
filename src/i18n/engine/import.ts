/** What an import says: its formats' names, its errors and its notes, in English and Japanese. */
import type {
  ImportError,
  ImportErrorParams,
  ImportFormat,
  ImportNote,
  ImportNoteParams,
} from '../../core';
import { renderWith, type Lang, type Renderers } from '../types';
import { jsonDetailJa } from './jsonDetail';
import { scenarioErrorText } from './scenario';

const FORMATS_EN: Record<ImportFormat, string> = {
  policy: 'IAM policy',
  scenario: 'Rolemap scenario',
  'aws-get-role': 'AWS CLI: aws iam get-role',
  'aws-get-role-policy': 'AWS CLI: aws iam get-role-policy',
  'aws-get-policy-version': 'AWS CLI: aws iam get-policy-version',
  'aws-list-attached-role-policies': 'AWS CLI: aws iam list-attached-role-policies',
  'aws-authorization-details': 'AWS CLI: aws iam get-account-authorization-details',
  'cloudformation-json': 'CloudFormation template (JSON)',
  'cloudformation-yaml': 'CloudFormation template (YAML)',
  'terraform-plan': 'Terraform plan (terraform show -json)',
  'terraform-state': 'Terraform state (terraform show -json)',
};

const FORMATS_JA: Record<ImportFormat, string> = {
  policy: 'IAM ポリシー',
  scenario: 'Rolemap のシナリオ',
  'aws-get-role': 'AWS CLI の出力: aws iam get-role',
  'aws-get-role-policy': 'AWS CLI の出力: aws iam get-role-policy',
  'aws-get-policy-version': 'AWS CLI の出力: aws iam get-policy-version',
  'aws-list-attached-role-policies': 'AWS CLI の出力: aws iam list-attached-role-policies',
  'aws-authorization-details': 'AWS CLI の出力: aws iam get-account-authorization-details',
  'cloudformation-json': 'CloudFormation テンプレート (JSON)',
  'cloudformation-yaml': 'CloudFormation テンプレート (YAML)',
  'terraform-plan': 'Terraform のプラン (terraform show -json)',
  'terraform-state': 'Terraform のステート (terraform show -json)',
};

const EXPECTED_EN =
  'an IAM policy, a Rolemap scenario, AWS CLI output (aws iam get-role, get-role-policy, ' +
  'get-policy-version, list-attached-role-policies or get-account-authorization-details), a ' +
  'CloudFormation template (JSON or YAML) or the output of terraform show -json';
const EXPECTED_JA =
  'IAM ポリシー、Rolemap のシナリオ、AWS CLI の出力 (aws iam get-role、get-role-policy、' +
  'get-policy-version、list-attached-role-policies、get-account-authorization-details)、' +
  'CloudFormation テンプレート (JSON または YAML)、terraform show -json の出力';

const EXPECTED_FIELD_EN = {
  object: 'an object',
  array: 'a list',
  string: 'a name',
  policy: 'a policy document',
};
const EXPECTED_FIELD_JA = {
  object: 'オブジェクト',
  array: 'リスト',
  string: '名前',
  policy: 'ポリシードキュメント',
};

const errorsEn: Renderers<ImportErrorParams> = {
  empty: () => 'the file is empty',
  'too-large': (p) => `the file is larger than ${p.limit} characters`,
  'too-deep': (p) => `the file is nested more than ${p.limit} levels deep`,
  'too-many-values': (p) => `the file holds more than ${p.limit} values`,
  'too-many-aliases': (p) => `the YAML expands more than ${p.limit} aliases`,
  'not-json-or-yaml': (p) =>
    `the file is neither JSON nor YAML${p.line !== undefined ? ` (line ${p.line})` : ''}: ${p.detail}`,
  'unknown-format': () => `this is not a format Rolemap imports: expected ${EXPECTED_EN}`,
  'no-role': (p) => `the ${FORMATS_EN[p.format]} holds no IAM role`,
  'choose-role': (p) =>
    `the file holds several roles; choose one with --role: ${p.roles.join(', ')}`,
  'role-not-found': (p) =>
    `the file holds no role "${p.role}"; its roles are: ${p.roles.join(', ')}`,
  'bad-field': (p) => `${p.path} must be ${EXPECTED_FIELD_EN[p.expected]}`,
  'bad-scenario': (p) => scenarioErrorText('en', p.error),
};

const errorsJa: Renderers<ImportErrorParams> = {
  empty: () => 'ファイルが空です',
  'too-large': (p) => `ファイルが ${p.limit} 文字を超えています`,
  'too-deep': (p) => `ファイルの入れ子が ${p.limit} 階層を超えています`,
  'too-many-values': (p) => `ファイルの値が ${p.limit} 個を超えています`,
  'too-many-aliases': (p) => `YAML のエイリアスの展開が ${p.limit} 回を超えています`,
  'not-json-or-yaml': (p) =>
    p.line !== undefined
      ? `ファイルは JSON としても YAML としても読めません (${p.line} 行目)`
      : `ファイルは JSON としても YAML としても読めません: ${jsonDetailJa(p.detail)}`,
  'unknown-format': () =>
    `Rolemap がインポートできる形式ではありません。次のいずれかを指定してください: ${EXPECTED_JA}`,
  'no-role': (p) => `${FORMATS_JA[p.format]}に IAM ロールがありません`,
  'choose-role': (p) =>
    `ファイルに複数のロールがあります。--role で 1 つ選んでください: ${p.roles.join(', ')}`,
  'role-not-found': (p) =>
    `ファイルにロール「${p.role}」はありません。含まれるロール: ${p.roles.join(', ')}`,
  'bad-field': (p) => `${p.path} は${EXPECTED_FIELD_JA[p.expected]}である必要があります`,
  'bad-scenario': (p) => scenarioErrorText('ja', p.error),
};

const notesEn: Renderers<ImportNoteParams> = {
  'no-trust-policy': () =>
    'The file has no trust policy, so the role starts with an empty one: add who may assume it.',
  'no-permission-policies': () =>
    'get-role shows no permission policies; import get-account-authorization-details to get them too.',
  'managed-unresolved': (p) =>
    `The policy ${p.arn} is not in the file or the AWS managed policy catalog: "${p.name}" is an empty placeholder.`,
  'boundary-unresolved': (p) =>
    `The permissions boundary ${p.arn} is not in the file or the AWS managed policy catalog: the role is shown without it.`,
  placeholders: (p) =>
    `${p.count === 1 ? 'One value is' : `${p.count} values are`} only known at deployment and shown as ${p.count === 1 ? 'a placeholder' : 'placeholders'}, e.g. ${p.example}.`,
};

const notesJa: Renderers<ImportNoteParams> = {
  'no-trust-policy': () =>
    'ファイルに信頼ポリシーがないため、空の信頼ポリシーで始めます。ロールを引き受けられるプリンシパルを追加してください。',
  'no-permission-policies': () =>
    'get-role の出力には許可ポリシーが含まれません。許可ポリシーも取り込むには get-account-authorization-details の出力をインポートしてください。',
  'managed-unresolved': (p) =>
    `ポリシー ${p.arn} はファイルにも AWS 管理ポリシーの一覧にもないため、「${p.name}」は空のプレースホルダーです。`,
  'boundary-unresolved': (p) =>
    `アクセス許可の境界 ${p.arn} はファイルにも AWS 管理ポリシーの一覧にもないため、境界なしで表示します。`,
  placeholders: (p) =>
    `デプロイ時まで決まらない値が ${p.count} 個あり、プレースホルダーで表示しています (例: ${p.example})。`,
};

/** A format's name, as the import dialog shows what it detected. */
export function importFormatName(lang: Lang, format: ImportFormat): string {
  return (lang === 'ja' ? FORMATS_JA : FORMATS_EN)[format];
}

/** An import error as one line (lower-case in English, so it reads after "rolemap: "). */
export function importErrorText(lang: Lang, error: ImportError): string {
  return renderWith(lang === 'ja' ? errorsJa : errorsEn, error);
}

/** An import note as a sentence. */
export function importNoteText(lang: Lang, note: ImportNote): string {
  return renderWith(lang === 'ja' ? notesJa : notesEn, note);
}
