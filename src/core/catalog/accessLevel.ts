import type { AccessLevel } from './types';

const LEVELS: readonly AccessLevel[] = [
  'List',
  'Read',
  'Write',
  'Tagging',
  'Permissions management',
];

/**
 * Maps the data's access level to one AccessLevel, because the package sometimes joins two
 * (`"Tagging, Write"`, `"Permissions management, Write"`) where the AWS service authorization
 * reference shows only the first, more specific one (e.g. ssm:AddTagsToResource is "Tagging").
 * Anything unrecognisable counts as Write, the cautious reading.
 */
export function normalizeAccessLevel(raw: unknown): AccessLevel {
  if (typeof raw !== 'string') return 'Write';
  for (const part of raw.split(',')) {
    const wanted = part.trim().toLowerCase();
    const found = LEVELS.find((level) => level.toLowerCase() === wanted);
    if (found) return found;
  }
  return 'Write';
}
