import type { CliMessages } from './cli.en';

/** Japanese messages of the rolemap CLI's usage and input errors. */
export const cliJa: CliMessages = {
  'cli.missingCommand': 'コマンドを指定してください (使い方は rolemap help で表示できます)',
  'cli.unknownCommand':
    '「{name}」というコマンドはありません (使い方は rolemap help で表示できます)',
  'cli.optionNeedsValue': 'オプション {option} には値が必要です',
  'cli.unknownLang': '--lang に「{value}」は指定できません ({choices} のいずれかを指定します)',
  'cli.missingKind': '--kind を指定してください ({choices} のいずれか)',
  'cli.unknownKind': '--kind に「{value}」は指定できません ({choices} のいずれかを指定します)',
  'cli.missingFile': 'ファイルを指定してください (標準入力から読むには - を指定します)',
  'cli.file.missing': '{file}: ファイルが見つかりません',
  'cli.file.directory': '{file}: ファイルではなくディレクトリです',
  'cli.file.denied': '{file}: 読み取る権限がありません',
  'cli.file.unreadable': '{file}: 読み取れません',
  'cli.missingFormat': '--format を指定してください ({choices} のいずれか)',
  'cli.unknownFormat': '--format に「{value}」は指定できません ({choices} のいずれかを指定します)',
  'cli.unknownTheme': '--theme に「{value}」は指定できません ({choices} のいずれかを指定します)',
  'cli.baseNotUrl': '--base の値が URL ではありません: {base}',
  'cli.baseNotHttp':
    '--base には http: または https: のアドレスを指定します ({protocol} は使えません): {base}',
  'cli.internal': '内部エラー: {message}',
  'cli.managedIsFlag':
    '--managed には値を指定しません (「{value}」が指定されました。--managed または --managed=false を使います)',
  'cli.managedKind':
    '--managed は AWS 管理ポリシー用のオプションです。AWS 管理ポリシーが {kind} ポリシーになることはありません (--kind には {choices} を指定します)',
  'cli.lint.repeated':
    'ほかにも同様の「{code}」の指摘が {count} 件あります (同じ種類の指摘は最初の {limit} 件だけを表示します。すべて表示するには --all を付けます)',
  'cli.allIsFlag':
    '--all には値を指定しません (「{value}」が指定されました。--all または --all=false を使います)',
};
