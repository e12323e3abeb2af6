import type { Severity } from '../../core';

/**
 * A distinct shape per severity (circle ✕ error, shield security, triangle warning, square "i"
 * suggestion), so severity never rests on colour alone; decorative, callers add the words.
 */
export function SeverityIcon({ severity, size = 14 }: { severity: Severity; size?: number }) {
  return (
    <svg
      className={`rm-sev-icon rm-sev--${severity}`}
      width={size}
      height={size}
      viewBox="0 0 16 16"
      aria-hidden="true"
      focusable="false"
    >
      {severity === 'error' ? (
        <>
          <circle cx="8" cy="8" r="7" fill="currentColor" />
          <path d="M5.2 5.2l5.6 5.6M10.8 5.2l-5.6 5.6" stroke="#fff" strokeWidth="1.8" />
        </>
      ) : severity === 'security' ? (
        <>
          <path
            d="M8 0.8l6.2 2.4v4.4c0 3.9-2.7 6.6-6.2 7.6-3.5-1-6.2-3.7-6.2-7.6V3.2z"
            fill="currentColor"
          />
          <path d="M8 4v4.6" stroke="#fff" strokeWidth="1.8" />
          <circle cx="8" cy="11" r="1.1" fill="#fff" />
        </>
      ) : severity === 'warning' ? (
        <>
          <path d="M8 1l7.2 13.4H0.8z" fill="currentColor" />
          <path d="M8 5.4v4.4" stroke="#fff" strokeWidth="1.8" />
          <circle cx="8" cy="12" r="1.1" fill="#fff" />
        </>
      ) : (
        <>
          <rect x="1.2" y="1.2" width="13.6" height="13.6" rx="3" fill="currentColor" />
          <circle cx="8" cy="4.6" r="1.1" fill="#fff" />
          <path d="M8 7v5" stroke="#fff" strokeWidth="1.8" />
        </>
      )}
    </svg>
  );
}
