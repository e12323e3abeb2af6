/** AWS managed policies in the app: the picker, and the read-only view of an attached one. */
export { AddManagedPolicyButton } from './AddManagedPolicyButton';
export { ManagedReadOnlyNote } from './ManagedReadOnlyNote';
export { useIsAwsText } from './awsText';
