/** Import input text to data: strict JSON, JSON with comments (a policy as people write it), or YAML. */
import { parsePolicy } from '../policy';
import { isRecord } from '../util/record';
import { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, checkShape } from './limits';
import type { ImportError } from './types';
import { readYaml } from './yamlValue';

export type Syntax = 'json' | 'jsonc' | 'yaml';

export type ValueRead =
  { ok: true; value: unknown; syntax: Syntax; text: string } | { ok: false; error: ImportError };

/** What an empty or non-text input reads to. */
const EMPTY: ValueRead = { ok: false, error: { code: 'empty', params: {} } };

/** Reads input text as JSON, then JSON with comments, then YAML, within the import bounds; never throws. */
export function readImportValue(input: string): ValueRead {
  if (typeof input !== 'string') return EMPTY;
  if (input.length > MAX_IMPORT_CHARS)
    return { ok: false, error: { code: 'too-large', params: { limit: MAX_IMPORT_CHARS } } };
  const text = input.replace(/^\uFEFF/, '');
  if (text.trim() === '') return EMPTY;
  let jsonDetail: string | undefined;
  try {
    return checked(JSON.parse(text), 'json', text);
  } catch (error) {
    jsonDetail = error instanceof Error ? (error.message.split('\n')[0] ?? '') : '';
  }
  const jsonc = parsePolicy(text);
  if (jsonc.ok && isRecord(jsonc.value)) return checked(jsonc.value, 'jsonc', text);
  if (jsonc.diagnostics.some((d) => d.code === 'too-deep'))
    return { ok: false, error: { code: 'too-deep', params: { limit: MAX_IMPORT_DEPTH } } };
  // Text that opens like JSON is JSON gone wrong: say so with JSON's own reason.
  if (/^\s*[{[]/.test(text)) {
    const yaml = readYaml(text);
    if (yaml.ok && isRecord(yaml.value)) return checked(yaml.value, 'yaml', text);
    return { ok: false, error: { code: 'not-json-or-yaml', params: { detail: jsonDetail } } };
  }
  const yaml = readYaml(text);
  if (!yaml.ok) return yaml;
  return checked(yaml.value, 'yaml', text);
}

function checked(value: unknown, syntax: Syntax, text: string): ValueRead {
  const bad = checkShape(value);
  return bad ? { ok: false, error: bad } : { ok: true, value, syntax, text };
}
