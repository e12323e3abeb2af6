import { expect, test } from '@playwright/test';
import { RolemapPage } from './rolemapPage';

// Load order (issue 12, "Load"): the first picture is the real layout, not a quick placement
// that jumps, and the editor's chunk (Monaco) is fetched with the entry instead of after the graph.
test.describe('load', () => {
  test('the first picture of the seed is already laid out (never a provisional placement)', async ({
    page,
  }) => {
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __layouts: string[] }).__layouts = seen;
      new MutationObserver(() => {
        const state = document.querySelector('.rm-canvas')?.getAttribute('data-layout');
        if (state && seen[seen.length - 1] !== state) seen.push(state);
      }).observe(document, { subtree: true, childList: true, attributes: true });
    });
    const app = new RolemapPage(page);
    await app.goto();
    await expect(page.locator('.react-flow__node [data-action]')).toHaveCount(25);
    // The catalog's access levels have arrived, so every rebuild of the load is behind us.
    await expect(app.action('ssm:GetDocument')).toContainText('Read');
    await expect(page.locator('.rm-canvas')).toHaveAttribute('data-layout', 'done');
    const layouts = await page.evaluate(
      () => (window as unknown as { __layouts: string[] }).__layouts,
    );
    expect(layouts).toEqual(['done']);
  });

  test("the page itself asks for the editor's chunk, before any script runs", async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    const initiators = new Map<string, string>();
    cdp.on('Network.requestWillBeSent', (e) => {
      const file = e.request.url.split('/').pop() ?? '';
      if (!initiators.has(file)) initiators.set(file, e.initiator.type);
    });
    const app = new RolemapPage(page);
    await app.goto();
    await expect(app.editor('Trust policy')).toBeAttached();
    const editorChunk = [...initiators.keys()].find((f) => /^PolicyEditor-.*\.js$/.test(f));
    expect(editorChunk).toBeDefined();
    // The HTML itself preloads it (under the page's CSP, Chrome reports a module preload as
    // 'script'-initiated, so the link is what is checked), and it is asked for before the app's
    // own lazy chunks.
    const html = await (await page.request.get('/')).text();
    expect(html).toMatch(new RegExp(`<link rel="modulepreload"[^>]*${editorChunk ?? 'none'}`));
    const order = [...initiators.keys()];
    expect(order.indexOf(editorChunk ?? '')).toBeLessThan(
      order.findIndex((f) => /^(LessonPicker|Glossary|ImportDialog|ExportDialog)-/.test(f)) >>> 0,
    );
  });
});
