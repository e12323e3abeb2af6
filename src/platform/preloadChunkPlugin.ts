/**
 * The Vite plugin that tells the built page where a lazily imported chunk is, without fetching it:
 * a `<meta name="rolemap-chunk:NAME">` listing the chunk, the chunks it imports and its stylesheets.
 * The page starts fetching them (src/platform/chunkPreload.ts) when it chooses: Monaco's 4 MB,
 * fetched and compiled with the entry, slowed the first picture by a fifth on a two-core machine.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';
import { chunkMetaName } from './chunkPreload';

/** What the plugin reads of a chunk of the bundle. */
export interface PreloadChunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

/** The meta tag naming the chunk built from `source` (a path ending), minus files already in `html`. */
export function chunkMetaTags(
  html: string,
  chunks: readonly PreloadChunk[],
  source: string,
  name: string,
): HtmlTagDescriptor[] {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(source));
  if (!chunk) return [];
  const files = [
    chunk.fileName,
    ...chunk.imports,
    ...(chunk.viteMetadata?.importedCss ?? []),
  ].filter((file) => !html.includes(file));
  const content = files.map((file) => `./${file}`).join(' ');
  return [{ tag: 'meta', attrs: { name: chunkMetaName(name), content }, injectTo: 'head' }];
}

/** The plugin: `source` names the lazily imported module whose chunk the page may preload as `name`. */
export function preloadChunkPlugin(source: string, name: string): Plugin {
  return {
    name: 'rolemap-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        );
        return chunkMetaTags(html, chunks, source, name);
      },
    },
  };
}
