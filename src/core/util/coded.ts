/** Messages as data: the engine says what happened with a code and typed params; i18n words it. */

/** One message of a family: `{ code, params }`, where `params` has the type its code declares. */
export type Coded<P> = {
  [C in keyof P & string]: { readonly code: C; readonly params: P[C] };
}[keyof P & string];

/** Builds a message of a family with its params checked against the code. */
export function coded<P, C extends keyof P & string>(
  code: C,
  params: P[C],
): { code: C; params: P[C] } {
  return { code, params };
}
