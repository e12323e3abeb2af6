/** English strings of keyboard use and accessible names of the graph and the editor (kept apart from en.ts). */
export const a11yEn = {} as const;

export type A11yMessageKey = keyof typeof a11yEn;
export type A11yMessages = { readonly [K in A11yMessageKey]: string };
