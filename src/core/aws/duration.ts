/** Role session durations (IAM User Guide, "Modifying a role maximum session duration"). */

/** A role's MaxSessionDuration when none is set: one hour. */
export const DEFAULT_SESSION_SECONDS = 3600;
/** The shortest MaxSessionDuration IAM accepts. */
export const MIN_SESSION_SECONDS = 3600;
/** The longest MaxSessionDuration IAM accepts: 12 hours. */
export const MAX_SESSION_SECONDS = 43_200;

/** The session length a role allows: its MaxSessionDuration, or IAM's default of one hour. */
export function sessionSeconds(maxSessionDuration: unknown): number {
  return typeof maxSessionDuration === 'number' &&
    Number.isFinite(maxSessionDuration) &&
    maxSessionDuration > 0
    ? Math.floor(maxSessionDuration)
    : DEFAULT_SESSION_SECONDS;
}

/** Whether a value is a MaxSessionDuration IAM accepts (whole seconds, 1 to 12 hours). */
export function isValidMaxSessionDuration(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isInteger(value) &&
    value >= MIN_SESSION_SECONDS &&
    value <= MAX_SESSION_SECONDS
  );
}

/** A duration in the largest whole unit, for i18n to word ("1 h", "90 min", "45 s"). */
export interface Duration {
  unit: 'h' | 'min' | 's';
  value: number;
}

/** Splits seconds into the largest unit that divides them. */
export function durationOf(seconds: number): Duration {
  const s = Number.isFinite(seconds) && seconds > 0 ? Math.floor(seconds) : 0;
  if (s > 0 && s % 3600 === 0) return { unit: 'h', value: s / 3600 };
  if (s > 0 && s % 60 === 0) return { unit: 'min', value: s / 60 };
  return { unit: 's', value: s };
}
