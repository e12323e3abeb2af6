/**
 * One way in for a scenario from outside (a share link, an imported file): it opens in a new
 * workspace unless the user chooses to replace the current one, so nothing is ever lost.
 */
import { sameSharedContent, type Scenario } from '../core';
import { useStore, type IncomingScenario } from '../store';
import { leaveLesson } from './lessonWorkspace';
import { isSeed } from './seedIn';
import { createWorkspace, scenarioOf, switchTo } from './workspaces';

export type IncomingSource = IncomingScenario['source'];

/** How an incoming scenario was handled: shown in a workspace that already held it, opened, or waiting for the user. */
export type IncomingOutcome = 'switched' | 'opened' | 'ask';

/** The user's workspace that already holds this content, if any (lessons' workspaces are not the user's). */
export function workspaceHolding(scenario: Scenario): string | undefined {
  const s = useStore.getState();
  const own = s.workspaces.filter((m) => m.lesson === undefined);
  // The current one first: reopening the link you just opened is not a switch.
  own.sort((a, b) => Number(b.id === s.workspaceId) - Number(a.id === s.workspaceId));
  for (const meta of own) {
    const held = scenarioOf(meta);
    if (held && sameSharedContent(held, scenario)) return meta.id;
  }
  return undefined;
}

/**
 * Routes a scenario from outside: a workspace already holding it is shown; the untouched example
 * (a first visit) is simply replaced, since nothing of the user's is there; otherwise the user is
 * asked (the store's `incoming`, which the dialog shows).
 */
export function offerIncoming(scenario: Scenario, source: IncomingSource): IncomingOutcome {
  const holding = workspaceHolding(scenario);
  if (holding !== undefined) {
    switchTo(holding);
    return 'switched';
  }
  const s = useStore.getState();
  const own = s.workspaces.find((m) => m.id === s.workspaceId);
  const current = own ? scenarioOf(own) : undefined;
  if (current === undefined || isSeed(current)) {
    openIncoming(scenario, { source, mode: 'replace' });
    return 'opened';
  }
  s.setIncoming({ scenario, source });
  return 'ask';
}

/**
 * Opens a scenario from outside as the user chose: in a new workspace named after it (the
 * default), or in place of the current workspace of the user's. A lesson open on screen closes.
 */
export function openIncoming(
  scenario: Scenario,
  { mode = 'new' }: { source: IncomingSource; mode?: 'new' | 'replace' },
): void {
  const s = useStore.getState();
  s.setIncoming(undefined);
  if (mode === 'new') {
    createWorkspace(scenario, scenario.title ?? scenario.role.name);
    return;
  }
  if (s.lesson !== undefined) leaveLesson();
  useStore.getState().replaceScenario(scenario);
}
