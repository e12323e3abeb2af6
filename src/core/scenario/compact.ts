/**
 * Compact share links: a policy document without comments travels minified (only the whitespace
 * between tokens goes; strings, key order, duplicate keys and number literals stay as written) and
 * opens indented again. A document with comments, or one that does not parse cleanly, travels
 * exactly as written, so nobody's comments or half-typed text is lost.
 */
import { applyEdits, format } from 'jsonc-parser';
import { parsePolicy } from '../policy/parse';
import type { Scenario } from './types';

const QUOTE = 34;
const BACKSLASH = 92;

/** Whether the text is clean JSON that whitespace alone can be taken out of (or put back into). */
function reshapeable(text: string): boolean {
  if (text.trim() === '' || text.charCodeAt(0) === 0xfeff) return false;
  const parsed = parsePolicy(text);
  return parsed.ok && parsed.comments.length === 0 && (parsed.trailingCommas ?? []).length === 0;
}

/** Drops every blank outside strings, in one linear pass (the text is known to be clean JSON). */
function stripBlanks(text: string): string {
  let out = '';
  let start = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      i++;
      while (i < n && text.charCodeAt(i) !== QUOTE) i += text.charCodeAt(i) === BACKSLASH ? 2 : 1;
      i++;
    } else if (ch === 32 || ch === 9 || ch === 10 || ch === 13) {
      out += text.slice(start, i);
      while (i < n && /[ \t\n\r]/.test(text.charAt(i))) i++;
      start = i;
    } else i++;
  }
  return out + text.slice(start);
}

/** The document as a share link carries it: minified when it has no comments, else verbatim. */
export function minifyDocument(text: string): string {
  return reshapeable(text) ? stripBlanks(text) : text;
}

/** A one-line document from a link, indented for reading (whitespace only); anything else as is. */
export function expandDocument(text: string): string {
  if (text.includes('\n') || !reshapeable(text)) return text;
  const edits = format(text, undefined, { tabSize: 2, insertSpaces: true, eol: '\n' });
  return applyEdits(text, edits);
}

/** Applies one text transform to every policy document of a scenario (names, ids and badges untouched). */
export function mapDocuments(scenario: Scenario, f: (text: string) => string): Scenario {
  const { role } = scenario;
  return {
    ...scenario,
    role: {
      ...role,
      trustPolicy: f(role.trustPolicy),
      permissionPolicies: role.permissionPolicies.map((p) => ({ ...p, document: f(p.document) })),
      ...(role.permissionsBoundary !== undefined
        ? { permissionsBoundary: f(role.permissionsBoundary) }
        : {}),
    },
    ...(scenario.sessionPolicy !== undefined ? { sessionPolicy: f(scenario.sessionPolicy) } : {}),
    ...(scenario.scps !== undefined
      ? { scps: scenario.scps.map((s) => ({ ...s, document: f(s.document) })) }
      : {}),
    ...(scenario.rcps !== undefined
      ? { rcps: scenario.rcps.map((s) => ({ ...s, document: f(s.document) })) }
      : {}),
    ...(scenario.endpointPolicy !== undefined
      ? { endpointPolicy: f(scenario.endpointPolicy) }
      : {}),
    ...(scenario.resourcePolicy !== undefined
      ? { resourcePolicy: f(scenario.resourcePolicy) }
      : {}),
  };
}
