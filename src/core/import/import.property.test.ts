/**
 * Property-based: import reads any text, and the import cases (written from AWS's, CloudFormation's
 * and Terraform's documentation) with any part replaced or removed, into a valid scenario or a
 * coded error; never a throw, and never the safety net's `too-deep` on a shallow input.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml, stringify as toYaml } from 'yaml';
import { readScenarioValue, toScenarioFile } from '../scenario';
import { anyInputText, anyJson, PROPERTY_TIMEOUT, RUNS } from '../testing/arbitraries';
import { importDocument } from './importDocument';

const CASES = join(import.meta.dirname, 'cases');
const fixtures = readdirSync(CASES)
  .filter((f) => /\.(json|ya?ml)$/.test(f) && f !== 'cases.json' && !f.startsWith('hostile-'))
  .flatMap((file) => {
    const text = readFileSync(join(CASES, file), 'utf8');
    const yaml = /\.ya?ml$/.test(file);
    try {
      // YAML's CloudFormation tags (!Ref, !Sub) are read as their plain values.
      const value: unknown = yaml ? parseYaml(text, { logLevel: 'silent' }) : JSON.parse(text);
      return [{ file, yaml, value }];
    } catch {
      return []; // malformed.json is malformed on purpose
    }
  });

type Json = unknown;

/** Every place in a value: the paths of its object members and array items. */
function places(value: Json, path: (string | number)[] = [], out: (string | number)[][] = []) {
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const at = [...path, Array.isArray(value) ? Number(k) : k];
      out.push(at);
      places(v, at, out);
    }
  }
  return out;
}

/** `value` with the member at `path` replaced by `next` (or removed when `next` is undefined). */
function replaced(value: Json, path: (string | number)[], next: Json): Json {
  if (path.length === 0) return next;
  const [head, ...rest] = path;
  if (Array.isArray(value)) {
    const copy = [...value];
    if (rest.length === 0 && next === undefined) copy.splice(head as number, 1);
    else copy[head as number] = replaced(copy[head as number], rest, next);
    return copy;
  }
  const copy: Record<string, Json> = { ...(value as Record<string, Json>) };
  if (rest.length === 0 && next === undefined) delete copy[head as string];
  else copy[head as string] = replaced(copy[head as string], rest, next);
  return copy;
}

/** An import case with one to three of its parts replaced by arbitrary JSON or removed, as text. */
const mutatedCase = fc
  .tuple(
    fc.constantFrom(...fixtures),
    fc.array(fc.tuple(fc.nat(), fc.option(anyJson, { nil: undefined })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([fixture, edits]) => {
    let value = fixture.value;
    for (const [at, next] of edits) {
      const all = places(value);
      if (all.length === 0) break;
      value = replaced(value, all[at % all.length]!, next);
    }
    return fixture.yaml ? toYaml(value) : JSON.stringify(value, null, 2);
  });

function checked(text: string) {
  const r = importDocument(text);
  expect(() => JSON.stringify(r)).not.toThrow();
  if (r.ok) {
    // What import opens is a scenario the app itself would accept.
    expect(readScenarioValue(JSON.parse(JSON.stringify(toScenarioFile(r.scenario)))).ok).toBe(true);
  } else {
    expect(typeof r.error.code).toBe('string');
    // The inputs here are a few levels deep: `too-deep` would be a hidden throw.
    expect(r.error.code).not.toBe('too-deep');
  }
  return r;
}

describe('importDocument, on any input', { timeout: PROPERTY_TIMEOUT }, () => {
  it('reads any text into a valid scenario or a coded error', () => {
    fc.assert(
      fc.property(anyInputText, (text) => void checked(text)),
      { numRuns: RUNS },
    );
  });

  it('reads every import case with parts replaced or removed into a valid scenario or a coded error', () => {
    expect(fixtures.length).toBeGreaterThan(10);
    fc.assert(
      fc.property(mutatedCase, (text) => void checked(text)),
      { numRuns: RUNS * 2 },
    );
  });

  it('still imports every case untouched (the mutations start from working inputs)', () => {
    const ok = fixtures.filter(
      (f) => importDocument(f.yaml ? toYaml(f.value) : JSON.stringify(f.value)).ok,
    );
    expect(ok.length).toBeGreaterThan(fixtures.length / 2);
  });
});
