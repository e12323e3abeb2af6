import type { ReactNode } from 'react';
import type { GraphText } from '../../graph';
import type { Lang, Translate } from '../../i18n';
import {
  conditionText,
  durationText,
  graphStatementText,
  graphText,
} from '../../i18n/engine/graph';
import { listOf } from '../../i18n/words';
import type { WalkCard } from './steps';

/** A step card's title and body in the UI language. */
export interface StepText {
  title: string;
  body: ReactNode;
}

const names = (lang: Lang, texts: readonly GraphText[], max = 3) =>
  listOf(
    lang,
    texts.map((x) => graphText(lang, x)),
    max,
  );

/** An identifier as written (ARNs, action names, example values): set in code type, kept in English. */
function Code({ children }: { children: string }) {
  return (
    <code className="rm-mono" lang="en" translate="no">
      {children}
    </code>
  );
}

/** Words one step's facts: what the card says, in `lang`. */
export function stepText(card: WalkCard, lang: Lang, t: Translate): StepText {
  switch (card.kind) {
    case 'who': {
      const many = card.admitted.length > 1;
      return {
        title: t('walk.who.title'),
        body: (
          <>
            {card.admitted.length > 0 ? (
              <p>
                {t(many ? 'walk.who.many' : 'walk.who.one', {
                  principals: names(lang, card.admitted),
                })}
              </p>
            ) : null}
            {card.instanceProfile ? <p>{t('walk.who.profile')}</p> : null}
            {card.refused.length > 0 ? (
              <p>{t('walk.who.refused', { principals: names(lang, card.refused) })}</p>
            ) : null}
          </>
        ),
      };
    }
    case 'trust':
      return {
        title: t('walk.trust.title'),
        body: (
          <>
            <p>{t('walk.trust.intro')}</p>
            <ul className="rm-walk__list">
              {card.statements.map((s, i) => (
                <li key={i}>
                  {s.statement !== undefined
                    ? t('walk.trust.statement', {
                        statement: graphStatementText(lang, s.statement),
                        admits: graphText(lang, s.label),
                      })
                    : t('walk.trust.only', { admits: graphText(lang, s.label) })}
                  {/* Japanese sets no space after its full stop. */}
                  {lang === 'ja' ? '' : ' '}
                  {s.statement === undefined || s.effect === 'Deny' ? null : s.conditions.length >
                    0 ? (
                    <>
                      {t('walk.trust.conditions')}
                      <ul>
                        {s.conditions.map((c, j) => (
                          <li key={j}>{conditionText(lang, c)}</li>
                        ))}
                      </ul>
                    </>
                  ) : (
                    t('walk.trust.noConditions')
                  )}
                </li>
              ))}
            </ul>
          </>
        ),
      };
    case 'sts':
      return {
        title: t('walk.sts.title'),
        body: (
          <>
            <p>
              {t('walk.sts.body', {
                operations: card.operations.join(' / '),
                role: card.role ? graphText(lang, card.role) : t('walk.sts.theRole'),
                duration: durationText(lang, card.duration),
              })}
            </p>
            {card.chained ? <p>{t('walk.sts.chained')}</p> : null}
          </>
        ),
      };
    case 'credentials': {
      const ex = card.example;
      return {
        title: t('walk.credentials.title'),
        body: (
          <>
            <p>
              {t('walk.credentials.body', {
                duration: durationText(lang, card.duration),
                issuedAt: card.issuedAt,
                expiration: ex.expiration,
              })}
            </p>
            <dl className="rm-walk__creds" aria-label={t('walk.credentials.example')}>
              <dt>AccessKeyId</dt>
              <dd>
                <Code>{ex.accessKeyId}</Code>
              </dd>
              <dt>SecretAccessKey</dt>
              <dd>
                <Code>{ex.secretAccessKey}</Code>
              </dd>
              <dt>SessionToken</dt>
              <dd>
                <Code>{`${ex.sessionToken.slice(0, 24)}…`}</Code>
              </dd>
              <dt>Expiration</dt>
              <dd>
                <Code>{ex.expiration}</Code>
              </dd>
            </dl>
            <p className="rm-walk__note">{t('walk.credentials.example')}</p>
            {card.chainedExpiration !== undefined ? (
              <p>
                {t('walk.credentials.chained', {
                  expiration: card.chainedExpiration,
                })}
              </p>
            ) : null}
            <p>{t('walk.credentials.asia')}</p>
          </>
        ),
      };
    }
    case 'sign':
      return {
        title: t('walk.sign.title'),
        body: (
          <>
            <p>
              {t('walk.sign.body', {
                role: card.role ? graphText(lang, card.role) : t('walk.sts.theRole'),
              })}
            </p>
            {card.arn !== undefined ? (
              <p>
                {t('walk.sign.arn')} <Code>{card.arn}</Code>
              </p>
            ) : null}
          </>
        ),
      };
    case 'decide':
      return {
        title: t('walk.decide.title'),
        body: (
          <>
            <p>
              {card.policies.length > 0
                ? t('walk.decide.policies', { policies: names(lang, card.policies, 4) })
                : t('walk.decide.none')}
            </p>
            {card.boundary ? <p>{t('walk.decide.boundary')}</p> : null}
            {card.session ? <p>{t('walk.decide.session')}</p> : null}
            {card.scps > 0 ? <p>{t('walk.decide.scp')}</p> : null}
            {card.policies.length > 0 ? <p>{t('walk.decide.rule')}</p> : null}
          </>
        ),
      };
    case 'actions':
      return {
        title: t('walk.actions.title'),
        body: (
          <>
            <p>
              {t('walk.actions.count', {
                actions: t(card.actions === 1 ? 'walk.unit.action.one' : 'walk.unit.action.other', {
                  n: card.actions,
                }),
                services: t(
                  card.services === 1 ? 'walk.unit.service.one' : 'walk.unit.service.other',
                  { n: card.services },
                ),
                examples: listOf(lang, card.examples),
              })}
            </p>
            <p>{t('walk.actions.effects', { allowed: card.allowed, denied: card.denied })}</p>
          </>
        ),
      };
    case 'resources':
      return {
        title: t('walk.resources.title'),
        body: (
          <>
            <p>{t('walk.resources.body', { resources: names(lang, card.resources) })}</p>
            {card.unrestricted ? <p>{t('walk.resources.star')}</p> : null}
          </>
        ),
      };
    case 'lesson':
      return { title: card.title[lang], body: <p>{card.body[lang]}</p> };
  }
}
