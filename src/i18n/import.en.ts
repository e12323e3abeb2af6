/** English strings of the import dialog (open, drop or paste a file; PRODUCT.md, "Import"). */
export const importEn = {
  'import.open': 'Import',
  'import.title': 'Import a role',
  'import.intro':
    'Open, drop or paste an IAM policy, a Rolemap scenario, AWS CLI output (aws iam get-role, get-role-policy, get-policy-version, list-attached-role-policies, get-account-authorization-details), a CloudFormation template (JSON or YAML) or the output of terraform show -json. Rolemap detects the format from the text.',
  'import.file': 'Choose a file',
  'import.fileChosen': 'File: {name}',
  'import.readFailed': 'The file {name} could not be read.',
  'import.paste': 'Or paste the text here',
  'import.waiting': 'Nothing to import yet: choose, drop or paste a file.',
  'import.detected': 'Detected: {format}',
  'import.error': 'This cannot be imported: {message}',
  'import.role': 'Role to import',
  'import.rolesFound': 'The file holds {count} roles. Choose the one to import.',
  'import.summary': 'Role {role} · permission policies: {count}',
  'import.notes': 'Good to know',
  'import.submit': 'Import {role}',
  'import.cancel': 'Cancel',
  'import.addTo': 'Add to {role}',
  'import.addHint':
    'The file has no trust policy of its own: add its policies to the open role {role}, or import it as a new role.',
  'import.drop': 'Drop the file to import it',
} as const;

export type ImportMessageKey = keyof typeof importEn;
export type ImportMessages = { readonly [K in ImportMessageKey]: string };
