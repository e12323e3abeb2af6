import type { StorageMessages } from './storage.en';

/** 自動保存の問題、別のタブでの編集、動作を停止したパネルの文言。 */
export const storageJa: StorageMessages = {
  'storage.otherTabName': '{name}(別のタブで編集)',
  'storage.otherTab':
    'このワークスペースは別のタブでも変更されました。両方の内容を残しています。別のタブの内容はワークスペース一覧の「{name}」にあります。',
  'storage.otherTabDismiss': '閉じる',
  'boundary.title': '{panel}でエラーが発生しました。',
  'boundary.body':
    'ポリシーは失われていません。エラーの前に保存済みです。「再試行」を押すと、この部分を読み込み直します。',
  'boundary.retry': '再試行',
  'boundary.close': '閉じる',
  'boundary.panel.editor': 'ポリシーエディタ',
  'boundary.panel.graph': 'ロールのグラフ',
  'boundary.panel.simulator': 'シミュレーター',
  'boundary.panel.lessons': 'レッスンパネル',
  'boundary.panel.dialog': 'ダイアログ',
};
