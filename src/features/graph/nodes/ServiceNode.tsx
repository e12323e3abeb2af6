import { memo, type MouseEvent } from 'react';
import type { NodeProps } from '@xyflow/react';
import { ACCESS_LEVEL_ORDER, type ServiceNode as ServiceModel } from '../../../graph';
import { useT } from '../../../ui/useT';
import { Icon } from '../icons';
import { RiskBadges } from '../RiskBadges';
import type { FlowNode } from '../nodeData';
import { useServiceToggle } from '../serviceToggle';
import { useGraphText } from '../useGraphText';
import { NodeShell } from './NodeShell';

/** The expand (+) or collapse (−) button on a service, named for what it does. */
function DetailButton({ n, expand }: { n: ServiceModel; expand: boolean }) {
  const t = useT();
  const gt = useGraphText();
  const toggle = useServiceToggle();
  // A card of many services is named by its count ("315 services"), not by a prefix.
  const service = n.group ? gt(n.label) : n.service;
  const label = expand
    ? t('view.expand', { n: n.actionCount, service })
    : t('view.collapse', { service });
  const onClick = (e: MouseEvent) => {
    e.stopPropagation();
    toggle(n.id, expand);
  };
  return (
    <button
      type="button"
      className="rm-lod-button nodrag nopan"
      onClick={onClick}
      aria-label={label}
      title={label}
      data-lod={expand ? 'expand' : 'collapse'}
    >
      <span aria-hidden="true">{expand ? '+' : '−'}</span>
    </button>
  );
}

/**
 * An AWS service the role's policies talk to, by prefix and full name. Collapsed (the level of
 * detail's summary), it is one card counting its actions by access level, with the denied, unknown
 * and revoked ones marked; expanded, it is the box its action cards sit in.
 */
export const ServiceNode = memo(function ServiceNode({ data, selected }: NodeProps<FlowNode>) {
  const t = useT();
  const gt = useGraphText();
  const n = data.node;
  if (n.kind !== 'service') return null;
  const count =
    n.actionCount === 1
      ? t('graph.service.action')
      : t('graph.service.actions', { n: n.actionCount });
  const summary = n.lod === 'summary' ? n.summary : undefined;
  const revoked = data.revoked ?? 0;
  // The service's name as AWS's catalog gives it, in English (AWS's Japanese docs keep it so too).
  const name = n.serviceName !== undefined ? <span lang="en">{n.serviceName}</span> : gt(n.detail);
  return (
    <NodeShell
      node={n}
      icon="service"
      selected={selected}
      cursor={data.cursor}
      lit={data.lit}
      title={n.serviceName}
      className={summary ? 'rm-service--summary' : n.lod === 'actions' ? 'rm-service--box' : ''}
      extraAttrs={n.lod ? { 'data-lod': n.lod } : undefined}
      {...(summary && data.risks ? { outside: <RiskBadges categories={data.risks} /> } : {})}
    >
      <div className="rm-service__head">
        {n.group ? (
          // Many services in one card ("385 services"): its title is the count, not a prefix.
          <span className="rm-node__title">{gt(n.label)}</span>
        ) : (
          <span className="rm-node__title rm-mono">{n.service}</span>
        )}
        {n.lod ? <DetailButton n={n} expand={n.lod === 'summary'} /> : null}
      </div>
      {summary ? (
        <div className="rm-node__detail rm-service__name rm-far">
          {/* Without a catalog name (a card of many services, an unknown service, the catalog not
              yet loaded) the detail is the count itself: say it once. */}
          {n.serviceName !== undefined ? <span className="rm-far__more">{name} · </span> : null}
          <span className="rm-service__count">{count}</span>
        </div>
      ) : n.group ? null : (
        <div className="rm-node__detail rm-service__name">{name}</div>
      )}
      {summary ? (
        <div className="rm-service__chips">
          {ACCESS_LEVEL_ORDER.filter((l) => (summary.levels[l] ?? 0) > 0).map((l) => (
            <span key={l} className={`rm-chip rm-level rm-level--${l.split(' ')[0]}`}>
              {t(`access.${l}`)} {summary.levels[l]}
            </span>
          ))}
          {summary.denied > 0 ? (
            <span className="rm-chip rm-chip--deny">
              <Icon name="deny" /> {t('view.service.denied', { n: summary.denied })}
            </span>
          ) : null}
          {summary.unknown > 0 ? (
            <span className="rm-chip rm-chip--unknown">
              <span aria-hidden="true">?</span> {t('view.service.unknown', { n: summary.unknown })}
            </span>
          ) : null}
          {revoked > 0 ? (
            <span
              className="rm-chip rm-chip--revoked"
              title={t('view.service.revoked', { n: revoked })}
            >
              <Icon name="deny" /> {t('view.service.revokedShort', { n: revoked })}
            </span>
          ) : null}
        </div>
      ) : (
        <div className="rm-node__detail rm-far">{count}</div>
      )}
    </NodeShell>
  );
});
