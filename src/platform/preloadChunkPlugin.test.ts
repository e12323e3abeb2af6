import { describe, expect, it } from 'vitest';
import { chunkMetaTags, type PreloadChunk } from './preloadChunkPlugin';

// Chunks shaped as Vite's bundle describes them (https://vite.dev/guide/api-plugin#transformindexhtml:
// ctx.bundle in build; viteMetadata.importedCss lists a chunk's own stylesheets).
const chunks: PreloadChunk[] = [
  {
    fileName: 'assets/index-a.js',
    facadeModuleId: '/r/src/main.tsx',
    imports: ['assets/core-b.js'],
  },
  {
    fileName: 'assets/PolicyEditor-c.js',
    facadeModuleId: '/r/src/features/editor/PolicyEditor.tsx',
    imports: ['assets/core-b.js', 'assets/lint-d.js'],
    viteMetadata: { importedCss: new Set(['assets/PolicyEditor-e.css']) },
  },
];
const html =
  '<script type="module" src="./assets/index-a.js"></script><link rel="modulepreload" href="./assets/core-b.js">';

describe('chunkMetaTags', () => {
  it('names the chunk, its imports and its stylesheet, skipping what the page already loads, and preloads none', () => {
    const tags = chunkMetaTags(html, chunks, '/src/features/editor/PolicyEditor.tsx', 'editor');
    expect(tags).toEqual([
      {
        tag: 'meta',
        attrs: {
          name: 'rolemap-chunk:editor',
          content: './assets/PolicyEditor-c.js ./assets/lint-d.js ./assets/PolicyEditor-e.css',
        },
        injectTo: 'head',
      },
    ]);
  });

  it('adds nothing when no chunk is built from that module', () => {
    expect(chunkMetaTags(html, chunks, '/src/features/editor/Missing.tsx', 'editor')).toEqual([]);
  });
});
