/** Example values from AWS's documentation, used wherever Rolemap needs a placeholder. */

/** The account AWS's documentation uses in examples: the role's account when the scenario gives none. */
export const EXAMPLE_ACCOUNT = '111122223333';

/** A second documentation account: "someone in another account". */
export const EXAMPLE_OTHER_ACCOUNT = '444455556666';

/** The user a request stands for when only an account is named ("a user of account X"). */
export const EXAMPLE_USER_NAME = 'example-user';

/** The session name of the role's own example session. */
export const EXAMPLE_SESSION_NAME = 'rolemap-session';

/** A fixed moment the example session starts at, so the graph is deterministic (no clock). */
export const EXAMPLE_ISSUED_AT = '2025-01-01T00:00:00Z';

const ISSUED_AT_MS = Date.UTC(2025, 0, 1, 0, 0, 0);

/** What STS returns for a session, with AWS's documentation example values (never a real secret). */
export interface ExampleCredentials {
  accessKeyId: string;
  secretAccessKey: string;
  sessionToken: string;
  expiration: string;
}

/** Builds example credentials that expire `durationSeconds` after the fixed example start. */
export function exampleCredentials(durationSeconds: number): ExampleCredentials {
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
