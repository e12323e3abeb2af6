/** English strings of the graph's level of detail, presenter mode and fit (kept apart from en.ts). */
export const viewEn = {} as const;

export type ViewMessageKey = keyof typeof viewEn;
export type ViewMessages = { readonly [K in ViewMessageKey]: string };
