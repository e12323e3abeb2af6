import { describe, expect, it, vi } from 'vitest';

interface FakeLink {
  rel: string;
  as: string;
  crossOrigin: string | null;
  href: string;
}

/** Just what preloadChunk touches of a document: its meta tags and the head it appends to. */
function fakeDocument(metas: Record<string, string>) {
  const appended: FakeLink[] = [];
  const doc = {
    querySelector: (selector: string) => {
      const name = /name="([^"]+)"/.exec(selector)?.[1] ?? '';
      return name in metas ? { content: metas[name] } : null;
    },
    createElement: () => ({ rel: '', as: '', crossOrigin: null, href: '' }),
    head: { append: (link: FakeLink) => appended.push(link) },
  };
  return { doc: doc as unknown as Document, appended };
}

async function fresh() {
  vi.resetModules();
  return import('./chunkPreload');
}

describe('preloadChunk', () => {
  it("module-preloads the named chunk's scripts and style-preloads its stylesheets, as Vite requests them", async () => {
    const { preloadChunk } = await fresh();
    const { doc, appended } = fakeDocument({
      'rolemap-chunk:editor': './assets/E-1.js ./assets/lint-2.js  ./assets/E-3.css',
    });
    preloadChunk('editor', doc);
    expect(appended).toEqual([
      { rel: 'modulepreload', as: '', crossOrigin: '', href: './assets/E-1.js' },
      { rel: 'modulepreload', as: '', crossOrigin: '', href: './assets/lint-2.js' },
      { rel: 'preload', as: 'style', crossOrigin: '', href: './assets/E-3.css' },
    ]);
  });

  it('starts once per name', async () => {
    const { preloadChunk } = await fresh();
    const { doc, appended } = fakeDocument({ 'rolemap-chunk:editor': './assets/E-1.js' });
    preloadChunk('editor', doc);
    preloadChunk('editor', doc);
    expect(appended).toHaveLength(1);
  });

  it('does nothing where the page names no such chunk (the dev server)', async () => {
    const { preloadChunk } = await fresh();
    const { doc, appended } = fakeDocument({});
    preloadChunk('editor', doc);
    expect(appended).toEqual([]);
  });
});
