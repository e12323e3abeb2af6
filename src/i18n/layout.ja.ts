import type { LayoutMessages } from './layout.en';

/** Japanese strings of the app's layout: the phone tabs and the top bar. */
export const layoutJa: LayoutMessages = {
  'layout.tabs': '表示',
  'layout.tab.editor': 'エディター',
  'layout.tab.graph': 'グラフ',
  'layout.tab.sim': 'シミュレーター',
  'layout.menu': 'メニュー',
};
