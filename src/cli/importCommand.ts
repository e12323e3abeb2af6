import {
  importResolving,
  toScenarioFile,
  type ManagedPolicyByArn,
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
export async function importCommand(
  text: string,
  role: string | undefined,
  lang: Lang,
  managedPolicies: ManagedPolicyByArn,
): Promise<{ scenario: ScenarioFile; notes: string[] }> {
  const result = await importResolving(text, role !== undefined ? { role } : {}, managedPolicies);
  if (!result.ok) throw new CliError(importErrorText(lang, result.error));
  return {
    scenario: toScenarioFile(result.scenario),
    notes: result.notes.map((n) => importNoteText(lang, n)),
  };
}
