import type { Graph, PrincipalNode, TrustPolicyNode } from '../../graph';
import { useT } from '../../ui/useT';
import { Icon } from '../graph/icons';
import { useConditionText, useGraphText } from '../graph/useGraphText';

/** The trust statements each principal reaches (directly or through the instance profile). */
function trustOf(graph: Graph, principal: PrincipalNode): TrustPolicyNode[] {
  const out: TrustPolicyNode[] = [];
  const next = (id: string) => graph.edges.filter((e) => e.source === id).map((e) => e.target);
  for (const id of next(principal.id).flatMap((t) => (t === 'instance-profile' ? next(t) : [t]))) {
    const node = graph.nodes.find((n) => n.id === id);
    if (node?.kind === 'trust-policy') out.push(node);
  }
  return out;
}

/** "Who can assume this role?": each trusted principal and what it must meet, in the UI language. */
export function WhoCanAssume({ graph, trustValid }: { graph: Graph; trustValid: boolean }) {
  const t = useT();
  const gt = useGraphText();
  const words = useConditionText();
  const principals = graph.nodes.filter((n): n is PrincipalNode => n.kind === 'principal');
  return (
    <section className="rm-sim__section" aria-labelledby="who-can-assume">
      <h3 id="who-can-assume">{t('sim.assume.title')}</h3>
      {!trustValid ? <p className="rm-sim__note">{t('sim.assume.invalid')}</p> : null}
      {principals.length === 0 ? (
        <p className="rm-sim__note">{t('sim.assume.none')}</p>
      ) : (
        <ul className="rm-who">
          {principals.map((p) => {
            const conditions = words(trustOf(graph, p).flatMap((n) => n.conditions));
            const via = graph.edges.some(
              (e) => e.source === p.id && e.target === 'instance-profile',
            );
            return (
              <li key={p.id} className={p.denied ? 'is-denied' : undefined} data-principal={p.id}>
                <span
                  className={p.denied ? 'rm-effect rm-effect--deny' : 'rm-effect rm-effect--allow'}
                >
                  <Icon name={p.denied ? 'deny' : 'allow'} />
                </span>
                <span>
                  <strong className={p.denied ? 'rm-strike' : undefined}>{gt(p.label)}</strong>{' '}
                  <span className="rm-sim__muted">
                    {t(`graph.principal.${p.principalType}`)}
                    {via ? ` · ${t('sim.assume.via')}` : ''}
                  </span>
                  <br />
                  {p.denied
                    ? t('sim.assume.denied')
                    : conditions.length
                      ? t('sim.assume.conditions', { conditions: conditions.join('; ') })
                      : t('sim.assume.noConditions')}
                </span>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
