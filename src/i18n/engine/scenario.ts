/** Why a scenario could not be read, in either language (the CLI's stderr, the app's notices). */
import type { ScenarioError, ScenarioErrorParams } from '../../core';
import { renderWith, type Lang, type Renderers } from '../types';
import { jsonDetailJa } from './jsonDetail';

const en: Renderers<ScenarioErrorParams> = {
  'too-large': (p) => `the scenario is larger than ${p.limit} characters`,
  'not-json': (p) => `the scenario is not valid JSON: ${p.detail}`,
  'not-object': () => 'a scenario must be a JSON object',
  'wrong-version': () => 'a scenario must have "rolemap": 1',
  'role-not-object': () => 'scenario.role must be an object',
  'not-a-policy': (p) => `${p.path} must be a policy (text or a JSON object)`,
  'not-an-array': (p) => `${p.path} must be an array`,
  'entry-not-object': (p) => `${p.path} must be an object`,
  'account-invalid': () => 'role.account must be a 12-digit account id',
  'session-duration-invalid': (p) =>
    `role.maxSessionDuration must be a whole number of seconds from ${p.min} to ${p.max}`,
  'link-not-compressed': () => 'the shared link is damaged: it does not decompress',
  'link-not-json': () => 'the shared link is damaged: it is not JSON',
  'too-many-documents': (p) =>
    `${p.path} holds more than ${p.limit} policies, more than any role can have`,
  'text-too-long': (p) => `${p.path} is longer than ${p.limit} characters`,
};

const ja: Renderers<ScenarioErrorParams> = {
  'too-large': (p) => `シナリオが ${p.limit} 文字を超えています`,
  'not-json': (p) => `シナリオが正しい JSON ではありません: ${jsonDetailJa(p.detail)}`,
  'not-object': () => 'シナリオは JSON オブジェクトである必要があります',
  'wrong-version': () => 'シナリオには "rolemap": 1 が必要です',
  'role-not-object': () => 'scenario.role はオブジェクトである必要があります',
  'not-a-policy': (p) =>
    `${p.path} はポリシー (テキストまたは JSON オブジェクト) である必要があります`,
  'not-an-array': (p) => `${p.path} は配列である必要があります`,
  'entry-not-object': (p) => `${p.path} はオブジェクトである必要があります`,
  'account-invalid': () => 'role.account は 12 桁のアカウント ID である必要があります',
  'session-duration-invalid': (p) =>
    `role.maxSessionDuration は ${p.min} から ${p.max} までの整数 (秒) である必要があります`,
  'link-not-compressed': () => '共有リンクが壊れています (展開できません)',
  'link-not-json': () => '共有リンクが壊れています (JSON ではありません)',
  'too-many-documents': (p) =>
    `${p.path} のポリシーが ${p.limit} 件を超えています (ロールに設定できる数を大きく超えています)`,
  'text-too-long': (p) => `${p.path} が ${p.limit} 文字を超えています`,
};

/** A scenario error as one line, starting lower-case in English so it reads after "rolemap: ". */
export function scenarioErrorText(lang: Lang, error: ScenarioError): string {
  return renderWith(lang === 'ja' ? ja : en, error);
}
