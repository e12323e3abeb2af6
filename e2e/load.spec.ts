import { expect, test } from '@playwright/test';
import { seedScenario, toScenarioFile } from '../src/core';
import { EmbedHost, shareHash } from './fixtures/embedHost';
import { RolemapPage } from './rolemapPage';
import { serviceChunks } from './fixtures/serviceChunks';

/** One animation frame of the canvas: its cards, its viewport and where its cards sit. */
interface Frame {
  cards: number;
  viewport: string;
  places: string;
}

// Load order (issue 12, "Load"): the first picture is the real layout, not a quick placement
// that jumps, and the editor's chunk (Monaco) is fetched once that picture is painted.
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

  test('the first frame painted with the canvas is the finished picture: cards drawn and already fitted', async ({
    page,
  }) => {
    // Every animation frame until the picture settles: how many cards the canvas holds, its
    // viewport, and where its cards sit. React Flow used to be given its cards a commit after it
    // was painted empty, and the fit came a frame or more after that: an empty pane, then cards at
    // zoom 1 in the corner, then the jump to the fitted picture.
    await page.addInitScript(() => {
      const frames: Frame[] = [];
      (window as unknown as { __frames: Frame[] }).__frames = frames;
      const tick = (now: number) => {
        const pane = document.querySelector('.rm-canvas .react-flow');
        if (pane) {
          const cards = [...pane.querySelectorAll<HTMLElement>('.react-flow__node')];
          frames.push({
            cards: cards.length,
            viewport:
              pane.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '',
            places: cards.map((c) => `${c.dataset.id}@${c.style.transform}`).join(' '),
          });
        }
        if (now < 4000) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const app = new RolemapPage(page);
    await app.goto();
    await expect(app.action('ssm:GetDocument')).toContainText('Read');
    await page.waitForFunction(() => performance.now() > 4000);
    const frames = await page.evaluate(() => (window as unknown as { __frames: Frame[] }).__frames);
    const first = frames[0];
    expect(first, 'a frame with the canvas').toBeDefined();
    expect(first?.cards, 'cards in the first frame with the canvas').toBeGreaterThan(0);
    // While the cards stay where they were first drawn, the view never moves: it was fitted before
    // the first paint. (A rebuild that moves cards, the catalog's text arriving, may refit.)
    const same = frames.filter((f) => f.places === first?.places);
    expect(new Set(same.map((f) => f.viewport))).toEqual(new Set([first?.viewport]));
    expect(first?.viewport).not.toMatch(/^translate\(0px, 0px\) scale\(1\)$/);
  });

  test("a service's catalog data is one request: its actions, resource types and condition keys", async ({
    page,
  }) => {
    const app = new RolemapPage(page);
    await app.goto();
    // The catalog's access levels have arrived: ssm's and ec2messages' data are in.
    await expect(app.action('ssm:GetDocument')).toContainText('Read');
    await expect(app.action('ec2messages:GetMessages')).toContainText('Grants permission');
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''),
    );
    // Each of a service's files used to be a chunk of its own (ssm-<hash>.js three times).
    for (const service of ['ssm', 'ec2messages']) {
      const chunks = serviceChunks(scripts, service);
      expect(chunks, service).toHaveLength(1);
      expect(chunks[0], service).toMatch(new RegExp(`^iam-${service}-`));
    }
  });

  test("the editor's chunk is fetched once the first picture is drawn, not with the page", async ({
    page,
  }) => {
    // The animation frame that first holds the laid-out picture's cards, in the page's own clock:
    // its callbacks run after the task that drew it, right before it is painted.
    await page.addInitScript(() => {
      const w = window as unknown as { __drawnAt?: number };
      const tick = () => {
        if (document.querySelector('.rm-canvas[data-layout="done"] .react-flow__node'))
          w.__drawnAt = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const app = new RolemapPage(page);
    await app.goto();
    await expect(app.editor('Trust policy')).toBeAttached();
    const seen = await page.evaluate(() => ({
      drawnAt: (window as unknown as { __drawnAt?: number }).__drawnAt,
      chunk: performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name.split('/').pop() ?? '', at: e.startTime }))
        .find((e) => /^PolicyEditor-.*\.js$/.test(e.file)),
    }));
    expect(seen.chunk).toBeDefined();
    expect(seen.drawnAt).toBeDefined();
    // The page names the chunk for the app to fetch, but does not preload it itself: Monaco's
    // 4 MB, fetched and compiled with the entry, delayed the first picture.
    const html = await (await page.request.get('/')).text();
    expect(html).toContain(`${seen.chunk?.file ?? 'none'}`);
    expect(html).not.toMatch(/<link rel="modulepreload"[^>]*PolicyEditor-/);
    // Fetched in the same task as the picture, it competed with painting it (graph visible
    // 565 → 480 ms once it waited for the paint).
    expect(seen.chunk?.at ?? 0).toBeGreaterThanOrEqual(seen.drawnAt ?? Infinity);
  });

  test('the IAM catalog and the linter are fetched once the editor shows its text, not while Monaco loads', async ({
    page,
  }) => {
    // The animation frame that first holds the editor's text, in the page's own clock.
    await page.addInitScript(() => {
      const w = window as unknown as { __editorAt?: number };
      const tick = () => {
        const lines = [...document.querySelectorAll('.monaco-editor .view-line')];
        if (lines.some((l) => (l.textContent ?? '').trim() !== ''))
          w.__editorAt = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    });
    const app = new RolemapPage(page);
    await app.goto();
    await expect(app.action('ssm:GetDocument')).toContainText('Read');
    // The linter's worker has started (it lints the seed's documents once the editor is up).
    await page.waitForFunction(() =>
      performance.getEntriesByType('resource').some((e) => /\/lint\.worker-/.test(e.name)),
    );
    const seen = await page.evaluate(() => ({
      editorAt: (window as unknown as { __editorAt?: number }).__editorAt,
      files: performance
        .getEntriesByType('resource')
        .map((e) => ({ file: e.name.split('/').pop() ?? '', at: e.startTime })),
    }));
    expect(seen.editorAt).toBeDefined();
    const catalogAndLint = seen.files.filter((f) =>
      /^(?:iam-[\w-]+|viteCatalogSource-[\w-]+|lint\.worker-[\w-]+|lintRunner-[\w-]+)\.js$/.test(
        f.file,
      ),
    );
    // Both are there (the access level above, the linter's count), and none came before the editor.
    expect(catalogAndLint.filter((f) => f.file.startsWith('iam-ssm-'))).toHaveLength(1);
    expect(catalogAndLint.some((f) => f.file.startsWith('lint.worker-'))).toBe(true);
    // Their fetching, compiling and the picture's rebuild competed with Monaco's on two cores.
    expect(catalogAndLint.filter((f) => f.at < (seen.editorAt ?? Infinity))).toEqual([]);
  });

  test("a docs embed, which has no editor, never fetches the editor's chunk", async ({ page }) => {
    const host = new EmbedHost(page);
    await host.serve();
    await host.open(`/?embed=1${shareHash(toScenarioFile(seedScenario()))}`);
    await host.settled();
    // The catalog has filled the picture in (an action's access level): loading is over.
    await host.showActions();
    await expect(host.frame.locator('[data-action="ssm:GetDocument"]')).toContainText('Read');
    const embed = page.frames().find((f) => f.url().includes('embed=1'));
    const files = await embed?.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => e.name.split('/').pop() ?? ''),
    );
    expect(files?.length ?? 0).toBeGreaterThan(0);
    expect(files?.filter((f) => /^PolicyEditor-/.test(f))).toEqual([]);
  });
});
