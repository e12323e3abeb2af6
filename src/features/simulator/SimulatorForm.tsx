import { useEffect, useMemo } from 'react';
import { ASSUME_ROLE_OPERATIONS, splitAction } from '../../core';
import type { Graph, PrincipalNode } from '../../graph/types';
import { appCatalog } from '../../platform/appCatalog';
import { graphText } from '../../i18n/engine/graph';
import { useT } from '../../ui/useT';
import { useStore, type SimPrincipal } from '../../store';
import type { SimulationView } from './useSimulation';

/** Principal, action, resource and context: the request the simulator asks AWS's logic about. */
export function SimulatorForm({
  graph,
  view,
  catalogVersion,
}: {
  graph: Graph;
  view: SimulationView;
  catalogVersion: number;
}) {
  const t = useT();
  const sim = useStore((s) => s.sim);
  const lang = useStore((s) => s.lang);
  const setSim = useStore((s) => s.setSim);
  const setSimContext = useStore((s) => s.setSimContext);
  const principals = graph.nodes.filter(
    (n): n is PrincipalNode => n.kind === 'principal' && !!n.principal,
  );
  const prefix = splitAction(sim.action)?.service ?? '';

  // Suggestions come from the catalog: load the typed service's actions on demand.
  useEffect(() => {
    if (prefix && appCatalog.hasService(prefix)) void appCatalog.load([prefix]);
  }, [prefix]);
  const suggestions = useMemo(
    () => (prefix && catalogVersion >= 0 ? appCatalog.actionsOf(prefix).map((a) => a.id) : []),
    [prefix, catalogVersion],
  );
  const arnFormats = useMemo(() => {
    const info = catalogVersion >= 0 ? appCatalog.getAction(sim.action.trim()) : undefined;
    if (!info) return [];
    return info.resourceTypes
      .map((r) => appCatalog.resourceType(info.service, r.name)?.arn)
      .filter((a): a is string => !!a);
  }, [sim.action, catalogVersion]);

  return (
    <form className="rm-sim__form" onSubmit={(e) => e.preventDefault()}>
      <label>
        {t('sim.principal')}
        <select
          value={sim.principal}
          onChange={(e) => {
            const principal = e.target.value as SimPrincipal;
            setSim({ principal, operation: '' });
          }}
        >
          <option value="session">{t('sim.principal.session')}</option>
          {principals.map((p) => (
            <option key={p.id} value={p.id} disabled={p.denied}>
              {t('sim.principal.assume', { name: graphText(lang, p.label) })}
            </option>
          ))}
          <option value="other">{t('sim.principal.other')}</option>
        </select>
      </label>
      {sim.principal === 'other' ? (
        <label>
          {t('sim.principal.otherLabel')}
          <input
            value={sim.other}
            onChange={(e) => setSim({ other: e.target.value })}
            placeholder={t('sim.principal.otherHint')}
            spellCheck={false}
          />
        </label>
      ) : null}
      {view.mode === 'assume' ? (
        <>
          <label>
            {t('sim.operation')}
            <select
              value={sim.operation || view.request?.action || 'sts:AssumeRole'}
              onChange={(e) => setSim({ operation: e.target.value })}
            >
              {ASSUME_ROLE_OPERATIONS.map((op) => (
                <option key={op} value={op}>
                  {op}
                </option>
              ))}
            </select>
          </label>
          {view.principal?.AWS !== undefined ? (
            <label className="rm-sim__check">
              <input
                type="checkbox"
                checked={sim.callerAllows}
                onChange={(e) => setSim({ callerAllows: e.target.checked })}
              />
              {t('sim.callerAllows', { operation: view.request?.action ?? 'sts:AssumeRole' })}
            </label>
          ) : null}
        </>
      ) : (
        <>
          <label>
            {t('sim.action')}
            <input
              value={sim.action}
              onChange={(e) => setSim({ action: e.target.value })}
              list="sim-actions"
              placeholder="ssm:GetDocument"
              spellCheck={false}
              autoComplete="off"
            />
            <datalist id="sim-actions">
              {suggestions.slice(0, 500).map((a) => (
                <option key={a} value={a} />
              ))}
            </datalist>
            <span className="rm-sim__hint">{t('sim.actionHint')}</span>
          </label>
          <label>
            {t('sim.resource')}
            <input
              value={sim.resource}
              onChange={(e) => setSim({ resource: e.target.value })}
              placeholder={t('sim.resourceAny')}
              spellCheck={false}
            />
            {arnFormats.map((arn) => (
              <span key={arn} className="rm-sim__hint rm-mono">
                {t('sim.resourceFormat', { arn })}
              </span>
            ))}
          </label>
        </>
      )}
      <fieldset className="rm-sim__context">
        <legend>{t('sim.context')}</legend>
        {view.contextKeys.length === 0 ? (
          <p className="rm-sim__note">{t('sim.contextNone')}</p>
        ) : null}
        {view.contextKeys.map((k) => (
          <label key={k.key}>
            <span className="rm-mono">{k.key}</span>{' '}
            <span className="rm-sim__muted">
              ({k.operator}
              {k.multi ? `; ${t('sim.contextMulti')}` : ''})
            </span>
            {k.family === 'Bool' ? (
              <select
                value={sim.context[k.key] ?? ''}
                onChange={(e) => setSimContext(k.key, e.target.value)}
              >
                <option value="">—</option>
                <option value="true">true</option>
                <option value="false">false</option>
              </select>
            ) : (
              <input
                value={sim.context[k.key] ?? ''}
                onChange={(e) => setSimContext(k.key, e.target.value)}
                inputMode={k.family === 'Numeric' ? 'numeric' : undefined}
                placeholder={
                  k.family === 'IpAddress'
                    ? '203.0.113.10'
                    : k.family === 'Date'
                      ? '2026-01-01T00:00:00Z'
                      : k.family === 'Arn'
                        ? 'arn:aws:…'
                        : ''
                }
                spellCheck={false}
              />
            )}
          </label>
        ))}
      </fieldset>
    </form>
  );
}
