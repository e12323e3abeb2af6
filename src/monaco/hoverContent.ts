import {
  expandActionPattern,
  hasWildcard,
  splitAction,
  type ActionInfo,
  type Catalog,
} from '../core';
import { parseOperator } from '../core';
import { en } from '../i18n/en';
import type { PlainKey, Translate } from '../i18n';

const MAX_LIST = 12;

/** Escapes Markdown so catalog text renders as written (Monaco hovers are Markdown, never HTML). */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_{}[\]()#+\-.!|<>~]/g, (c) => `\\${c}`);
}

function code(text: string): string {
  return `\`${text.replace(/`/g, "'")}\``;
}

function isKey(key: string): key is PlainKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}

function list(t: Translate, items: readonly string[]): string {
  const shown = items.slice(0, MAX_LIST).map(code).join(', ');
  return items.length > MAX_LIST
    ? `${shown} ${t('hover.more', { n: items.length - MAX_LIST })}`
    : shown;
}

function actionDetails(t: Translate, catalog: Catalog, action: ActionInfo): string[] {
  const serviceName = catalog.serviceName(action.service) ?? action.service;
  const out = [
    `**${code(action.id)}** · ${escapeMarkdown(t('hover.action'))} · ${escapeMarkdown(
      t('hover.accessLevel', { level: t(`access.${action.accessLevel}`) }),
    )}`,
    escapeMarkdown(action.description),
  ];
  const resources = action.resourceTypes.filter((r) => r.name !== '');
  if (resources.length === 0) out.push(escapeMarkdown(t('hover.noResourceTypes')));
  else {
    const rows = resources.slice(0, MAX_LIST).map((r) => {
      const arn = catalog.resourceType(action.service, r.name)?.arn;
      const required = r.required ? ` ${escapeMarkdown(t('hover.requiredResource'))}` : '';
      return `- ${code(r.name)}${required}${arn ? ` — ${code(arn)}` : ''}`;
    });
    out.push(`**${escapeMarkdown(t('hover.resourceTypes'))}**\n\n${rows.join('\n')}`);
  }
  const keys = [
    ...new Set([...action.conditionKeys, ...action.resourceTypes.flatMap((r) => r.conditionKeys)]),
  ];
  if (keys.length) out.push(`**${escapeMarkdown(t('hover.conditionKeys'))}**: ${list(t, keys)}`);
  const dependent = [
    ...new Set([
      ...action.dependentActions,
      ...action.resourceTypes.flatMap((r) => r.dependentActions),
    ]),
  ];
  if (dependent.length) {
    out.push(`**${escapeMarkdown(t('hover.dependentActions'))}**: ${list(t, dependent)}`);
  }
  out.push(`_${escapeMarkdown(t('hover.reference', { service: serviceName }))}_`);
  return out;
}

/**
 * Hover text for an action string: description, access level, resource types with ARN templates,
 * condition keys, dependent actions and the reference page's name; for a wildcard, what it
 * matches. Reads only what the catalog has loaded (load the service first).
 */
export function actionHover(t: Translate, catalog: Catalog, value: string): string[] {
  const parts = splitAction(value);
  if (!parts) return [];
  const service = parts.service.toLowerCase();
  if (hasWildcard(service)) return [];
  if (catalog.hasIndex && !catalog.hasService(service)) {
    return [escapeMarkdown(t('hover.unknownService', { prefix: parts.service }))];
  }
  const serviceName = catalog.serviceName(service) ?? service;
  if (hasWildcard(parts.name)) {
    const { matches } = expandActionPattern(catalog, value);
    if (matches.length === 0)
      return [escapeMarkdown(t('hover.wildcardNone', { service: serviceName }))];
    const rows = matches
      .slice(0, MAX_LIST)
      .map((a) => `- ${code(a.id)} · ${escapeMarkdown(t(`access.${a.accessLevel}`))}`);
    if (matches.length > MAX_LIST) {
      rows.push(`- ${escapeMarkdown(t('hover.more', { n: matches.length - MAX_LIST }))}`);
    }
    return [
      `**${code(value)}**`,
      `${escapeMarkdown(t('hover.wildcard', { n: matches.length, service: serviceName }))}\n\n${rows.join('\n')}`,
    ];
  }
  const action = catalog.getAction(value);
  // An unknown action already has the linter's marker (with its "did you mean"): say nothing more.
  return action ? actionDetails(t, catalog, action) : [];
}

/** Hover text for a condition operator: what it compares, its value type and its qualifiers. */
export function operatorHover(t: Translate, value: string): string[] {
  const parsed = parseOperator(value);
  const spec = parsed.spec;
  if (!spec) return [escapeMarkdown(t('hover.op.unknown', { name: value }))];
  const out = [`**${code(value)}** · ${escapeMarkdown(t('hover.operator'))}`];
  const own = `hover.op.${spec.name}`;
  const family = `hover.family.${spec.family}`;
  const type = `hover.familyType.${spec.family}`;
  if (isKey(own)) out.push(escapeMarkdown(t(own)));
  if (isKey(family)) out.push(escapeMarkdown(t(family)));
  if (isKey(type)) out.push(escapeMarkdown(t('hover.valueType', { type: t(type) })));
  const notes: PlainKey[] = [];
  if (parsed.qualifier === 'ForAllValues') notes.push('hover.op.forAllValues');
  if (parsed.qualifier === 'ForAnyValue') notes.push('hover.op.forAnyValue');
  if (parsed.ifExists) notes.push('hover.op.ifExists');
  if (spec.negated) notes.push('hover.op.negated');
  for (const note of notes) out.push(escapeMarkdown(t(note)));
  return out;
}

/** Hover text for a condition key: its description and value type from the catalog. */
export function conditionKeyHover(t: Translate, catalog: Catalog, value: string): string[] {
  const info = catalog.conditionKey(value);
  if (!info) return [`**${code(value)}**`, escapeMarkdown(t('hover.unknownKey'))];
  return [
    `**${code(info.key)}** · ${escapeMarkdown(t('hover.conditionKey'))}`,
    escapeMarkdown(info.description),
    escapeMarkdown(t('hover.valueType', { type: info.type })),
  ];
}
