/** Splitting `service:Action` strings, the one place that knows where the colon goes. */

export interface ActionParts {
  /** Service prefix, lower-cased (prefixes are case-insensitive and canonically lower case). */
  service: string;
  /** Action name (or name pattern) exactly as written. */
  name: string;
}

/** Splits `ssm:GetDocument` at its first colon so callers never re-implement the rule; undefined if malformed. */
export function splitAction(action: string): ActionParts | undefined {
  if (typeof action !== 'string') return undefined;
  const colon = action.indexOf(':');
  if (colon <= 0 || colon === action.length - 1) return undefined;
  return { service: action.slice(0, colon).toLowerCase(), name: action.slice(colon + 1) };
}

/** The lower-cased service prefix of an action string, for grouping and loading; undefined if malformed. */
export function serviceOf(action: string): string | undefined {
  return splitAction(action)?.service;
}
