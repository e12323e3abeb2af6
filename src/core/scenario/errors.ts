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
  /** More documents in one list than a role can have (a hostile link's 5,000 policies). */
  'too-many-documents': { path: string; limit: number };
  /** A title or name far longer than any that reads (a hostile link's 10,000,000 characters). */
  'text-too-long': { path: string; limit: number };
}
export type ScenarioErrorCode = keyof ScenarioErrorParams;
export type ScenarioError = Coded<ScenarioErrorParams>;
