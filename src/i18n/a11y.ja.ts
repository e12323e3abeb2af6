import type { A11yMessages } from './a11y.en';

/** Japanese strings of keyboard use and accessible names of the graph and the editor. */
export const a11yJa: A11yMessages = {};
