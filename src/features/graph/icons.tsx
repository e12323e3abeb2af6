import type { NodeKind, PrincipalType } from '../../graph/types';

export type IconName = NodeKind | `principal-${PrincipalType}` | 'allow' | 'deny' | 'expand';

/** Simple line icons drawn inline (no icon font, no network); shape tells the kind, never colour alone. */
const PATHS: Record<string, string> = {
  'principal-service': 'M4 14a4 4 0 0 1 1-7.9A5 5 0 0 1 14.6 7 3.5 3.5 0 0 1 16 14Z',
  'principal-account': 'M3 17V7l7-4 7 4v10M7 17v-6h6v6M3 17h14',
  'principal-user': 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 7a6 6 0 0 1 12 0Z',
  'principal-role': 'M3 9h14l-2-4H5Zm2 0v2a5 5 0 0 0 10 0V9',
  'principal-federated':
    'M8 12l4-4M6.5 9.5 4.8 11.2a3 3 0 0 0 4.2 4.2l1.7-1.7M13.5 10.5l1.7-1.7a3 3 0 0 0-4.2-4.2L9.3 6.3',
  'principal-anyone':
    'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM3 10h14M10 3c2.5 3 2.5 11 0 14M10 3c-2.5 3-2.5 11 0 14',
  'principal-other': 'M10 10a3.5 3.5 0 1 0 0-7 3.5 3.5 0 0 0 0 7Zm-6 7a6 6 0 0 1 12 0Z',
  'trust-policy': 'M10 2 4 4.5v5c0 4 2.7 6.7 6 8.5 3.3-1.8 6-4.5 6-8.5v-5ZM7 10l2 2 4-4',
  sts: 'M7 13a4 4 0 1 1 3.5-6H18v3h-2v2h-3v-2h-2.5A4 4 0 0 1 7 13Zm0-2.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  credentials: 'M3 5h14v10H3ZM6 9h4M6 12h8M13 8h1',
  role: 'M3 9h14l-2-4H5Zm2 0v2a5 5 0 0 0 10 0V9',
  'permission-policy': 'M5 2h7l4 4v12H5ZM12 2v4h4M8 10h5M8 13h5',
  service: 'M10 3 17 7v6l-7 4-7-4V7Zm0 0v7m7-3-7 3-7-3',
  action: 'M11 2 4 11h5l-1 7 7-9h-5Z',
  resource: 'M3 6l7-3 7 3v8l-7 3-7-3Zm0 0 7 3 7-3M10 9v8',
  condition: 'M4 4h12l-5 6v5l-2 1v-6Z',
  boundary: 'M3 3h14v14H3Z M6 6h8v8H6Z',
  scp: 'M10 2 3 5v4c0 4 3 7 7 9 4-2 7-5 7-9V5Z',
  rcp: 'M10 2 3 5v4c0 4 3 7 7 9 4-2 7-5 7-9V5ZM7 9h6v5H7ZM8.5 9V7.5a1.5 1.5 0 0 1 3 0V9',
  'endpoint-policy': 'M2 10h5M13 10h5M7 6h6v8H7Z',
  'instance-profile': 'M3 4h14v9H3ZM7 16h6M10 13v3',
  allow: 'M4 10.5 8 14.5 16 5.5',
  deny: 'M10 17a7 7 0 1 0 0-14 7 7 0 0 0 0 14ZM5.1 5.1l9.8 9.8',
  expand: 'M10 4v12M4 10h12',
};

/** Renders one icon at 1em; decorative unless a title is given. */
export function Icon({ name, title }: { name: IconName; title?: string }) {
  const d = PATHS[name] ?? PATHS.action;
  return (
    <svg
      className={`rm-icon rm-icon--${name}`}
      viewBox="0 0 20 20"
      width="1em"
      height="1em"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinecap="round"
      strokeLinejoin="round"
      role={title ? 'img' : undefined}
      aria-hidden={title ? undefined : true}
      aria-label={title}
    >
      <path d={d} />
    </svg>
  );
}
