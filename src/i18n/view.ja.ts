import type { ViewMessages } from './view.en';

/** Japanese strings of the graph's level of detail, presenter mode and fit. */
export const viewJa: ViewMessages = {
  'view.expandAll': 'すべてのサービスのアクションを表示',
  'view.collapseAll': 'すべてのサービスを要約して表示',
  'view.presenter': 'プレゼンテーションモード',
  'view.presenterHint':
    'プレゼンテーションモード: 大きな文字、高いコントラスト、太い線(プロジェクター向け)',
  'view.expand': '{service} のアクション {n} 個を表示',
  'view.collapse': '{service} を 1 枚のカードに要約',
  'view.service.denied': '拒否 {n} 個',
  'view.trust.far': '{who} を信頼',
  'view.trust.farDeny': '{who} を拒否',
  'view.trust.farMore': '{names} ほか {n} 件',
  'view.trust.farSeparator': '、',
  'view.service.unknown': '不明 {n} 個',
  'view.service.revoked': 'すべてのレイヤーを適用すると許可されないもの {n} 個',
  'view.service.summary': 'サービス {service}: {actions}、{levels}',
  'view.service.revokedShort': '許可されない {n} 個',
  'view.service.noLevel': 'アクセスレベルは読み込み中',
} as const;
