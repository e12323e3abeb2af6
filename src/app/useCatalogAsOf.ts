import { useSyncExternalStore } from 'react';
import { useStore } from '../store';
import { appCatalog } from '../platform/appCatalog';

/** The IAM data's publication date, formatted for the current language and short enough for the top bar ('' until the data has loaded). */
export function useCatalogAsOf(): string {
  const lang = useStore((s) => s.lang);
  const iso = useSyncExternalStore(
    (cb) => appCatalog.subscribe(cb),
    () => appCatalog.asOf,
  );
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(lang === 'ja' ? 'ja-JP' : 'en-GB', {
    year: 'numeric',
    month: lang === 'ja' ? 'long' : 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}
