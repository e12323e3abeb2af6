/** Example temporary credentials for the credentials node (the values AWS documentation uses as examples). */
import type { CredentialsNode } from './types';

/** A fixed moment the example session starts at, so the graph is deterministic (no clock). */
export const EXAMPLE_ISSUED_AT = '2025-01-01T00:00:00Z';

const ISSUED_AT_MS = Date.UTC(2025, 0, 1, 0, 0, 0);

/** Builds example credentials that expire `durationSeconds` after the fixed example start, so learners see what STS returns without any real secret. */
export function exampleCredentials(durationSeconds: number): CredentialsNode['example'] {
  const seconds = Number.isFinite(durationSeconds) && durationSeconds > 0 ? durationSeconds : 3600;
  const expiration = new Date(ISSUED_AT_MS + Math.min(seconds, 10 * 365 * 86400) * 1000)
    .toISOString()
    .replace('.000Z', 'Z');
  return {
    accessKeyId: 'ASIAIOSFODNN7EXAMPLE',
    secretAccessKey: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    sessionToken: 'IQoJb3JpZ2luX2VjEXAMPLE//////////wEaCXVzLWVhc3QtMSJHMEUCIQEXAMPLESESSIONTOKEN',
    expiration,
  };
}

/** Formats a duration in seconds as "1 h", "90 min" or "12 h", for node details. */
export function formatDuration(seconds: number): string {
  if (seconds % 3600 === 0) return `${seconds / 3600} h`;
  if (seconds % 60 === 0) return `${seconds / 60} min`;
  return `${seconds} s`;
}
