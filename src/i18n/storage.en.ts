/** English strings of autosave trouble, other tabs' edits and panels that crashed. */
export const storageEn = {
  'storage.otherTabName': '{name} (from another tab)',
  'storage.otherTab':
    'This workspace was also changed in another tab. Both versions are kept: the other tab’s is in your workspaces as “{name}”.',
  'storage.otherTabDismiss': 'Dismiss',
  'boundary.title': 'The {panel} stopped working.',
  'boundary.body':
    'Your policies are safe: they were saved before anything else happened. Try again to reload this part of the page.',
  'boundary.retry': 'Try again',
  'boundary.close': 'Close',
  'boundary.panel.editor': 'policy editor',
  'boundary.panel.graph': 'role graph',
  'boundary.panel.simulator': 'simulator',
  'boundary.panel.lessons': 'lesson panel',
  'boundary.panel.dialog': 'dialog',
} as const;

export type StorageMessageKey = keyof typeof storageEn;
export type StorageMessages = { readonly [K in StorageMessageKey]: string };
