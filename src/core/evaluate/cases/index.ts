/** The engine's JSON case folders, listed for the Vitest runner and the CLI test (Node only). */

import { readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
