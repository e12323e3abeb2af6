import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import {
  shortList,
  text,
  type ActionNode as ActionModel,
  type ActionVerdict,
} from '../../../graph';
import { reasonText, statementInPolicyText } from '../../../i18n/engine/evaluate';
import type { Lang } from '../../../i18n';
import { useStore } from '../../../store';
import { useT } from '../../../ui/useT';
import { Icon } from '../icons';
import { RiskBadges } from '../RiskBadges';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** Resources named on a card's "allowed on …; not on …" line before "and N more". */
const NAMED_RESOURCES = 2;

/** How a card is drawn, from what it says and what AWS would decide. */
type Look =
  | 'unknown'
  | 'allow'
  | 'deny'
  | 'partial'
  | 'conditional'
  | 'revoked-explicit'
  | 'revoked-implicit';

function lookOf(n: ActionModel, verdict: ActionVerdict | undefined): Look {
  if (n.known === false) return 'unknown';
  const deny = n.effect === 'Deny';
  // A Deny as written stays a Deny card, unless the policy also allows it (one card for both).
  if (verdict === undefined || (deny && n.mixed !== true)) return deny ? 'deny' : 'allow';
  if (verdict.decision === 'Allow') return verdict.partial === true ? 'partial' : 'allow';
  if (verdict.conditional === true) return 'conditional';
  return verdict.decision === 'ExplicitDeny' ? 'revoked-explicit' : 'revoked-implicit';
}

/** Where a verdict comes from, for the card's tooltip: the engine's reason and the ARNs asked about. */
function verdictTitle(
  lang: Lang,
  verdict: ActionVerdict,
  gt: (t: ReturnType<typeof text>) => string,
) {
  const arns = verdict.resources
    .flatMap((r) => r.checks.map((c) => c.arn))
    .filter((a) => a !== '*');
  return [
    reasonText(lang, verdict.reason),
    arns.length > 0 ? gt(text('checked-on', { arns: shortList(arns) })) : '',
  ].filter(Boolean);
}

/** What the role may (or may not) do: the action, its access level, Allow/Deny mark and its annotation. */
export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const lang = useStore((s) => s.lang);
  const n = data.node;
  if (n.kind !== 'action') return null;
  const verdict = data.verdict;
  const look = lookOf(n, verdict);
  const writtenDeny = n.effect === 'Deny';
  const refused = look === 'revoked-explicit' || look === 'revoked-implicit';
  const level = n.accessLevel ? t(`access.${n.accessLevel}`) : undefined;
  const hint = n.expandable ? (data.expanded ? t('graph.collapse') : t('graph.expand')) : undefined;

  let line:
    { text: string; className: string; icon?: 'allow' | 'deny'; second?: string } | undefined;
  if (look === 'unknown') {
    const fix = n.suggestion ? gt(text('did-you-mean', { action: n.suggestion })) : undefined;
    line = {
      text: gt(n.note),
      className: 'rm-note--unknown',
      ...(fix !== undefined ? { second: fix } : {}),
    };
  } else if (verdict !== undefined && look === 'partial') {
    // By resource as written; when a resource is itself split (`*` over several resource types),
    // by the concrete ARNs asked about.
    const split = verdict.resources.some((r) => r.partial === true);
    const allowed = split
      ? verdict.resources.flatMap((r) => r.checks.filter((c) => c.decision === 'Allow'))
      : verdict.resources.filter((r) => r.decision === 'Allow');
    const others = split
      ? verdict.resources.flatMap((r) => r.checks.filter((c) => c.decision !== 'Allow'))
      : verdict.resources.filter((r) => r.decision !== 'Allow');
    const name = (r: { arn: string; pattern?: string }) => r.pattern ?? r.arn;
    line = {
      text:
        verdict.actions !== undefined
          ? gt(text('actions-allowed', verdict.actions))
          : gt(
              text('allowed-on-some', {
                allowed: shortList(allowed.map(name), NAMED_RESOURCES),
                refused: shortList(others.map(name), NAMED_RESOURCES),
              }),
            ),
      className: 'rm-note--partial',
    };
  } else if (look === 'conditional' && n.detail !== undefined) {
    line = { text: gt(n.detail), className: 'rm-note--conditional' };
  } else if (verdict !== undefined && refused) {
    const why = verdict.deniedBy
      ? t('graph.effective.deniedBy', {
          statement: statementInPolicyText(
            lang,
            verdict.deniedBy.statement,
            verdict.deniedBy.policy,
          ),
        })
      : n.noTargets === true && n.note !== undefined
        ? gt(n.note)
        : t('graph.effective.implicit');
    line = { text: why, className: 'rm-verdict', icon: 'deny' };
  }

  const title = [
    n.action,
    n.annotation,
    line?.text,
    line?.second,
    ...(verdict !== undefined && look !== 'allow' && look !== 'unknown'
      ? verdictTitle(lang, verdict, gt)
      : []),
    hint,
  ]
    .filter(Boolean)
    .join('\n');
  const mark =
    look === 'unknown' ? (
      <span className="rm-effect rm-effect--unknown" title={gt(n.note)}>
        ?
      </span>
    ) : (
      <span className={writtenDeny ? 'rm-effect rm-effect--deny' : 'rm-effect rm-effect--allow'}>
        <Icon
          name={writtenDeny ? 'deny' : 'allow'}
          title={writtenDeny ? t('graph.action.deny') : t('graph.action.allow')}
        />
      </span>
    );
  return (
    <NodeShell
      node={n}
      icon="action"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      className={[
        writtenDeny ? 'is-deny' : 'is-allow',
        n.expandable ? 'is-expandable' : '',
        look === 'unknown' ? 'is-unknown' : '',
        look === 'partial' ? 'is-partial' : '',
        look === 'conditional' ? 'is-conditional' : '',
        refused
          ? `is-revoked is-revoked--${look === 'revoked-explicit' ? 'explicit' : 'implicit'}`
          : '',
        data.risks && data.risks.length > 0 ? 'has-risk' : '',
      ]
        .filter(Boolean)
        .join(' ')}
      title={title}
      {...(data.risks ? { outside: <RiskBadges categories={data.risks} /> } : {})}
      extraAttrs={{
        'data-action': n.action,
        'data-effect': n.effect,
        ...(verdict ? { 'data-decision': verdict.decision } : {}),
        ...(n.known === false ? { 'data-known': 'false' } : {}),
        ...(verdict?.partial ? { 'data-partial': 'true' } : {}),
      }}
    >
      <div className="rm-action__head">
        {mark}
        <span
          className={`rm-node__title rm-mono rm-ellipsis${writtenDeny || refused ? ' rm-strike' : ''}`}
        >
          {gt(n.label)}
        </span>
        {level ? (
          <span className={`rm-badge rm-level rm-level--${n.accessLevel?.split(' ')[0]}`}>
            {level}
          </span>
        ) : null}
        {n.expandable ? (
          <span className="rm-expand" aria-label={hint}>
            {data.expanded ? '−' : '+'}
          </span>
        ) : null}
      </div>
      {line?.second !== undefined ? (
        <div className={`rm-annotation ${line.className}`}>
          <div className="rm-ellipsis">{line.text}</div>
          <div className="rm-ellipsis rm-note__fix">{line.second}</div>
        </div>
      ) : line !== undefined ? (
        <div className={`rm-annotation rm-clamp ${line.className}`}>
          {line.icon ? (
            <>
              <Icon name={line.icon} />{' '}
            </>
          ) : null}
          {line.text}
        </div>
      ) : (
        <div
          className={`rm-annotation rm-annotation--${n.annotationSource} rm-clamp`}
          // The reference's descriptions are AWS's English, whatever the UI language.
          lang={n.annotationSource === 'catalog' ? 'en' : undefined}
        >
          {n.annotation}
        </div>
      )}
    </NodeShell>
  );
});
