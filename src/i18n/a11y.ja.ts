import type { A11yMessages } from './a11y.en';

/** Japanese strings of keyboard use and accessible names of the graph and the editor. */
export const a11yJa: A11yMessages = {
  'a11y.node.named': '{kind} {name}',
  'a11y.node.withDetail': '{kind} {name}、{detail}',
  'a11y.node.trust': '{kind}、{statement}: {says}',
  'a11y.node.conditions': '条件: {conditions}',
  'a11y.node.comment': 'コメント: {comment}',
  'a11y.node.principalRefused': '信頼ポリシーで拒否',
  'a11y.action.allowed': '許可',
  'a11y.action.denied': '拒否',
  'a11y.action.unknown': '何も許可しない',
  'a11y.action.partial': '一部のリソースでのみ許可',
  'a11y.action.conditional': '条件を満たす場合のみ許可',
  'a11y.action.revokedExplicit': 'すべてのレイヤーを適用すると拒否',
  'a11y.action.revokedImplicit': 'すべてのレイヤーを適用すると許可されない',
  'a11y.action.expandable': 'Enter キーで展開',
  'a11y.action.collapsible': 'Enter キーで折りたたみ',
  'a11y.resource.unrestricted': 'すべてのリソース',
  'a11y.edge.verb': '{source} → {target}: {verb}',
  'a11y.edge.plain': '{source} → {target}',
  'a11y.flow.nodeHelp':
    'Enter キーはクリックと同じ操作です。矢印キーでつながりをたどれます (下・右で先へ、上・左で前へ)。? キーを押すと、その種類の説明を用語集で開きます。',
  'a11y.flow.edgeHelp': 'ロールの流れの 2 つの段階をつなぐ線です。',
  'a11y.flow.moved': '{direction} に移動しました。位置は x {x}、y {y} です',
  'a11y.flow.controls': 'グラフの操作',
  'a11y.flow.zoomIn': '拡大',
  'a11y.flow.zoomOut': '縮小',
  'a11y.flow.fitView': '全体を表示',
  'a11y.flow.interactive': '操作の切り替え',
  'a11y.flow.minimap': '全体図',
  'a11y.flow.handle': '接続点',
  'a11y.editor.tabIndent': 'Tab でインデント',
  'a11y.editor.tabIndentHelp':
    'オンにすると Tab キーでポリシーにインデントを入れます。オフのときは Tab キーで次の操作対象へ移動します。',
  'a11y.editor.hintFocus':
    'Tab / Shift+Tab でエディターの外へ移動します。Tab でインデントするには「Tab でインデント」をオンにしてください。',
  'a11y.editor.hintIndent':
    'Tab キーでインデントします。エディターから出るには Esc キーを押してから Tab キーを押してください。',
};
