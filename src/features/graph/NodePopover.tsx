import { useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { statementAt } from '../../core';
import type { ActionVerdict, GraphNode, NodeKind } from '../../graph';
import { reasonText, statementInPolicyText, statementNameText } from '../../i18n/engine/evaluate';
import { spaceBeforeParticle } from '../../i18n/engine/evaluate.ja';
import { parseCached } from '../../platform/parseCache';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';
import { layerName } from '../editor/layerName';
import { Icon } from './icons';
import { placePopover, type Rect } from './popoverPlacement';
import { useConditionText, useGraphText } from './useGraphText';

interface Props {
  node: GraphNode;
  verdict?: ActionVerdict;
  /** The node's box, in the frame's pixels. */
  anchor: Rect;
  /** The frame the popover must stay inside. */
  bounds: { width: number; height: number };
  onClose: () => void;
}

const STATEMENT_KINDS: ReadonlySet<NodeKind> = new Set<NodeKind>([
  'principal',
  'trust-policy',
  'condition',
  'action',
]);

/** The statement's later lines without the indentation its first line had in the document. */
function dedent(text: string, indent: number): string {
  if (indent <= 0) return text;
  const lead = new RegExp(`^[ \\t]{0,${indent}}`);
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? line : line.replace(lead, '')))
    .join('\n');
}

function Row({ term, children }: { term: string; children: ReactNode }) {
  return (
    <div className="rm-popover__row">
      <dt>{term}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/**
 * A node's details where the editor is not there to show them (an embed): what it is, its
 * annotation, access level and effect, its conditions, and the statement it comes from, as written.
 * A non-modal dialog with an accessible name; Esc or the close button dismisses it.
 */
export function NodePopover({ node, verdict, anchor, bounds, onClose }: Props) {
  const t = useT();
  const gt = useGraphText();
  const words = useConditionText();
  const lang = useStore((s) => s.lang);
  const scenario = useStore((s) => s.scenario);
  const ref = useRef<HTMLDivElement>(null);
  const [place, setPlace] = useState<{ left: number; top: number } | undefined>();

  // Only nodes that stand for one statement name it: a service or a resource gathers several.
  const source = STATEMENT_KINDS.has(node.kind) ? node.source : undefined;
  const statement = useMemo(
    () => (source ? statementAt(scenario, source.doc, source.path, parseCached) : undefined),
    [scenario, source],
  );

  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setPlace(placePopover(anchor, { width: el.offsetWidth, height: el.offsetHeight }, bounds));
  }, [anchor, bounds, node]);

  // Focus moves in once the popover is placed (a hidden element cannot take focus), so Esc works at once.
  const placed = place !== undefined;
  useEffect(() => {
    if (placed) ref.current?.focus();
  }, [placed]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  const kind = t(`graph.kind.${node.kind}`);
  // An action card inside its service box shows its short name; its details name it in full.
  const label = node.kind === 'action' && !node.group ? node.action : gt(node.label);
  const detail = node.detail ? gt(node.detail) : '';
  const conditions =
    node.kind === 'action' || node.kind === 'trust-policy' ? words(node.conditions ?? []) : [];
  const policyName = statement
    ? statement.doc.kind === 'identity'
      ? statement.doc.name
      : layerName(t, statement.doc)
    : '';

  return (
    <div
      ref={ref}
      className="rm-popover"
      role="dialog"
      aria-label={t('graph.popover.label', { kind, name: label })}
      tabIndex={-1}
      style={{
        left: place?.left ?? 0,
        top: place?.top ?? 0,
        maxHeight: Math.max(120, bounds.height - 8),
        visibility: place ? 'visible' : 'hidden',
      }}
    >
      <div className="rm-popover__head">
        <span className="rm-popover__kind">
          <Icon name={node.kind} /> {kind}
        </span>
        <button
          type="button"
          className="rm-popover__close"
          onClick={onClose}
          aria-label={t('graph.popover.close')}
          title={t('graph.popover.close')}
        >
          ×
        </button>
      </div>
      <div
        className={`rm-popover__title${node.kind === 'action' || node.kind === 'resource' ? ' rm-mono' : ''}`}
      >
        {label}
      </div>
      {detail && detail !== label && detail !== gt(node.label) ? (
        <div className="rm-popover__detail">{detail}</div>
      ) : null}
      <dl className="rm-popover__facts">
        {node.kind === 'action' ? (
          <>
            <Row term={t('graph.popover.effect')}>
              <span className={node.effect === 'Deny' ? 'rm-deny' : 'rm-allow'}>
                <Icon name={node.effect === 'Deny' ? 'deny' : 'allow'} />{' '}
                {node.effect === 'Deny' ? t('graph.action.deny') : t('graph.action.allow')}
              </span>
            </Row>
            <Row term={t('graph.popover.accessLevel')}>
              {node.accessLevel ? t(`access.${node.accessLevel}`) : t('access.unknown')}
            </Row>
            {node.annotation ? (
              <Row term={t('graph.popover.annotation')}>
                <span
                  className={`rm-annotation--${node.annotationSource}`}
                  lang={node.annotationSource === 'catalog' ? 'en' : undefined}
                >
                  {node.annotation}
                </span>
                <span className="rm-popover__note">
                  {node.annotationSource === 'comment'
                    ? t('graph.popover.fromComment')
                    : t('graph.popover.fromCatalog')}
                </span>
              </Row>
            ) : null}
            {verdict && node.effect !== 'Deny' && verdict.decision !== 'Allow' ? (
              <Row term={t('graph.popover.effective')}>
                <span className="rm-deny">
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
                </span>
                <span className="rm-popover__note">{reasonText(lang, verdict.reason)}</span>
              </Row>
            ) : null}
          </>
        ) : null}
        {conditions.length > 0 ? (
          <Row term={t('graph.popover.conditions')}>
            <ul>
              {conditions.map((c) => (
                <li key={c}>{c}</li>
              ))}
            </ul>
          </Row>
        ) : null}
        {node.comment ? <Row term={t('graph.popover.comment')}>{node.comment}</Row> : null}
        {statement ? (
          <Row term={t('graph.popover.statement')}>
            {t('graph.popover.statementIn', {
              statement: statementNameText(lang, statement.statement),
              // Japanese sets a Latin name off from its particle (「SCP 1 の…」), as AWS's docs do.
              policy: lang === 'ja' ? spaceBeforeParticle(policyName) : policyName,
            })}
          </Row>
        ) : null}
      </dl>
      {statement ? (
        <pre className="rm-popover__source" tabIndex={0} aria-label={t('graph.popover.statement')}>
          {dedent(statement.text, statement.indent)}
        </pre>
      ) : null}
    </div>
  );
}
