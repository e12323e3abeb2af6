/** The bounds an import works within, so a huge or hostile file gets a coded error, never a hang. */
import type { ImportError } from './types';

/** Longest input read (characters): a large account's authorization details fit well within. */
export const MAX_IMPORT_CHARS = 10_000_000;
/** Deepest nesting read: AWS, CloudFormation and Terraform outputs stay far shallower. */
export const MAX_IMPORT_DEPTH = 64;
/** Most values read, YAML aliases counted each time they are expanded. */
export const MAX_IMPORT_VALUES = 1_000_000;

/**
 * Checks parsed data against the depth and value bounds without recursing, so later readers may
 * recurse safely; undefined when it fits.
 */
export function checkShape(root: unknown): ImportError | undefined {
  const stack: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  let count = 0;
  while (stack.length > 0) {
    const { value, depth } = stack.pop() as { value: unknown; depth: number };
    if (++count > MAX_IMPORT_VALUES)
      return { code: 'too-many-values', params: { limit: MAX_IMPORT_VALUES } };
    if (typeof value !== 'object' || value === null) continue;
    if (depth >= MAX_IMPORT_DEPTH) return { code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } };
    const children = Array.isArray(value) ? value : Object.values(value);
    for (const child of children) stack.push({ value: child, depth: depth + 1 });
  }
  return undefined;
}
