/** English strings of the walkthrough: its card, its buttons and the network route it can draw. */
export const walkthroughEn = {
  'walk.label': 'Walkthrough',
  'walk.start': 'Walkthrough',
  'walk.startTitle': 'Step through the picture, from who asks to what the role may do',
  'walk.next': 'Next',
  'walk.back': 'Back',
  'walk.close': 'Close the walkthrough',
  'walk.counter': '{n} / {total}',
  'walk.keys': '← → step through, Esc closes',

  'walk.who.title': 'Who asks for the role',
  'walk.who.one': '{principals} asks to take on this role.',
  'walk.who.many': '{principals} ask to take on this role.',
  'walk.who.profile':
    'EC2 asks on behalf of an instance, through the instance profile that holds this role: the instance itself never signs in.',
  'walk.who.refused': 'A Deny statement of the trust policy refuses {principals}.',

  'walk.trust.title': 'The trust policy admits them',
  'walk.trust.intro': 'The trust policy decides who may take on the role, and nothing else.',
  'walk.trust.statement': '{statement}: {admits}.',
  'walk.trust.only': '{admits}.',
  'walk.trust.conditions': 'Only when:',
  'walk.trust.noConditions': 'No conditions: every such request from them is admitted.',

  'walk.sts.title': 'STS issues a session',
  'walk.sts.body':
    'The principal calls {operations} on AWS STS (Security Token Service). STS checks the trust policy and, as it admits the caller, starts a session of {role} that lasts up to {duration}: the role’s maximum session duration, 1 hour unless the role sets another.',
  'walk.sts.chained':
    'A role may assume this one: a session started from a role’s session (role chaining) lasts at most 1 hour, whatever the role’s maximum session duration says.',
  'walk.sts.theRole': 'the role',

  'walk.credentials.title': 'Temporary credentials',
  'walk.credentials.body':
    'STS hands back temporary credentials. They expire {duration} after they are issued: issued at {issuedAt}, they stop working at {expiration}.',
  'walk.credentials.example': 'Example values, not real credentials',
  'walk.credentials.chained':
    'Credentials a role’s session gets by assuming this role (role chaining) expire after 1 hour at most: at {expiration}.',
  'walk.credentials.asia':
    'An access key ID that starts with ASIA is temporary. An IAM user’s long-term access keys start with AKIA and stay valid until someone deactivates them.',

  'walk.sign.title': 'The credentials sign each API call',
  'walk.sign.body':
    'Every request made with these credentials is signed with them (Signature Version 4) and carries the session token. AWS checks the signature and treats the request as coming from the role {role}.',
  'walk.sign.arn': 'The role’s ARN:',

  'walk.decide.title': 'The policies decide',
  'walk.decide.policies': 'The permission policies grant what the role may do: {policies}.',
  'walk.decide.none':
    'The role has no permission policy: nothing grants anything, so every request is implicitly denied.',
  'walk.decide.boundary':
    'The permissions boundary caps them: an action must be allowed by a permission policy and by the boundary.',
  'walk.decide.session':
    'The session policy narrows this session further: it must allow the action too.',
  'walk.decide.scp':
    'The organization’s service control policies (SCPs) must allow the action as well.',
  'walk.decide.rule':
    'An explicit deny in any of them wins; what no statement allows is implicitly denied.',

  'walk.actions.title': 'Services and actions',
  'walk.actions.count': 'The policies name {actions} across {services}, for example {examples}.',
  'walk.actions.effects':
    'As written, {allowed} allowed and {denied} denied. Each card’s colour and mark show what AWS decides once every layer applies.',
  'walk.unit.action.one': '{n} action',
  'walk.unit.action.other': '{n} actions',
  'walk.unit.service.one': '{n} service',
  'walk.unit.service.other': '{n} services',

  'walk.resources.title': 'The resources they act on',
  'walk.resources.body': 'The actions act on {resources}.',
  'walk.resources.star':
    '“*” stands for every resource each action can act on. Where you can, name only the ARNs you need.',

  'walk.net.label': 'Network route',
  'walk.net.https': 'HTTPS (port 443)',
  'walk.net.endpoints': 'Interface VPC endpoints',
  'walk.net.or': 'or',
  'walk.net.nat': 'NAT gateway',
  'walk.net.natNote': '(out to the public endpoints)',
  'walk.net.region': 'region',
  'walk.net.service': 'service',
  'walk.net.note':
    'The policy allows the calls; the route carries them. Without a route, the instance never shows up as a managed node.',
} as const;

export type WalkthroughMessageKey = keyof typeof walkthroughEn;
export type WalkthroughMessages = { readonly [K in WalkthroughMessageKey]: string };
