import { scenarioDocs, type Scenario } from '../core';
import { useDebounced } from './useDebounced';

/**
 * Milliseconds what follows the text (the graph, the derived title) waits after the last keystroke:
 * none for a scenario small enough to rebuild within a frame (the seed: keystroke → picture in two
 * frames), a little for a large one, so that a burst of typing rebuilds once.
 */
const EDIT_DEBOUNCE_MS = 60;
/** Total characters of a scenario's documents under which every keystroke redraws at once. */
const IMMEDIATE_CHARS = 20_000;

export function editDebounceFor(scenario: Scenario): number {
  let chars = 0;
  for (const doc of scenarioDocs(scenario)) {
    chars += doc.text.length;
    if (chars >= IMMEDIATE_CHARS) return EDIT_DEBOUNCE_MS;
  }
  return 0;
}

/** The scenario as what is read from its text should see it: at once when small, after the typing when large. */
export function useSettledScenario(scenario: Scenario): Scenario {
  return useDebounced(scenario, editDebounceFor(scenario));
}
