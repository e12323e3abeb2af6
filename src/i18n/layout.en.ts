/** English strings of the app's layout: the phone tabs and the top bar (kept apart from en.ts). */
export const layoutEn = {
  'layout.tabs': 'Views',
  'layout.tab.editor': 'Editor',
  'layout.tab.graph': 'Graph',
  'layout.tab.sim': 'Simulator',
  'layout.menu': 'Menu',
} as const;

export type LayoutMessageKey = keyof typeof layoutEn;
export type LayoutMessages = { readonly [K in LayoutMessageKey]: string };
