import type * as Monaco from 'monaco-editor/editor';
import { splitAction } from '../core';
import { actionHover, conditionKeyHover, operatorHover } from './hoverContent';
import { policyContextAt } from './policyContext';
import type { PolicyFeatureDeps } from './policyFeatures';

/**
 * Hovers on the policy language: actions (catalog details), condition operators and condition
 * keys. Loads the service a hover needs (bundled data, no network) before answering.
 */
export function registerPolicyHover(
  monaco: typeof Monaco,
  language: string,
  deps: PolicyFeatureDeps,
): Monaco.IDisposable {
  return monaco.languages.registerHoverProvider(language, {
    async provideHover(model, position) {
      const text = model.getValue();
      const ctx = policyContextAt(text, deps.comments(text), model.getOffsetAt(position));
      if (!ctx) return null;
      let contents: string[] = [];
      try {
        if (ctx.kind === 'action') {
          const service = splitAction(ctx.value)?.service;
          await deps.catalog.load(service ? [service] : []);
          contents = actionHover(deps.t, deps.catalog, ctx.value);
        } else if (ctx.kind === 'operator') {
          contents = operatorHover(deps.t, ctx.value);
        } else if (ctx.kind === 'conditionKey') {
          const own = ctx.value.split(':')[0] ?? '';
          await deps.catalog.load([own, ...(await deps.servicesToLoad(text))]);
          contents = conditionKeyHover(deps.t, deps.catalog, ctx.value);
        }
      } catch {
        return null;
      }
      if (contents.length === 0 || model.isDisposed()) return null;
      const start = model.getPositionAt(ctx.start - 1);
      const end = model.getPositionAt(ctx.end + 1);
      return {
        range: new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column),
        contents: contents.map((value) => ({ value, isTrusted: false, supportHtml: false })),
      };
    },
  });
}
