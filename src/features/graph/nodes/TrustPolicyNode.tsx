import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import { useConditionText, useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/**
 * One trust statement, said as a sentence ("ec2.amazonaws.com may call sts:AssumeRole"), then the
 * statement it is (Sid or position) and its conditions in plain words.
 */
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
      title={[gt(n.label), gt(n.detail), conditions].filter(Boolean).join('\n')}
    >
      <div className="rm-node__title rm-clamp rm-trust__says">{gt(n.label)}</div>
      {n.detail ? <div className="rm-node__detail rm-ellipsis">{gt(n.detail)}</div> : null}
      {conditions ? (
        <div className="rm-node__detail rm-clamp rm-trust__conditions">{conditions}</div>
      ) : null}
    </NodeShell>
  );
});
