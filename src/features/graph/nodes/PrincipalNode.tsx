import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../ui/useT';
import { Icon } from '../icons';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** Who may assume the role: an AWS service, an account, a user or role, a federated identity, or anyone. */
export const PrincipalNode = memo(function PrincipalNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'principal') return null;
  const label = gt(n.label);
  return (
    <NodeShell
      node={n}
      icon={`principal-${n.principalType}`}
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      className={n.denied ? 'is-denied' : undefined}
    >
      <div className="rm-node__title" title={label}>
        {label}
      </div>
      <div className="rm-node__detail">
        {n.denied ? (
          <span className="rm-deny">
            <Icon name="deny" /> {t('graph.principal.denied')}
          </span>
        ) : n.detail ? (
          gt(n.detail)
        ) : (
          t(`graph.principal.${n.principalType}`)
        )}
      </div>
    </NodeShell>
  );
});
