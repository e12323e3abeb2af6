import { Handle, Position } from '@xyflow/react';
import type { ReactNode } from 'react';
import type { GraphNode } from '../../../graph';
import { CHAIN_KINDS } from '../../../graph/types';
import { useT } from '../../../ui/useT';
import { GLOSSARY_FOR_NODE_KIND } from '../../lessons/glossary';
import { GlossaryButton } from '../../lessons/ui/Glossary';
import { Icon, type IconName } from '../icons';
import type { LitKind } from '../nodeData';

interface Props {
  node: GraphNode;
  lit?: LitKind;
  icon: IconName;
  selected: boolean;
  cursor: boolean;
  className?: string;
  title?: string;
  extraAttrs?: Record<string, string>;
  children: ReactNode;
  /** Drawn on the card's edge, outside its clipped box (the risk lens's badges). */
  outside?: ReactNode;
}

/** The frame every node kind shares: handles, the `data-kind` hook, the kind caption and its icon. */
export function NodeShell({
  node,
  lit,
  icon,
  selected,
  cursor,
  className,
  title,
  extraAttrs,
  children,
  outside,
}: Props) {
  const t = useT();
  const term = GLOSSARY_FOR_NODE_KIND[node.kind];
  const classes = ['rm-node', `rm-node--${node.kind}`, className];
  if (selected) classes.push('is-selected');
  if (cursor) classes.push('is-cursor');
  if (lit) classes.push('is-lit', `is-lit--${lit}`);
  return (
    <>
      <div
        className={classes.filter(Boolean).join(' ')}
        data-kind={node.kind}
        title={title}
        {...extraAttrs}
      >
        <Handle
          type="target"
          position={
            CHAIN_KINDS.has(node.kind) || node.kind === 'role' ? Position.Top : Position.Left
          }
          className="rm-handle"
          isConnectable={false}
        />
        <div className="rm-node__kind">
          <Icon name={icon} />
          <span>{t(`graph.kind.${node.kind}`)}</span>
        </div>
        {lit ? (
          <span
            className={`rm-lit-mark rm-lit-mark--${lit}`}
            title={t(lit === 'allow' ? 'graph.lit.allow' : 'graph.lit.deny')}
          >
            <Icon
              name={lit === 'allow' ? 'allow' : 'deny'}
              title={t(lit === 'allow' ? 'graph.lit.allow' : 'graph.lit.deny')}
            />
          </span>
        ) : null}
        {children}
        {node.kind !== 'action' && node.comment ? (
          <div
            className={`rm-annotation rm-annotation--comment ${
              // A service box holds its statements' comment, said once for all its cards.
              node.kind === 'service' ? 'rm-clamp rm-box-comment' : 'rm-ellipsis'
            }`}
            title={node.comment}
          >
            {node.comment}
          </div>
        ) : null}
        <Handle
          type="source"
          position={CHAIN_KINDS.has(node.kind) ? Position.Bottom : Position.Right}
          className="rm-handle"
          isConnectable={false}
        />
      </div>
      {/* On the card's top corner, beside the caption, outside the card so no caption wraps for it. */}
      {term ? <GlossaryButton term={term} inNode className="rm-node__help" /> : null}
      {outside}
    </>
  );
}
