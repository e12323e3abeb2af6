/**
 * The Markdown summary of a role for docs: who can assume it and on what conditions, what it may do
 * per service (each action's access level, annotation and verdict), and the policies' findings.
 */
import { durationOf, SEVERITIES, type ScenarioDoc } from '../core';
import {
  levelOfDetail,
  text,
  type ActionNode,
  type Graph,
  type GraphNode,
  type ServiceNode,
} from '../graph';
import { translator, type Lang, type Translate } from '../i18n';
import { conditionText, durationText, graphStatementText, graphText } from '../i18n/engine/graph';
import { findingMessage } from '../i18n/engine/lint';
import { listOf } from '../i18n/words';
import { mdCode, mdTable, mdText } from './markdownText';
import { decisionText } from './nodeContent';
import type { Prepared } from './prepare';

/** Table rows the summary lists at most, across every service. */
export const MAX_ROWS = 500;

/** How to word the summary. */
export interface MarkdownOptions {
  lang: Lang;
  asOf: string;
  title: string;
}

/** A document's name as the editor's tabs give it. */
function docName(t: Translate, doc: ScenarioDoc): string {
  const layer = {
    trust: t('editor.trustTab'),
    identity: doc.name,
    boundary: t('sim.layer.boundary'),
    session: t('sim.layer.session'),
    resource: t('sim.layer.resource'),
    scp: `${t('sim.layer.scp')} ${doc.ordinal + 1}`,
    rcp: `${t('sim.layer.rcp')} ${doc.ordinal + 1}`,
    endpoint: t('sim.layer.endpoint'),
  } as const;
  return layer[doc.kind];
}

function whoSection(graph: Graph, t: Translate, lang: Lang): string[] {
  const out = [`## ${t('export.md.who')}`, ''];
  const principals = graph.nodes.filter((n) => n.kind === 'principal');
  const statements = graph.nodes.filter((n) => n.kind === 'trust-policy');
  if (principals.length === 0 && statements.every((s) => s.statement === undefined)) {
    return [...out, mdText(t('export.md.noOne')), ''];
  }
  if (principals.length > 0) {
    out.push(`${t('export.md.principals')}:`, '');
    for (const n of principals) {
      const detail = n.denied
        ? `⛔ ${t('graph.principal.denied')}`
        : n.detail
          ? graphText(lang, n.detail)
          : t(`graph.principal.${n.principalType}`);
      out.push(`- **${mdText(graphText(lang, n.label))}** — ${mdText(detail)}`);
    }
    out.push('');
  }
  if (statements.length > 0) {
    out.push(`${t('export.md.statements')}:`, '');
    for (const n of statements) {
      const name =
        n.statement !== undefined
          ? graphStatementText(lang, n.statement)
          : graphText(lang, n.label);
      const mark =
        n.effect === 'Deny' ? `⛔ ${t('graph.legend.deny')}` : `✓ ${t('graph.legend.allow')}`;
      const conditions =
        n.conditions.length > 0
          ? t('export.md.conditions', {
              conditions: n.conditions.map((c) => conditionText(lang, c)).join('; '),
            })
          : t('export.md.noConditions');
      out.push(
        `- **${mdText(name)}** (${mark}): ${mdText(graphText(lang, n.label))} — ${mdText(conditions)}`,
      );
    }
    out.push('');
  }
  return out;
}

function actionRow(
  n: ActionNode,
  resources: readonly string[],
  t: Translate,
  lang: Lang,
): string[] {
  const level = n.accessLevel !== undefined ? t(`access.${n.accessLevel}`) : t('access.unknown');
  // An unknown action says so, with the action it most likely meant, as its card does.
  const annotation =
    n.known === false
      ? [
          n.note ? graphText(lang, n.note) : '',
          n.suggestion ? graphText(lang, text('did-you-mean', { action: n.suggestion })) : '',
        ]
          .filter(Boolean)
          .join(' · ')
      : n.annotation;
  const verdict =
    n.decision === undefined
      ? ''
      : `${n.decision === 'Allow' ? '✓' : '⛔'} ${decisionText(t, n.decision)}${n.partial ? ` (${t('export.render.partial')})` : ''}`;
  const shown = resources
    .slice(0, 3)
    .map((r) => (r === '*' ? mdText(t('graph.resource.all')) : mdCode(r)));
  const more = resources.length - shown.length;
  return [
    mdCode(n.action),
    mdText(level),
    shown.join(', ') + (more > 0 ? ` ${mdText(t('export.md.more', { n: more }))}` : ''),
    mdText(annotation),
    mdText(verdict),
  ];
}

function serviceHeading(s: ServiceNode, policy: string | undefined): string {
  const name =
    s.serviceName !== undefined
      ? `${mdText(s.serviceName)} (${mdCode(s.service)})`
      : mdCode(s.service);
  return `### ${name}${policy !== undefined ? ` — ${mdText(policy)}` : ''}`;
}

function whatSection(prepared: Prepared, t: Translate, lang: Lang): string[] {
  const graph = prepared.full;
  const out = [`## ${t('export.md.what')}`, ''];
  const policies = graph.nodes.filter((n) => n.kind === 'permission-policy');
  if (policies.length > 0) {
    const names = policies.map(
      (n) => `${graphText(lang, n.label)} (${n.detail ? graphText(lang, n.detail) : ''})`,
    );
    out.push(`${t('export.md.grantedBy')}: ${mdText(listOf(lang, names, 10))}`, '');
  }
  const limits = graph.nodes.filter((n) =>
    ['boundary', 'scp', 'rcp', 'endpoint-policy'].includes(n.kind),
  );
  if (limits.length > 0) {
    out.push(
      `${t('export.md.limits')}: ${mdText(
        listOf(
          lang,
          limits.map((n) => graphText(lang, n.label)),
          10,
        ),
      )}`,
      '',
    );
  }
  const byId = new Map<string, GraphNode>(graph.nodes.map((n) => [n.id, n]));
  const policyOf = new Map<string, string>();
  for (const e of graph.edges) {
    const from = byId.get(e.source);
    if (from?.kind === 'permission-policy' && byId.get(e.target)?.kind === 'service')
      policyOf.set(e.target, graphText(lang, from.label));
  }
  /** The resources an action card is linked to, as the picture draws them (ARNs, or "All resources (*)"). */
  const resourcesOf = (id: string): string[] =>
    graph.edges.flatMap((e) => {
      const to = e.source === id ? byId.get(e.target) : undefined;
      return to?.kind === 'resource' ? [to.arn] : [];
    });
  const summaries = levelOfDetail(graph, { expanded: new Set() }).nodes.filter(
    (n): n is ServiceNode => n.kind === 'service' && n.summary !== undefined,
  );
  let rows = 0;
  let total = 0;
  for (const s of summaries) {
    const cards =
      s.summary?.members.flatMap((id) => {
        const n = byId.get(id);
        return n?.kind === 'action' && n.expanded !== true ? [n] : [];
      }) ?? [];
    total += cards.length;
    const room = Math.max(0, MAX_ROWS - rows);
    if (room === 0) continue;
    const shown = cards.slice(0, room);
    rows += shown.length;
    out.push(serviceHeading(s, policies.length > 1 ? policyOf.get(s.id) : undefined), '');
    if (s.comment !== undefined) out.push(`> ${mdText(s.comment)}`, '');
    const head = ['action', 'level', 'resources', 'annotation', 'decision'] as const;
    const rowsOf = shown.map((n) => actionRow(n, resourcesOf(n.id), t, lang));
    out.push(
      mdTable(
        head.map((h) => t(`export.md.col.${h}`)),
        rowsOf,
      ),
      '',
    );
  }
  if (total === 0) out.push(mdText(t('export.md.noActions')), '');
  if (rows < total) out.push(`_${mdText(t('export.md.cut', { shown: rows, total }))}_`, '');
  return out;
}

function findingsSection(prepared: Prepared, t: Translate, lang: Lang): string[] {
  const out = [`## ${t('export.md.findings')}`, ''];
  const all = prepared.findings.flatMap(({ doc, findings }) => findings.map((f) => ({ doc, f })));
  if (all.length === 0) return [...out, mdText(t('export.md.noFindings')), ''];
  for (const severity of SEVERITIES) {
    const some = all.filter((x) => x.f.severity === severity);
    if (some.length === 0) continue;
    out.push(`### ${t(`problems.severity.${severity}`)} (${some.length})`, '');
    for (const { doc, f } of some.slice(0, MAX_ROWS)) {
      const at = t('export.md.at', {
        doc: docName(t, doc),
        line: String(f.range.start.line),
        column: String(f.range.start.column),
      });
      out.push(`- ${mdText(at)}: ${mdText(findingMessage(lang, f))} (${mdCode(f.code)})`);
    }
    out.push('');
  }
  return out;
}

/** The Markdown summary of a prepared scenario, in `options.lang`. */
export function markdownOf(prepared: Prepared, options: MarkdownOptions): string {
  const { lang } = options;
  const t = translator(lang);
  const role = prepared.full.nodes.find((n) => n.kind === 'role');
  const out = [`# ${mdText(t('export.md.role', { name: prepared.scenario.role.name }))}`, ''];
  out.push(mdText(options.title), '');
  if (role?.kind === 'role') {
    out.push(`- ${t('export.md.arn')}: ${mdCode(role.arn)}`);
    const duration = durationText(lang, durationOf(role.maxSessionDuration));
    out.push(`- ${t('export.md.maxSession')}: ${mdText(duration)}`);
  }
  if (options.asOf) out.push(`- ${mdText(t('app.catalogAsOf', { date: options.asOf }))}`);
  out.push('');
  out.push(...whoSection(prepared.full, t, lang));
  out.push(...whatSection(prepared, t, lang));
  out.push(...findingsSection(prepared, t, lang));
  out.push(`_${mdText(t('export.md.generated', { title: options.title }))}_`);
  return out.join('\n') + '\n';
}
