/** English strings of keyboard use and accessible names of the graph and the editor (kept apart from en.ts). */
export const a11yEn = {
  // Accessible names of graph nodes: what the node is, then what it shows.
  'a11y.node.named': '{kind} {name}',
  'a11y.node.withDetail': '{kind} {name}, {detail}',
  'a11y.node.trust': '{kind}, {statement}: {says}',
  'a11y.node.conditions': 'only if {conditions}',
  'a11y.node.comment': 'comment: {comment}',
  'a11y.node.principalRefused': 'refused by the trust policy',
  'a11y.action.allowed': 'allowed',
  'a11y.action.denied': 'denied',
  'a11y.action.unknown': 'grants nothing',
  'a11y.action.partial': 'allowed on some of its resources only',
  'a11y.action.conditional': 'allowed only if its conditions hold',
  'a11y.action.revokedExplicit': 'denied once every layer applies',
  'a11y.action.revokedImplicit': 'not allowed once every layer applies',
  'a11y.action.expandable': 'press Enter to expand',
  'a11y.action.collapsible': 'press Enter to collapse',
  'a11y.resource.unrestricted': 'every resource',
  // Accessible names of edges: "ec2.amazonaws.com → trust policy: asks sts:AssumeRole".
  'a11y.edge.verb': '{source} → {target}: {verb}',
  'a11y.edge.plain': '{source} → {target}',
  // React Flow's own screen-reader texts (ariaLabelConfig).
  'a11y.flow.nodeHelp':
    'Enter does what a click does. Arrow keys move along the chain: Down or Right forward, Up or Left back. The question mark key explains the node’s kind in the glossary.',
  'a11y.flow.edgeHelp': 'A link between two steps of the role’s story.',
  'a11y.flow.moved': 'Moved {direction}, now at x {x}, y {y}',
  'a11y.flow.controls': 'Graph controls',
  'a11y.flow.zoomIn': 'Zoom in',
  'a11y.flow.zoomOut': 'Zoom out',
  'a11y.flow.fitView': 'Fit to view',
  'a11y.flow.interactive': 'Toggle interactivity',
  'a11y.flow.minimap': 'Overview map',
  'a11y.flow.handle': 'Connection point',
  // The editor's Tab key.
  'a11y.editor.tabIndent': 'Tab indents',
  'a11y.editor.tabIndentHelp':
    'When on, Tab inserts indentation in the policy; when off, Tab moves to the next control.',
  'a11y.editor.hintFocus':
    'Tab and Shift+Tab leave the editor. Turn on “Tab indents” to indent with Tab.',
  'a11y.editor.hintIndent': 'Tab indents. Press Esc, then Tab, to leave the editor.',
} as const;

export type A11yMessageKey = keyof typeof a11yEn;
export type A11yMessages = { readonly [K in A11yMessageKey]: string };
