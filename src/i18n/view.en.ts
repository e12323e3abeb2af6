/** English strings of the graph's level of detail, presenter mode and fit (kept apart from en.ts). */
export const viewEn = {
  'view.expandAll': 'Show the actions of every service',
  'view.collapseAll': 'Summarise every service',
  'view.presenter': 'Presenter mode',
  'view.presenterHint': 'Presenter mode: large type, high contrast, thick lines (for projectors)',
  'view.expand': 'Show the {n} actions of {service}',
  'view.collapse': 'Summarise {service} in one card',
  'view.service.denied': '{n} denied',
  'view.trust.far': 'trusts {who}',
  'view.trust.farDeny': 'refuses {who}',
  'view.trust.farMore': '{names} +{n}',
  'view.trust.farSeparator': ', ',
  'view.service.unknown': '{n} unknown',
  'view.service.revoked': '{n} not allowed once every layer applies',
  'view.service.summary': 'Service {service}: {actions}; {levels}',
  'view.service.revokedShort': '{n} not allowed',
  'view.service.noLevel': 'access levels not loaded yet',
} as const;

export type ViewMessageKey = keyof typeof viewEn;
export type ViewMessages = { readonly [K in ViewMessageKey]: string };
