import type { WorkspacesMessages } from './workspaces.en';

/** Japanese strings of the workspace list, incoming scenarios, the save notice and the share-link warning. */
export const workspacesJa: WorkspacesMessages = {
  'workspaces.open': 'ワークスペース',
  'workspaces.title': 'ワークスペース',
  'workspaces.intro':
    'ワークスペースは作業のたびにこのブラウザへ自動保存されます。共有リンクやレッスンはそれぞれ専用のワークスペースで開くため、互いに上書きされることはありません。',
  'workspaces.defaultName': 'マイワークスペース',
  'workspaces.untitled': '無題のワークスペース',
  'workspaces.copyName': '{name} のコピー',
  'workspaces.current': '表示中',
  'workspaces.lessonBadge': 'レッスン',
  'workspaces.edited': '最終更新: {date}',
  'workspaces.actionsFor': '{name} の操作',
  'workspaces.rename': '名前を変更',
  'workspaces.renameLabel': '{name} の新しい名前',
  'workspaces.renameSave': '保存',
  'workspaces.renameCancel': 'キャンセル',
  'workspaces.duplicate': '複製',
  'workspaces.delete': '削除',
  'workspaces.newFromExample': 'サンプルから新しいワークスペースを作成',
  'workspaces.close': '閉じる',
  'workspaces.deleted': '「{name}」を削除しました。',
  'workspaces.undo': '元に戻す',
  'workspaces.saveFailed':
    'このブラウザに作業内容を保存できませんでした。ストレージがいっぱいか、無効になっています。内容を残すには共有リンクをコピーしてください。',
  'workspaces.saveFailedDismiss': '閉じる',
  'incoming.title.link': '共有されたシナリオを開きますか?',
  'incoming.title.import': 'インポートしたシナリオを開きますか?',
  'incoming.body.link':
    'このリンクには「{title}」が含まれています。新しいワークスペースで開くので、いま開いているワークスペースはそのまま残ります。',
  'incoming.body.import':
    'このファイルには「{title}」が含まれています。新しいワークスペースで開くので、いま開いているワークスペースはそのまま残ります。',
  'incoming.new': '新しいワークスペースで開く',
  'incoming.replace': '現在のワークスペースを置き換える',
  'incoming.cancel': 'キャンセル',
  'share.longTitle': '共有リンクが長くなっています',
  'share.long':
    'コピーしたリンクは {n} 文字あります。チャットツールやメール、Wiki の中には、約 2,000 文字を超えるリンクを途中で切ってしまうものがあります。ドキュメントに載せる場合は、CLI でシナリオファイルから同じリンクを作成できます:',
  'share.longDismiss': '閉じる',
};
