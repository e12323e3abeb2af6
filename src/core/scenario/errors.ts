/** Why a scenario (file, shared link, saved workspace) could not be read: codes with params, worded by i18n. */
import type { Coded } from '../util/coded';

export interface ScenarioErrorParams {
  'too-large': { limit: number };
  'not-json': { detail: string };
  'not-object': Record<string, never>;
  'wrong-version': Record<string, never>;
  'role-not-object': Record<string, never>;
  'not-a-policy': { path: string };
  'not-an-array': { path: string };
  'entry-not-object': { path: string };
  'account-invalid': Record<string, never>;
  'session-duration-invalid': { min: number; max: number };
  'link-not-compressed': Record<string, never>;
  'link-not-json': Record<string, never>;
}
export type ScenarioErrorCode = keyof ScenarioErrorParams;
export type ScenarioError = Coded<ScenarioErrorParams>;
