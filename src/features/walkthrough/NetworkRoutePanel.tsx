import { forwardRef } from 'react';
import type { NetworkRoute } from '../lessons/types';
import { useStore } from '../../store';
import { useT } from '../../ui/useT';

/**
 * A network route drawn over the picture (a lesson step's, e.g. ec2-ssm's): from the instance,
 * through interface VPC endpoints or a NAT gateway, to the service. Rendered by the walkthrough
 * only: the graph model has no network nodes.
 */
export const NetworkRoutePanel = forwardRef<HTMLElement, { route: NetworkRoute }>(
  function NetworkRoutePanel({ route }, ref) {
    const t = useT();
    const lang = useStore((s) => s.lang);
    const pattern = `com.amazonaws.<${t('walk.net.region')}>.<${t('walk.net.service')}>`;
    return (
      <figure ref={ref} className="rm-net" data-network="true" aria-label={t('walk.net.label')}>
        <figcaption className="rm-net__caption">
          {t('walk.net.label')} <span className="rm-net__https">{t('walk.net.https')}</span>
        </figcaption>
        <div className="rm-net__path">
          <div className="rm-net__box rm-net__end">{route.from[lang]}</div>
          <div className="rm-net__arrow" aria-hidden="true">
            <span className="rm-net__wire" />
          </div>
          <div className="rm-net__ways">
            <div className="rm-net__box" data-network-way="endpoints">
              <div className="rm-net__what">{t('walk.net.endpoints')}</div>
              <ul className="rm-net__chips">
                {route.endpoints.map((e) => (
                  <li key={e} data-endpoint={e}>
                    <code className="rm-mono" lang="en" translate="no">
                      {e}
                    </code>
                  </li>
                ))}
              </ul>
            </div>
            {route.nat ? (
              <div className="rm-net__alt">
                <span className="rm-net__or">{t('walk.net.or')}</span>
                <div className="rm-net__box" data-network-way="nat">
                  <span className="rm-net__what">{t('walk.net.nat')}</span>{' '}
                  <span className="rm-net__sub">{t('walk.net.natNote')}</span>
                </div>
              </div>
            ) : null}
          </div>
          <div className="rm-net__arrow" aria-hidden="true">
            <span className="rm-net__wire" />
          </div>
          <div className="rm-net__box rm-net__end">{route.to[lang]}</div>
        </div>
        <p className="rm-net__sub rm-net__pattern rm-mono" lang="en" translate="no">
          {pattern}
        </p>
        <p className="rm-net__note">{t('walk.net.note')}</p>
      </figure>
    );
  },
);
