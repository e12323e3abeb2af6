import { useSyncExternalStore } from 'react';
import { useStore } from '../store';
import { appCatalog } from '../platform/appCatalog';
import { asOfText } from '../render/asOf';

/** The IAM data's publication date, formatted for the current language and short enough for the top bar ('' until the data has loaded). */
export function useCatalogAsOf(): string {
  const lang = useStore((s) => s.lang);
  const iso = useSyncExternalStore(
    (cb) => appCatalog.subscribe(cb),
    () => appCatalog.asOf,
  );
  return asOfText(iso, lang);
}
