/**
 * Registers the policy language's hovers, completions and quick fixes once, at module scope of
 * the lazily loaded editor chunk, wired to the app's catalog, language and parse cache.
 */
import { appCatalog } from '../../platform/appCatalog';
import { parseCached } from '../../platform/parseCache';
import { liveTranslator } from '../../i18n';
import { monaco } from '../../monaco/setup';
import { POLICY_LANGUAGE } from '../../monaco/policyLanguage';
import { registerPolicyCodeActions } from '../../monaco/policyCodeActions';
import { registerPolicyCompletion } from '../../monaco/policyCompletion';
import type { PolicyFeatureDeps } from '../../monaco/policyFeatures';
import { registerPolicyHover } from '../../monaco/policyHover';
import { useStore } from '../../store';
import { copyAwsReadyJson } from './awsJsonCopy';
import { loadLintRunner } from './loadLintRunner';

let registered = false;

const t = liveTranslator(() => useStore.getState().lang);

/** Idempotent: the providers are global to Monaco, so they must exist exactly once. */
export function registerPolicyFeatures(): void {
  if (registered) return;
  registered = true;
  const deps: PolicyFeatureDeps = {
    catalog: appCatalog,
    t,
    lang: () => useStore.getState().lang,
    comments: (text) => parseCached(text).comments,
    servicesToLoad: async (text) => (await loadLintRunner()).servicesToLoad(text),
    copyAwsJson: (text) => void copyAwsReadyJson(text),
  };
  registerPolicyHover(monaco, POLICY_LANGUAGE, deps);
  registerPolicyCompletion(monaco, POLICY_LANGUAGE, deps);
  registerPolicyCodeActions(monaco, POLICY_LANGUAGE, deps);
}
