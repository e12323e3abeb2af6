/** Types of the build plugin's virtual module (vitePlugin.ts); rows and chunks as in data.ts. */
declare module 'virtual:rolemap-managed-policies' {
  export const asOf: string;
  export const count: number;
  export const loadIndex: () => Promise<readonly (readonly [string, string, string, string])[]>;
  export const chunks: readonly (() => Promise<Record<string, unknown>>)[];
}
