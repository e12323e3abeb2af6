/**
 * The light half of import, re-exported by the core index: types, limits and "add to the role".
 * The readers (importDocument and the YAML behind it) are in ./index, loaded with the dialog.
 */
export { MAX_IMPORT_CHARS, MAX_IMPORT_DEPTH, MAX_IMPORT_VALUES } from './limits';
export {
  IMPORT_FORMATS,
  type ImportError,
  type ImportErrorCode,
  type ImportErrorParams,
  type ImportFormat,
  type ImportNote,
  type ImportNoteCode,
  type ImportNoteParams,
  type ImportOptions,
  type ImportResult,
  type ResolvedManagedPolicy,
  type ManagedPolicyResolver,
} from './types';
export { canAddToRole, withAddedPolicies } from './addToRole';
export type { ManagedPolicyByArn } from './importResolving';
