import {
  importDocument,
  toScenarioFile,
  type ManagedPolicyLookup,
  type ScenarioFile,
} from '../core';
import type { Lang } from '../i18n';
import { importErrorText, importNoteText } from '../i18n/engine/import';
import { CliError } from './CliError';

/**
 * `rolemap import FILE [--role NAME]`: the scenario a policy, AWS CLI output, a CloudFormation
 * template or `terraform show -json` output describes, with its notes (placeholders, unresolved
 * policies) worded in `lang` for standard error.
 */
export function importCommand(
  text: string,
  role: string | undefined,
  lang: Lang,
  managedPolicy: ManagedPolicyLookup,
): { scenario: ScenarioFile; notes: string[] } {
  const result = importDocument(text, { ...(role !== undefined ? { role } : {}), managedPolicy });
  if (!result.ok) throw new CliError(importErrorText(lang, result.error));
  return {
    scenario: toScenarioFile(result.scenario),
    notes: result.notes.map((n) => importNoteText(lang, n)),
  };
}
