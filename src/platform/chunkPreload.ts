/**
 * Starts fetching a lazily imported chunk the build named in a `<meta name="rolemap-chunk:NAME">`
 * (src/platform/preloadChunkPlugin.ts): module preloads for its scripts (fetched and compiled,
 * not run) and style preloads for its stylesheets. Once per name; nothing in the dev server,
 * which has no such tag.
 */
const started = new Set<string>();

export function preloadChunk(name: string, doc: Document = document): void {
  if (started.has(name)) return;
  started.add(name);
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="rolemap-chunk:${name}"]`);
  for (const href of meta?.content.split(/\s+/).filter(Boolean) ?? []) {
    const link = doc.createElement('link');
    if (href.endsWith('.css')) {
      link.rel = 'preload';
      link.as = 'style';
    } else link.rel = 'modulepreload';
    // As Vite's loader requests them, or the browser fetches each twice.
    link.crossOrigin = '';
    link.href = href;
    doc.head.append(link);
  }
}
