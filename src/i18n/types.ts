/** Types every language file shares: typed templates for UI strings, typed renderers for engine codes. */

export const LANGS = ['en', 'ja'] as const;
export type Lang = (typeof LANGS)[number];

/** The `{name}` placeholders of a template string, as a union of names (never when it has none). */
export type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}`
  ? P | Placeholders<Rest>
  : never;

/** The params a template needs: one value per placeholder, nothing when it has none. */
export type TemplateParams<S extends string> = [Placeholders<S>] extends [never]
  ? Record<string, never> | undefined
  : { readonly [P in Placeholders<S>]: string | number };

/**
 * Words one language gives every code family: for each code, a function of exactly the params
 * the engine declares for it (a missing code or a wrong param is a type error).
 */
export type Renderers<P> = { readonly [C in keyof P]: (params: P[C]) => string };

/** Renders one coded message with a family's renderers. */
export function renderWith<P, C extends keyof P>(
  renderers: Renderers<P>,
  message: { readonly code: C; readonly params: P[C] },
): string {
  const render = renderers[message.code] as ((params: P[C]) => string) | undefined;
  return render ? render(message.params) : String(message.code);
}
