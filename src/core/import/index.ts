/** Import: AWS CLI output, CloudFormation, Terraform JSON, a policy or a scenario, read into a scenario. */
export { importDocument } from './importDocument';
export { importResolving, type ManagedPolicyByArn } from './importResolving';
export { detectFormat } from './detect';
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
