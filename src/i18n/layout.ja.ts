import type { LayoutMessages } from './layout.en';

/** Japanese strings of the app's layout: the phone tabs and the top bar. */
export const layoutJa: LayoutMessages = {};
