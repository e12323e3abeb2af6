import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { reasonText, statementInPolicyText } from '../../../i18n/engine/evaluate';
import { useStore } from '../../../store';
import { useT } from '../../../ui/useT';
import { Icon } from '../icons';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** What the role may (or may not) do: the action, its access level, Allow/Deny mark and its annotation. */
export const ActionNode = memo(function ActionNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const lang = useStore((s) => s.lang);
  const n = data.node;
  if (n.kind !== 'action') return null;
  const deny = n.effect === 'Deny';
  const verdict = data.verdict;
  // An allowed action that a layer (SCP, boundary, session policy) takes away again.
  const revoked = !deny && verdict !== undefined && verdict.decision !== 'Allow';
  const level = n.accessLevel ? t(`access.${n.accessLevel}`) : undefined;
  const hint = n.expandable ? (data.expanded ? t('graph.collapse') : t('graph.expand')) : undefined;
  const title = [n.action, n.annotation, hint].filter(Boolean).join('\n');
  return (
    <NodeShell
      node={n}
      icon="action"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      className={[
        deny ? 'is-deny' : 'is-allow',
        n.expandable ? 'is-expandable' : '',
        revoked
          ? `is-revoked is-revoked--${verdict.decision === 'ExplicitDeny' ? 'explicit' : 'implicit'}`
          : '',
      ]
        .filter(Boolean)
        .join(' ')}
      title={title}
      extraAttrs={{
        'data-action': n.action,
        'data-effect': n.effect,
        ...(verdict ? { 'data-decision': verdict.decision } : {}),
      }}
    >
      <div className="rm-action__head">
        <span className={deny ? 'rm-effect rm-effect--deny' : 'rm-effect rm-effect--allow'}>
          <Icon
            name={deny ? 'deny' : 'allow'}
            title={deny ? t('graph.action.deny') : t('graph.action.allow')}
          />
        </span>
        <span
          className={`rm-node__title rm-mono rm-ellipsis${deny || revoked ? ' rm-strike' : ''}`}
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
      {revoked ? (
        <div className="rm-annotation rm-verdict rm-clamp" title={reasonText(lang, verdict.reason)}>
          <Icon name="deny" />{' '}
          {verdict.deniedBy
            ? t('graph.effective.deniedBy', {
                statement: statementInPolicyText(
                  lang,
                  verdict.deniedBy.statement,
                  verdict.deniedBy.policy,
                ),
              })
            : t('graph.effective.implicit')}
        </div>
      ) : (
        <div className={`rm-annotation rm-annotation--${n.annotationSource} rm-clamp`}>
          {n.annotation}
        </div>
      )}
    </NodeShell>
  );
});
