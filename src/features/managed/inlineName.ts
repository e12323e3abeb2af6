import type { Translate } from '../../i18n';

/** A free name for the inline copy of a managed policy: `<Name>-inline`, then `-inline-2`, `-inline-3`… */
export function inlineCopyName(t: Translate, name: string, taken: ReadonlySet<string>): string {
  const first = t('managed.inlineName', { name });
  if (!taken.has(first)) return first;
  let n = 2;
  // The number is part of the name: written as given, never grouped.
  while (taken.has(t('managed.inlineNameN', { name, n: String(n) }))) n++;
  return t('managed.inlineNameN', { name, n: String(n) });
}
