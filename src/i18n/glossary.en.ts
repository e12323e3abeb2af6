/** English strings of the glossary dialog, its `?` buttons and the first-visit intro. */
export const glossaryEn = {
  'glossary.title': 'Glossary',
  'glossary.open': 'Glossary',
  'glossary.openHint': 'What the words on the picture mean',
  'glossary.intro':
    'The words the picture and the lessons use, as AWS’s documentation defines them.',
  'glossary.close': 'Close',
  'glossary.related': 'See also:',
  'glossary.ask.principal': 'What is a principal?',
  'glossary.ask.role': 'What is an IAM role?',
  'glossary.ask.trust-policy': 'What is a trust policy?',
  'glossary.ask.sts': 'What is STS?',
  'glossary.ask.session': 'What is a role session?',
  'glossary.ask.temporary-credentials': 'What are temporary credentials?',
  'glossary.ask.access-key': 'What is an access key?',
  'glossary.ask.iam-user': 'What is an IAM user?',
  'glossary.ask.instance-profile': 'What is an instance profile?',
  'glossary.ask.permission-policy': 'What is a permission policy?',
  'glossary.ask.managed-vs-inline-policy': 'What are managed and inline policies?',
  'glossary.ask.resource-based-policy': 'What is a resource-based policy?',
  'glossary.ask.permissions-boundary': 'What is a permissions boundary?',
  'glossary.ask.session-policy': 'What is a session policy?',
  'glossary.ask.scp': 'What is a service control policy (SCP)?',
  'glossary.ask.rcp': 'What is a resource control policy (RCP)?',
  'glossary.ask.explicit-vs-implicit-deny': 'What are explicit and implicit deny?',
  'glossary.ask.condition-key': 'What is a condition key?',
  'glossary.ask.federation': 'What is federation?',
  'glossary.ask.identity-provider': 'What is an identity provider?',
  'glossary.ask.external-id': 'What is an external ID?',
  'glossary.ask.confused-deputy': 'What is the confused deputy problem?',
  'glossary.ask.role-chaining': 'What is role chaining?',
  'glossary.ask.max-session-duration': 'What is the maximum session duration?',
  'intro.label': 'Welcome',
  'intro.text':
    'The picture reads left to right: who may assume this IAM role, the temporary credentials AWS STS issues, and what the role may do.',
  'intro.start': 'Start lesson 1',
  'intro.startHint': 'Lesson 1: {title}',
  'intro.dismiss': 'Dismiss',
} as const;

export type GlossaryMessageKey = keyof typeof glossaryEn;
export type GlossaryMessages = { readonly [K in GlossaryMessageKey]: string };
