import { memo } from 'react';
import type { NodeProps } from '@xyflow/react';
import { useT } from '../../../ui/useT';
import type { FlowNode } from '../nodeData';
import { NodeShell } from './NodeShell';

/** The temporary credentials STS hands back, with example values clearly marked as examples. */
export const CredentialsNode = memo(function CredentialsNode({
  data,
  selected,
}: NodeProps<FlowNode>) {
  const t = useT();
  const n = data.node;
  if (n.kind !== 'credentials') return null;
  const rows: [string, string][] = [
    [t('graph.credentials.accessKeyId'), n.example.accessKeyId],
    [t('graph.credentials.secret'), n.example.secretAccessKey],
    [t('graph.credentials.token'), n.example.sessionToken],
    [t('graph.credentials.expiration'), n.example.expiration],
  ];
  return (
    <NodeShell
      node={n}
      icon="credentials"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={t('graph.credentials.note')}
    >
      <dl className="rm-creds">
        {rows.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd title={v}>{v}</dd>
          </div>
        ))}
      </dl>
      <div className="rm-node__detail rm-example">
        <span className="rm-badge rm-badge--example">{t('graph.example')}</span>{' '}
        {t('graph.credentials.note')}
      </div>
    </NodeShell>
  );
});
