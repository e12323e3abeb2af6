import type * as Monaco from 'monaco-editor/editor';
import type { Catalog } from '../core';
import { OPERATOR_NAMES, parseOperator } from '../core';
import type { Translate } from '../i18n';
import { policyContextAt, type PolicyContext } from './policyContext';
import type { PolicyFeatureDeps } from './policyFeatures';
import { SERVICE_PRINCIPALS } from './servicePrincipals';

type Item = Omit<Monaco.languages.CompletionItem, 'range'>;

const SERVICE_PREFIX = /^([a-z0-9][a-z0-9-]*):/i;

/** Every operator spelling AWS accepts: base, IfExists (not for Null), and the set qualifiers. */
function operatorSpellings(): string[] {
  const out: string[] = [];
  for (const base of OPERATOR_NAMES) {
    const forms = base === 'Null' ? [base] : [base, `${base}IfExists`];
    out.push(...forms);
    if (base !== 'Null') out.push(...forms.map((f) => `ForAnyValue:${f}`));
    if (base !== 'Null') out.push(...forms.map((f) => `ForAllValues:${f}`));
  }
  return out;
}

async function actionItems(
  monaco: typeof Monaco,
  catalog: Catalog,
  t: Translate,
  typed: string,
): Promise<Item[]> {
  const prefix = SERVICE_PREFIX.exec(typed)?.[1]?.toLowerCase();
  if (prefix === undefined) {
    await catalog.loadIndex();
    return catalog.servicePrefixes().map((p) => ({
      label: { label: `${p}:`, description: catalog.serviceName(p) ?? '' },
      kind: monaco.languages.CompletionItemKind.Module,
      detail: t('completion.servicePrefix'),
      insertText: `${p}:`,
      filterText: `${p}:`,
      // Go straight on to the service's actions.
      command: { id: 'editor.action.triggerSuggest', title: '' },
    }));
  }
  await catalog.load([prefix]);
  return catalog.actionsOf(prefix).map((a) => ({
    label: { label: a.id, description: t(`access.${a.accessLevel}`) },
    kind: monaco.languages.CompletionItemKind.Function,
    detail: t(`access.${a.accessLevel}`),
    documentation: a.description,
    insertText: a.id,
    filterText: a.id,
  }));
}

function operatorItems(monaco: typeof Monaco, t: Translate): Item[] {
  return operatorSpellings().map((name) => ({
    label: name,
    kind: monaco.languages.CompletionItemKind.Operator,
    detail: `${t('completion.operator')} · ${parseOperator(name).spec?.family ?? ''}`,
    insertText: name,
    sortText: `${name.includes(':') ? 1 : 0}${name}`,
  }));
}

async function conditionKeyItems(
  monaco: typeof Monaco,
  deps: PolicyFeatureDeps,
  text: string,
  typed: string,
): Promise<Item[]> {
  const { catalog, t } = deps;
  const own = SERVICE_PREFIX.exec(typed)?.[1]?.toLowerCase();
  const services = [...new Set([...(await deps.servicesToLoad(text)), ...(own ? [own] : [])])];
  await catalog.load(services);
  const items: Item[] = catalog.globalConditionKeys().map((k) => ({
    label: { label: k.key, description: k.type },
    kind: monaco.languages.CompletionItemKind.Property,
    detail: t('completion.globalKey'),
    documentation: k.description,
    insertText: k.key,
    sortText: `1${k.key}`,
  }));
  for (const prefix of services) {
    for (const k of catalog.conditionKeysOf(prefix)) {
      items.push({
        label: { label: k.key, description: k.type },
        kind: monaco.languages.CompletionItemKind.Property,
        detail: catalog.serviceName(prefix) ?? prefix,
        documentation: k.description,
        insertText: k.key,
        sortText: `0${k.key}`,
      });
    }
  }
  return items;
}

function principalItems(monaco: typeof Monaco): Item[] {
  return SERVICE_PRINCIPALS.map((p) => ({
    label: { label: p.principal, description: p.service },
    kind: monaco.languages.CompletionItemKind.Value,
    detail: p.service,
    insertText: p.principal,
  }));
}

async function itemsFor(
  monaco: typeof Monaco,
  deps: PolicyFeatureDeps,
  ctx: PolicyContext,
  text: string,
  typed: string,
): Promise<Item[]> {
  switch (ctx.kind) {
    case 'action':
      return actionItems(monaco, deps.catalog, deps.t, typed);
    case 'operator':
      return operatorItems(monaco, deps.t);
    case 'conditionKey':
      return conditionKeyItems(monaco, deps, text, typed);
    case 'servicePrincipal':
      return principalItems(monaco);
  }
}

/**
 * Completions inside policy strings: service prefixes then that service's actions (after
 * `"svc:`), condition operators and keys under Condition, and well-known service principals.
 */
export function registerPolicyCompletion(
  monaco: typeof Monaco,
  language: string,
  deps: PolicyFeatureDeps,
): Monaco.IDisposable {
  return monaco.languages.registerCompletionItemProvider(language, {
    triggerCharacters: ['"', ':'],
    async provideCompletionItems(model, position) {
      const text = model.getValue();
      const offset = model.getOffsetAt(position);
      const ctx = policyContextAt(text, deps.comments(text), offset);
      if (!ctx) return { suggestions: [] };
      let items: Item[];
      try {
        items = await itemsFor(monaco, deps, ctx, text, text.slice(ctx.start, offset));
      } catch {
        return { suggestions: [] };
      }
      if (model.isDisposed()) return { suggestions: [] };
      const start = model.getPositionAt(ctx.start);
      const end = model.getPositionAt(Math.max(ctx.end, offset));
      const range = new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
      return { suggestions: items.map((item) => ({ ...item, range })) };
    },
  });
}
