import { loadLintRunner } from './loadLintRunner';

/** What happened to a "Copy as AWS-ready JSON" request: copied, or the text to copy by hand. */
export interface CopyOutcome {
  ok: boolean;
  text: string;
}

type Listener = (outcome: CopyOutcome) => void;
const listeners = new Set<Listener>();

/** Lets the problems panel show "copied" or a fallback text box, whoever asked for the copy. */
export function onAwsJsonCopy(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * "Copy as AWS-ready JSON" (from the problems panel or a Monaco code action): the policy without
 * its comments and trailing commas, which AWS rejects, on the clipboard; when the browser refuses, listeners get the
 * text to offer in a box instead.
 */
export async function copyAwsReadyJson(text: string): Promise<CopyOutcome> {
  const json = (await loadLintRunner()).stripComments(text);
  let ok = false;
  try {
    if (typeof navigator !== 'undefined' && navigator.clipboard) {
      await navigator.clipboard.writeText(json);
      ok = true;
    }
  } catch {
    ok = false;
  }
  const outcome = { ok, text: json };
  for (const listener of [...listeners]) listener(outcome);
  return outcome;
}
