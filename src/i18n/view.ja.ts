import type { ViewMessages } from './view.en';

/** Japanese strings of the graph's level of detail, presenter mode and fit. */
export const viewJa: ViewMessages = {};
