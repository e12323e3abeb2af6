import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import type { FlowNode } from '../nodeData';
import type { GraphText } from '../../../graph';
import { useT } from '../../../ui/useT';
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
  const t = useT();
  const gt = useGraphText();
  const words = useConditionText();
  const n = data.node;
  if (n.kind !== 'trust-policy') return null;
  const conditions = words(n.conditions).join('; ');
  // The far view's short form of the sentence: whom the statement trusts (or refuses).
  let far: string | undefined;
  if (n.label.code === 'may-assume') {
    const p = n.label.params as { principals: GraphText[]; more: number; effect?: string };
    const names = p.principals.map(gt).join(t('view.trust.farSeparator'));
    const who = p.more > 0 ? t('view.trust.farMore', { names, n: p.more }) : names;
    far = t(p.effect === 'Deny' ? 'view.trust.farDeny' : 'view.trust.far', { who });
  }
  return (
    <NodeShell
      node={n}
      icon="trust-policy"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={[gt(n.label), gt(n.detail), conditions].filter(Boolean).join('\n')}
    >
      <div className={`rm-node__title rm-clamp rm-trust__says${far ? ' rm-far__more' : ''}`}>
        {gt(n.label)}
      </div>
      {far ? <div className="rm-far rm-far-only rm-trust__far">{far}</div> : null}
      {n.detail ? <div className="rm-node__detail rm-ellipsis">{gt(n.detail)}</div> : null}
      {conditions ? (
        <div className="rm-node__detail rm-clamp rm-trust__conditions">{conditions}</div>
      ) : null}
    </NodeShell>
  );
});
