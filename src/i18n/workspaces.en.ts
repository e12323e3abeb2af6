/** English strings of the workspace list, incoming scenarios, the save notice and the share-link warning. */
export const workspacesEn = {
  'workspaces.open': 'Workspaces',
  'workspaces.title': 'Workspaces',
  'workspaces.intro':
    'Each workspace is saved in this browser as you work. Shared links and lessons open in a workspace of their own, so none of them overwrites another.',
  'workspaces.defaultName': 'My workspace',
  'workspaces.untitled': 'Untitled workspace',
  'workspaces.copyName': '{name} (copy)',
  'workspaces.current': 'Open now',
  'workspaces.lessonBadge': 'Lesson',
  'workspaces.edited': 'Edited {date}',
  'workspaces.actionsFor': 'Actions for {name}',
  'workspaces.rename': 'Rename',
  'workspaces.renameLabel': 'New name for {name}',
  'workspaces.renameSave': 'Save',
  'workspaces.renameCancel': 'Cancel',
  'workspaces.duplicate': 'Duplicate',
  'workspaces.delete': 'Delete',
  'workspaces.newFromExample': 'New workspace from the example',
  'workspaces.close': 'Close',
  'workspaces.deleted': 'Deleted “{name}”.',
  'workspaces.undo': 'Undo',
  'workspaces.saveFailed':
    'Your work could not be saved in this browser: its storage is full or turned off. Copy a share link to keep what you have.',
  'workspaces.saveFailedDismiss': 'Dismiss',
  'incoming.title.link': 'Open the shared scenario?',
  'incoming.title.import': 'Open the imported scenario?',
  'incoming.body.link':
    'This link carries “{title}”. It opens in a new workspace; the workspace you have open stays as it is.',
  'incoming.body.import':
    'The file holds “{title}”. It opens in a new workspace; the workspace you have open stays as it is.',
  'incoming.new': 'Open in a new workspace',
  'incoming.replace': 'Replace current workspace',
  'incoming.cancel': 'Cancel',
  'share.longTitle': 'This share link is long',
  'share.long':
    'The link you copied is {n} characters long. Some chat tools, e-mail clients and wikis cut links longer than about 2,000 characters. For documentation, the command line makes the same link from a scenario file:',
  'share.longDismiss': 'OK',
} as const;

export type WorkspacesMessageKey = keyof typeof workspacesEn;
export type WorkspacesMessages = { readonly [K in WorkspacesMessageKey]: string };
