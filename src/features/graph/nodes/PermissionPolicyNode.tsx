import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../ui/useT';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** One permission policy attached to the role, managed or inline. */
export const PermissionPolicyNode = memo(function PermissionPolicyNode({
  data,
  selected,
}: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'permission-policy') return null;
  const label = gt(n.label);
  return (
    <NodeShell
      node={n}
      icon="permission-policy"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={label}
    >
      <div className="rm-node__title rm-ellipsis">{label}</div>
      <div className="rm-node__detail">
        <span className="rm-badge">
          {n.managed ? t('graph.policy.managed') : t('graph.policy.inline')}
        </span>{' '}
        {n.statementCount === 1
          ? t('graph.policy.statement')
          : t('graph.policy.statements', { n: n.statementCount })}
      </div>
    </NodeShell>
  );
});
