/** The engine's JSON case folders, listed for the Vitest runner and the CLI test (Node only). */

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Decision, SimulationRequest } from '../types';

/** One documented case: a request and the decision AWS's documentation says it gets. */
export interface EngineCase {
  name: string;
  /** The AWS documentation page (title and URL) the expectation comes from. */
  source: string;
  note?: string;
  request: SimulationRequest;
  expected: Decision;
}

/** Folder that holds the case groups (`<group>/<name>.json`). */
export const CASES_DIR = dirname(fileURLToPath(import.meta.url));

/** Absolute paths of every case file, sorted, so other runners can replay the same cases. */
export function listCaseFiles(dir: string = CASES_DIR): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) out.push(...listCaseFiles(full));
    else if (name.endsWith('.json')) out.push(full);
  }
  return out;
}

/** Reads one case file (an array of cases, or a single case object). */
export function readCases(file: string): EngineCase[] {
  const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'));
  return (Array.isArray(parsed) ? parsed : [parsed]) as EngineCase[];
}
