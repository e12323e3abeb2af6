/**
 * The Vite plugin that makes the built page start fetching a lazily imported chunk at once: a
 * `<link rel="modulepreload">` for it (and the chunks it imports) beside the entry script. The
 * browser fetches and compiles it in parallel with the entry; it runs only when the app imports it,
 * so Monaco's chunk never delays the graph and is already there when the editor mounts.
 */
import type { HtmlTagDescriptor, Plugin } from 'vite';

/** The module-preload links for the chunk built from `source` (a path ending), minus those already in `html`. */
export function preloadTags(
  html: string,
  chunks: readonly PreloadChunk[],
  source: string,
): HtmlTagDescriptor[] {
  const chunk = chunks.find((c) => c.facadeModuleId?.endsWith(source));
  if (!chunk) return [];
  const scripts = [chunk.fileName, ...chunk.imports].filter((file) => !html.includes(file));
  // Its stylesheet too (the import waits for it), fetched now but applied only when imported.
  const styles = [...(chunk.viteMetadata?.importedCss ?? [])].filter(
    (file) => !html.includes(file),
  );
  return [
    ...scripts.map((file) => link({ rel: 'modulepreload', crossorigin: true, href: `./${file}` })),
    // crossorigin as Vite's loader requests it, or the browser fetches the stylesheet twice.
    ...styles.map((file) =>
      link({ rel: 'preload', as: 'style', crossorigin: true, href: `./${file}` }),
    ),
  ];
}

/** What the plugin reads of a chunk of the bundle. */
export interface PreloadChunk {
  fileName: string;
  facadeModuleId: string | null;
  imports: string[];
  viteMetadata?: { importedCss: Set<string> };
}

function link(attrs: Record<string, string | boolean>): HtmlTagDescriptor {
  return { tag: 'link', attrs, injectTo: 'head' };
}

/** The plugin: `source` names the lazily imported module whose chunk the page preloads. */
export function preloadChunkPlugin(source: string): Plugin {
  return {
    name: 'rolemap-preload-chunk',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html, ctx) {
        const chunks = Object.values(ctx.bundle ?? {}).flatMap((c) =>
          c.type === 'chunk' ? [c] : [],
        );
        return preloadTags(html, chunks, source);
      },
    },
  };
}
