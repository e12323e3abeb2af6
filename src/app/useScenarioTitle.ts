import { derivedTitle, type DerivedTitle, type Scenario } from '../core';
import type { Lang, Translate } from '../i18n';
import { listOf } from '../i18n/words';
import { parseCached } from '../platform/parseCache';
import { useStore } from '../store';
import { useSettledScenario } from '../ui/useSettledScenario';
import { useT } from '../ui/useT';

/** A scenario's title as the header, the embed's caption and dialogs show it. */
export interface ScenarioTitle {
  /** The user's title, else the derived one. */
  text: string;
  /** The title worded from the policies, shown when the user gave none. */
  derived: string;
  /** True when the scenario has no title of its own. */
  isDerived: boolean;
}

/** Words the derived title: "ec2.amazonaws.com → ssm, ssmmessages and ec2messages", else the role's name. */
export function derivedTitleText(
  facts: DerivedTitle,
  roleName: string,
  t: Translate,
  lang: Lang,
): string {
  if (facts.principals.length === 0 && facts.services.length === 0) return roleName;
  return t('app.titleDerived', {
    who: facts.principals.length > 0 ? listOf(lang, facts.principals, 2) : roleName,
    what: facts.services.length > 0 ? listOf(lang, facts.services, 3) : t('app.titleNoServices'),
  });
}

/** Derived facts per scenario object: the header and the title field read them once between them. */
const factsOf = new WeakMap<Scenario, DerivedTitle>();

function factsFor(scenario: Scenario): DerivedTitle {
  let facts = factsOf.get(scenario);
  if (facts === undefined) {
    facts = derivedTitle(scenario, parseCached);
    factsOf.set(scenario, facts);
  }
  return facts;
}

/** The current scenario's title: the user's own, or one derived from its policies (never a stale leftover). */
export function useScenarioTitle(): ScenarioTitle {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const scenario = useStore((s) => s.scenario);
  // Read from the policies as the graph is: at once for a small scenario, after the typing for a
  // large one (reading a 194 KB policy on every keystroke would slow the typing itself).
  const settled = useSettledScenario(scenario);
  const facts = factsFor(settled);
  const derived = derivedTitleText(facts, scenario.role.name, t, lang);
  const own = scenario.title?.trim();
  return own
    ? { text: own, derived, isDerived: false }
    : { text: derived, derived, isDerived: true };
}
