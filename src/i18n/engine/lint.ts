/** Lint findings and quick fixes in words: the editor, the problems panel and the CLI use these. */
import type { Finding, FindingFix, FixParams, FixTitle, LintParams } from '../../core';
import { renderWith, type Lang, type Renderers } from '../types';
import { fixEn, lintEn } from './lint.en';
import { fixJa, lintJa } from './lint.ja';

const FINDINGS: Record<Lang, Renderers<LintParams>> = { en: lintEn, ja: lintJa };
const FIXES: Record<Lang, Renderers<FixParams>> = { en: fixEn, ja: fixJa };

/** A finding's message in one language, from its code and params (the engine builds no sentence). */
export function findingMessage(lang: Lang, finding: Finding): string {
  return renderWith(FINDINGS[lang], finding);
}

/** A quick fix's title in one language; takes the fix or its coded title. */
export function fixTitle(lang: Lang, fix: FindingFix | FixTitle): string {
  return renderWith(FIXES[lang], 'title' in fix ? fix.title : fix);
}
