import type { ImportMessages } from './import.en';

/** Japanese strings of the import dialog (AWS マネジメントコンソールの用語に合わせる)。 */
export const importJa: ImportMessages = {
  'import.open': 'インポート',
  'import.title': 'ロールをインポート',
  'import.intro':
    'IAM ポリシー、Rolemap のシナリオ、AWS CLI の出力 (aws iam get-role、get-role-policy、get-policy-version、list-attached-role-policies、get-account-authorization-details)、CloudFormation テンプレート (JSON または YAML)、terraform show -json の出力を、ファイルを開く・ドロップする・貼り付けるのいずれかで読み込めます。形式は内容から自動で判別します。',
  'import.file': 'ファイルを選択',
  'import.fileChosen': 'ファイル: {name}',
  'import.readFailed': 'ファイル {name} を読み込めませんでした。',
  'import.paste': 'またはテキストをここに貼り付け',
  'import.waiting': 'まだ何もありません。ファイルを選択、ドロップ、または貼り付けてください。',
  'import.detected': '判別した形式: {format}',
  'import.error': 'インポートできません: {message}',
  'import.role': 'インポートするロール',
  'import.rolesFound':
    'ファイルに {count} 個のロールがあります。インポートするロールを選んでください。',
  'import.summary': 'ロール {role} (許可ポリシー {count} 個)',
  'import.notes': '補足',
  'import.submit': '{role} をインポート',
  'import.cancel': 'キャンセル',
  'import.addTo': '{role} に追加',
  'import.addHint':
    'このファイルには信頼ポリシーがありません。開いているロール {role} にポリシーを追加するか、新しいロールとしてインポートできます。',
  'import.drop': 'ここにドロップしてファイルをインポート',
};
