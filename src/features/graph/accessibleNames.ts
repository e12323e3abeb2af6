/**
 * Accessible names of the graph's nodes and edges, in the UI language: what each element is and
 * what it shows ("Action ssm:GetDocument, Read, allowed: …"), so a screen reader tells the same
 * story the picture draws (PRODUCT.md, "Hooks in the page").
 */
import {
  text,
  type ActionNode,
  type ActionVerdict,
  type GraphEdge,
  type GraphNode,
} from '../../graph';
import { translator, type Lang, type Translate } from '../../i18n';
import { conditionText, graphText } from '../../i18n/engine/graph';

/** Joins the parts of a name the way each language lists them. */
function joinParts(lang: Lang, parts: readonly (string | undefined)[]): string {
  return parts
    .filter((p): p is string => p !== undefined && p !== '')
    .join(lang === 'ja' ? '、' : ', ');
}

/** What an action card says about the right it stands for, as the card draws it. */
function actionState(t: Translate, n: ActionNode, verdict: ActionVerdict | undefined): string {
  if (n.known === false) return t('a11y.action.unknown');
  const deny = n.effect === 'Deny';
  if (verdict === undefined || (deny && n.mixed !== true))
    return deny ? t('a11y.action.denied') : t('a11y.action.allowed');
  if (verdict.decision === 'Allow')
    return verdict.partial === true ? t('a11y.action.partial') : t('a11y.action.allowed');
  if (verdict.conditional === true) return t('a11y.action.conditional');
  return verdict.decision === 'ExplicitDeny'
    ? t('a11y.action.revokedExplicit')
    : t('a11y.action.revokedImplicit');
}

function actionName(
  lang: Lang,
  t: Translate,
  n: ActionNode,
  verdict: ActionVerdict | undefined,
  expanded: boolean,
): string {
  const level = n.accessLevel ? t(`access.${n.accessLevel}`) : undefined;
  const state = actionState(t, n, verdict);
  const said =
    n.known === false
      ? joinParts(lang, [
          n.note ? graphText(lang, n.note) : undefined,
          n.suggestion
            ? graphText(lang, text('did-you-mean', { action: n.suggestion }))
            : undefined,
        ])
      : n.annotation;
  const conditions =
    n.conditions && n.conditions.length > 0
      ? t('a11y.node.conditions', {
          conditions: n.conditions.map((c) => conditionText(lang, c)).join('; '),
        })
      : undefined;
  const hint = n.expandable
    ? expanded
      ? t('a11y.action.collapsible')
      : t('a11y.action.expandable')
    : undefined;
  const head = joinParts(lang, [
    t('a11y.node.named', { kind: t('graph.kind.action'), name: n.action }),
    level,
    state,
  ]);
  return joinParts(lang, [said ? `${head}: ${said}` : head, conditions, hint]);
}

/**
 * The accessible name of one node: its kind, its title and what its card shows (detail,
 * conditions, the verdict of an action), in `lang`.
 */
export function nodeAccessibleName(
  lang: Lang,
  node: GraphNode,
  verdict?: ActionVerdict,
  expanded = false,
): string {
  const t = translator(lang);
  const kind = t(`graph.kind.${node.kind}`);
  const label = graphText(lang, node.label);
  const detail = node.detail !== undefined ? graphText(lang, node.detail) : undefined;
  const comment =
    node.kind !== 'action' && node.comment
      ? t('a11y.node.comment', { comment: node.comment })
      : undefined;
  switch (node.kind) {
    case 'action':
      return actionName(lang, t, node, verdict, expanded);
    case 'trust-policy': {
      const conditions =
        node.conditions.length > 0
          ? t('a11y.node.conditions', {
              conditions: node.conditions.map((c) => conditionText(lang, c)).join('; '),
            })
          : undefined;
      const head =
        detail !== undefined
          ? t('a11y.node.trust', { kind, statement: detail, says: label })
          : t('a11y.node.named', { kind, name: label });
      return joinParts(lang, [head, conditions, comment]);
    }
    case 'principal':
      return joinParts(lang, [
        detailed(t, kind, label, detail),
        node.denied === true ? t('a11y.node.principalRefused') : undefined,
        comment,
      ]);
    case 'resource':
      return joinParts(lang, [
        detailed(t, kind, label, detail),
        node.note ? graphText(lang, node.note) : undefined,
        comment,
      ]);
    case 'instance-profile':
    case 'sts':
    case 'credentials':
      // Their title is the kind itself ("AWS STS", "Temporary credentials"): say it once.
      return joinParts(lang, [label === kind ? label : `${kind} ${label}`, detail, comment]);
    default:
      return joinParts(lang, [detailed(t, kind, label, detail), comment]);
  }
}

function detailed(t: Translate, kind: string, name: string, detail: string | undefined): string {
  return detail !== undefined && detail !== ''
    ? t('a11y.node.withDetail', { kind, name, detail })
    : t('a11y.node.named', { kind, name });
}

/** How an edge's name calls the node at either end: short, as the reader already heard it. */
function endName(lang: Lang, node: GraphNode | undefined, id: string): string {
  if (node === undefined) return id;
  const t = translator(lang);
  switch (node.kind) {
    case 'action':
      return node.action;
    case 'trust-policy':
    case 'instance-profile':
    case 'sts':
    case 'credentials':
    case 'boundary':
    case 'scp':
    case 'rcp':
    case 'endpoint-policy':
    case 'condition':
      return t(`graph.kind.${node.kind}`);
    case 'resource':
      return node.unrestricted && node.arn === '*'
        ? t('a11y.resource.unrestricted')
        : graphText(lang, node.label);
    default:
      return graphText(lang, node.label);
  }
}

/**
 * The accessible name of one drawn edge: where it goes from and to, and its verb
 * ("ec2.amazonaws.com → Trust policy: asks sts:AssumeRole"), in `lang`.
 */
export function edgeAccessibleName(
  lang: Lang,
  edge: Pick<GraphEdge, 'source' | 'target' | 'label'>,
  nodes: ReadonlyMap<string, GraphNode>,
): string {
  const t = translator(lang);
  const source = endName(lang, nodes.get(edge.source), edge.source);
  const target = endName(lang, nodes.get(edge.target), edge.target);
  return edge.label !== undefined
    ? t('a11y.edge.verb', { source, target, verb: graphText(lang, edge.label) })
    : t('a11y.edge.plain', { source, target });
}
