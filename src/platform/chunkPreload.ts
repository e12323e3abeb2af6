/**
 * Starts fetching a lazily imported chunk the build named in a `<meta name="rolemap-chunk:NAME">`
 * (src/platform/preloadChunkPlugin.ts): module preloads for its scripts (fetched and compiled,
 * not run) and style preloads for its stylesheets. Once per name; nothing in the dev server,
 * which has no such tag.
 */
const started = new Set<string>();

/** The name the editor's chunk (Monaco) goes by, in vite.config.ts and for preloadChunk. */
export const EDITOR_CHUNK = 'editor';

/** The meta tag's name for a chunk named `name`: written by the build, read by preloadChunk. */
export function chunkMetaName(name: string): string {
  return `rolemap-chunk:${name}`;
}

export function preloadChunk(name: string, doc: Document = document): void {
  if (started.has(name)) return;
  started.add(name);
  const meta = doc.querySelector<HTMLMetaElement>(`meta[name="${chunkMetaName(name)}"]`);
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
