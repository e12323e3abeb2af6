import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import { useConditionText, useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** The trust policy, naming the statement that admits the principal and its conditions in plain words. */
export const TrustPolicyNode = memo(function TrustPolicyNode({
  data,
  selected,
}: NodeProps<FlowNode>) {
  const gt = useGraphText();
  const words = useConditionText();
  const n = data.node;
  if (n.kind !== 'trust-policy') return null;
  const conditions = words(n.conditions).join('; ');
  return (
    <NodeShell
      node={n}
      icon="trust-policy"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={conditions || undefined}
    >
      <div className="rm-node__title">{gt(n.detail ?? n.label)}</div>
      {conditions ? <div className="rm-node__detail rm-clamp">{conditions}</div> : null}
    </NodeShell>
  );
});
