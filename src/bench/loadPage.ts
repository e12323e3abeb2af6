/**
 * One cold load of a page in headless Chromium, timed from navigation start: when its graph is
 * visible and when its editor shows its text. The same probe serves Rolemap and the bare stack.
 */
import type { Browser } from '@playwright/test';

/** One cold load's figures, in milliseconds since navigation start (undefined when never seen). */
export interface LoadSample {
  graph?: number;
  editor?: number;
  /** Requests the page made until both were seen. */
  requests: number;
  error?: string;
}

declare global {
  interface Window {
    __loadProbe?: { graph?: number; editor?: number };
  }
}

/**
 * Page script (text): `afterPaint(run)` runs `run` once the current animation frame has been
 * painted, in a user-blocking task posted from that frame (a MessageChannel message where the
 * Scheduler API is missing): it comes after the frame's style, layout and paint, ahead of the
 * ordinary tasks already queued. A time taken there is when the frame was shown. (The frame's own
 * timestamp, the rAF callback's argument, is when the frame began: before any long task that
 * delayed it.) Shared by the load probe and the typing probe (typingPage.ts).
 */
export const AFTER_PAINT = `const afterPaint = (run) => {
    if (globalThis.scheduler && scheduler.postTask) scheduler.postTask(run, { priority: 'user-blocking' });
    else { const c = new MessageChannel(); c.port1.onmessage = run; c.port2.postMessage(0); }
  };`;

/**
 * Runs in the page before its own scripts: every animation frame it looks for (a) three or more
 * React Flow nodes drawn (measured, visible, inside the canvas) and not a provisional placement
 * (Rolemap's canvas says `data-layout="provisional"` until the real layout lands), and (b) a Monaco
 * editor whose lines hold text. The first frame each holds, once painted, is its time. Plain
 * text, not a function: tsx's name helpers (`__name`) do not exist in the page.
 */
const PROBE = `(() => {
  const found = {};
  window.__loadProbe = found;
  function graphDrawn() {
    const pane = document.querySelector('.react-flow');
    if (!pane || pane.closest('[data-layout="provisional"]')) return false;
    const box = pane.getBoundingClientRect();
    let shown = 0;
    for (const el of pane.querySelectorAll('.react-flow__node')) {
      const r = el.getBoundingClientRect();
      const inside = r.right > box.left && r.left < box.right && r.bottom > box.top && r.top < box.bottom;
      if (r.width > 0 && inside && getComputedStyle(el).visibility !== 'hidden') shown++;
      if (shown >= 3) return true;
    }
    return false;
  }
  function editorDrawn() {
    for (const el of document.querySelectorAll('.monaco-editor .view-lines .view-line'))
      if ((el.textContent || '').trim().length > 0) return true;
    return false;
  }
  // The time is taken once the frame that holds it has been painted (AFTER_PAINT).
  ${AFTER_PAINT}
  const stamp = (key) => () => { if (found[key] === undefined) found[key] = performance.now(); };
  const asked = {};
  function tick() {
    if (!asked.graph && graphDrawn()) { asked.graph = true; afterPaint(stamp('graph')); }
    if (!asked.editor && editorDrawn()) { asked.editor = true; afterPaint(stamp('editor')); }
    if (!asked.graph || !asked.editor) requestAnimationFrame(tick);
  }
  requestAnimationFrame(tick);
})();`;

/** Loads `url` in a fresh context with the cache off and waits (up to 30 s) for graph and editor. */
export async function coldLoad(browser: Browser, url: string): Promise<LoadSample> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    let requests = 0;
    page.on('request', () => requests++);
    await page.addInitScript({ content: PROBE });
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(
      () => window.__loadProbe?.graph !== undefined && window.__loadProbe.editor !== undefined,
      undefined,
      { timeout: 30_000, polling: 100 },
    );
    const found = await page.evaluate(() => window.__loadProbe ?? {});
    return { ...found, requests };
  } catch (e) {
    return { requests: 0, error: e instanceof Error ? e.message.split('\n')[0] : String(e) };
  } finally {
    await context.close();
  }
}
