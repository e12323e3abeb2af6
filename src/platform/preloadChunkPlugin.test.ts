import { describe, expect, it } from 'vitest';
import { preloadTags, type PreloadChunk } from './preloadChunkPlugin';

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

describe('preloadTags', () => {
  it('preloads the named chunk, its imports and its stylesheet, skipping what the page already loads', () => {
    const tags = preloadTags(html, chunks, '/src/features/editor/PolicyEditor.tsx');
    expect(tags.map((t) => t.attrs)).toEqual([
      { rel: 'modulepreload', crossorigin: true, href: './assets/PolicyEditor-c.js' },
      { rel: 'modulepreload', crossorigin: true, href: './assets/lint-d.js' },
      { rel: 'preload', as: 'style', crossorigin: true, href: './assets/PolicyEditor-e.css' },
    ]);
    expect(tags.every((t) => t.tag === 'link' && t.injectTo === 'head')).toBe(true);
  });

  it('adds nothing when no chunk is built from that module', () => {
    expect(preloadTags(html, chunks, '/src/features/editor/Missing.tsx')).toEqual([]);
  });
});
