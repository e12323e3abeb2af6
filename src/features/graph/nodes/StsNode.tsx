import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { durationOf } from '../../../core';
import { durationText } from '../../../i18n/engine/graph';
import { useStore } from '../../../store';
import { useT } from '../../../ui/useT';
import type { FlowNode } from '../nodeData';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** AWS STS: the call that turns "may assume" into a session. */
export const StsNode = memo(function StsNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const lang = useStore((s) => s.lang);
  const n = data.node;
  if (n.kind !== 'sts') return null;
  const ops = n.operations.map((o) => o.replace(/^sts:/i, '')).join(', ');
  return (
    <NodeShell node={n} icon="sts" selected={selected} cursor={data.cursor} lit={data.lit}>
      <div className="rm-node__title" title={n.operations.join(', ')}>
        {ops || gt(n.label)}
      </div>
      <div className="rm-node__detail">
        {t('graph.sts.duration', {
          duration: durationText(lang, durationOf(n.sessionDurationSeconds)),
        })}
      </div>
    </NodeShell>
  );
});
