/** The evaluation engine's codes in words, in either language (the simulator panel, the graph and the CLI). */
import type {
  Decision,
  DecisionStep,
  Note,
  PolicyName,
  Reason,
  RequestError,
  StatementName,
} from '../../core';
import { renderWith, type Lang } from '../types';
import {
  noteTextEn,
  policyNameEn,
  reasonsEn,
  requestErrorsEn,
  statementNameEn,
  stepsEn,
} from './evaluate.en';
import {
  noteTextJa,
  policyNameJa,
  reasonsJa,
  spaceBeforeParticle,
  requestErrorsJa,
  statementNameJa,
  stepsJa,
} from './evaluate.ja';

/** A decision reason as a sentence. */
export function reasonText(lang: Lang, reason: Reason): string {
  return renderWith(lang === 'ja' ? reasonsJa : reasonsEn, reason);
}

/** An engine note as a sentence. */
export function noteText(lang: Lang, note: Note): string {
  return lang === 'ja' ? noteTextJa(note) : noteTextEn(note);
}

/** The detail of a decision step as a sentence. */
export function stepText(lang: Lang, step: DecisionStep): string {
  return renderWith(lang === 'ja' ? stepsJa : stepsEn, step.detail);
}

/** Why a simulation request could not be read, as one line (the CLI's stderr). */
export function requestErrorText(lang: Lang, error: RequestError): string {
  return renderWith(lang === 'ja' ? requestErrorsJa : requestErrorsEn, error);
}

/** A policy's name ("identity policy 2" / 「アイデンティティベースのポリシー 2」). */
export function policyNameText(lang: Lang, policy: PolicyName): string {
  return lang === 'ja' ? policyNameJa(policy) : policyNameEn(policy);
}

/** A statement's name ("Statement 'DenyS3'" / 「ステートメント「DenyS3」」). */
export function statementNameText(lang: Lang, statement: StatementName): string {
  return lang === 'ja' ? statementNameJa(statement) : statementNameEn(statement);
}

/** "Statement 'NoS3' in SCP 1" / 「SCP 1 のステートメント「NoS3」」: which statement decided. */
export function statementInPolicyText(
  lang: Lang,
  statement: StatementName,
  policy: PolicyName,
): string {
  return lang === 'ja'
    ? `${spaceBeforeParticle(policyNameJa(policy))}の${statementNameJa(statement)}`
    : `${statementNameEn(statement)} in ${policyNameEn(policy)}`;
}

/** The decision itself in words. */
export function decisionText(lang: Lang, decision: Decision): string {
  const words: Record<Lang, Record<Decision, string>> = {
    en: { Allow: 'Allowed', ExplicitDeny: 'Explicitly denied', ImplicitDeny: 'Implicitly denied' },
    ja: { Allow: '許可', ExplicitDeny: '明示的な拒否', ImplicitDeny: '暗黙的な拒否' },
  };
  return words[lang][decision];
}
