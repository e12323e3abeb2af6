/** Plain-data guards shared by every reader of untrusted JSON (policies, scenarios, requests). */

/** True for a plain JSON object (not an array, not null), so its members can be read. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads a member without touching inherited properties (`__proto__`, `constructor`). */
export function own(obj: Readonly<Record<string, unknown>>, key: string): unknown {
  return Object.hasOwn(obj, key) ? obj[key] : undefined;
}
