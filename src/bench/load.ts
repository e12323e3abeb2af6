/**
 * `npm run bench`'s load section: headless Chromium cold-loads Rolemap's production build and the
 * bare stack (bench/bare/), interleaved, and prints when each shows its graph and its editor.
 * Figures only; no test asserts a time.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from '@playwright/test';
import { preview } from 'vite';
import { buildApp, buildBare, type BuildSizes, type ChunkSize } from './loadBuild';
import { panFrames } from './panFrames';
import { coldLoad, type LoadSample } from './loadPage';
import { CHROMIUM_ARGS, SYSTEM_CHROMIUM } from './chromium';
import {
  hostilePaste,
  hostileTexts,
  typingLargest,
  typingSeed,
  type TypingFigures,
} from './typingPage';

/** Records one figure (milliseconds or a plain number) and returns its ratio to the last run. */
export type Recorder = (label: string, value: number) => string;

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const RUNS = 5;

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(0)} KB`;
}

function size(s: ChunkSize): string {
  return `${kb(s.raw)} raw / ${kb(s.gzip)} gzip`;
}

async function serve(outDir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = await preview({
    configFile: false,
    logLevel: 'silent',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no address');
  return { url, close: () => server.close() };
}

/**
 * Races the two builds: RUNS cold loads each (a fresh browser context, cache off), alternating
 * which goes first, and records the medians, the ratios and the chunk sizes through `record`.
 */
export async function loadBench(record: Recorder): Promise<void> {
  console.log('\nload (headless Chromium, cold loads, Rolemap against the bare stack):');
  if (!existsSync(SYSTEM_CHROMIUM)) {
    console.log(
      `load: no Chromium at ${SYSTEM_CHROMIUM} (set CHROMIUM_PATH); skipping the load race`,
    );
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'rolemap-load-'));
  const appDir = join(tmp, 'app');
  const bareDir = join(tmp, 'bare');
  const closers: Array<() => Promise<void>> = [];
  try {
    const sizes = { app: await buildApp(REPO, appDir), bare: await buildBare(REPO, bareDir) };
    const app = await serve(appDir);
    closers.push(app.close);
    const bare = await serve(bareDir);
    closers.push(bare.close);

    const { chromium } = await import('@playwright/test');
    const browser = await chromium.launch({
      executablePath: SYSTEM_CHROMIUM,
      args: [...CHROMIUM_ARGS],
    });
    closers.push(() => browser.close());
    const samples: { app: LoadSample[]; bare: LoadSample[] } = { app: [], bare: [] };
    // One warm-up of each (the OS file cache, Chromium's own start-up), not counted.
    await coldLoad(browser, app.url);
    await coldLoad(browser, bare.url);
    for (let i = 0; i < RUNS; i++) {
      const order = i % 2 === 0 ? (['app', 'bare'] as const) : (['bare', 'app'] as const);
      for (const which of order)
        samples[which].push(await coldLoad(browser, which === 'app' ? app.url : bare.url));
    }
    report(record, samples, sizes);
    const pan = await panFrames(browser, app.url);
    if (pan) {
      const label = `pan: ReadOnlyAccess (${pan.services} service cards), frame`;
      console.log(
        `${label.padEnd(58)} median ${pan.median.toFixed(1)} ms${record(`${label} median`, pan.median)}` +
          `  p95 ${pan.p95.toFixed(1)} ms${record(`${label} p95`, pan.p95)}  max ${pan.max.toFixed(1)} ms (${pan.frames} frames)`,
      );
    } else console.log('pan: the ReadOnlyAccess picture could not be opened; no frame times');
    await typingBench(record, browser, app.url);
    await hostileBench(record, browser, app.url);
  } finally {
    for (const close of closers.reverse()) await close().catch(() => undefined);
    rmSync(tmp, { recursive: true, force: true });
  }
}

const ms = (v: number) => `${v.toFixed(1)} ms`;

function typingLine(record: Recorder, label: string, f: TypingFigures): void {
  if (f.keystrokes === 0) {
    console.log(`${label.padEnd(58)} no keystroke reached the picture within 20 s`);
    return;
  }
  console.log(
    `${label.padEnd(58)} median ${ms(f.median)}${record(`${label} median`, f.median)}` +
      `  max ${ms(f.max)}${record(`${label} max`, f.max)}  (${f.keystrokes} keys)`,
  );
  const tasks = `${label.replace('keystroke → picture', 'long tasks while typing')}`;
  console.log(
    `${tasks.padEnd(58)} ${f.longTasks}${record(`${tasks} count`, f.longTasks)}` +
      `  longest ${ms(f.longestTask)}${record(`${tasks} longest`, f.longestTask)}`,
  );
}

/** Keystroke → picture in the seed and in the largest AWS managed policy, with long tasks. */
async function typingBench(record: Recorder, browser: Browser, url: string): Promise<void> {
  console.log('\ntyping (keydown → the first frame showing the picture updated, painted):');
  typingLine(record, 'typing: seed, keystroke → picture', await typingSeed(browser, url));
  const largest = await typingLargest(browser, url);
  if (!largest) console.log('typing: the AWS managed policies package is missing; no figure');
  else
    typingLine(
      record,
      `typing: ${largest.name} (${Math.round(largest.chars / 1000)} KB), keystroke → picture`,
      largest,
    );
}

/** Each hostile paste: the slowest page.evaluate round trip after it, and its long tasks. */
async function hostileBench(record: Recorder, browser: Browser, url: string): Promise<void> {
  console.log('\nhostile pastes (5 s after the paste: slowest page round trip, long tasks):');
  for (const [name, text] of Object.entries(hostileTexts())) {
    const f = await hostilePaste(browser, url, text);
    const label = `hostile: ${name} (${(f.chars / 1e6).toFixed(1)} MB)`;
    console.log(
      `${label.padEnd(40)} round trip max ${ms(f.maxRoundTrip)}${record(`${label} round trip max`, f.maxRoundTrip)}` +
        `  long tasks ${f.longTasks}, longest ${ms(f.longestTask)}${record(`${label} longest task`, f.longestTask)}` +
        `, total ${ms(f.longTaskTotal)}${record(`${label} long-task total`, f.longTaskTotal)}`,
    );
  }
}

function report(
  record: Recorder,
  samples: { app: LoadSample[]; bare: LoadSample[] },
  sizes: { app: BuildSizes; bare: BuildSizes },
): void {
  const failed = [...samples.app, ...samples.bare].filter((s) => s.error !== undefined);
  for (const s of failed) console.log(`load: a run did not finish: ${s.error}`);
  const m = (which: 'app' | 'bare', key: 'graph' | 'editor' | 'requests') =>
    median(samples[which].flatMap((s) => (s[key] !== undefined ? [s[key]] : [])));
  const row = (label: string, a: number, b: number, unit: string) => {
    const ratio = a / b;
    const ra = record(`load: ${label} (Rolemap)`, a);
    const rb = record(`load: ${label} (bare stack)`, b);
    const rr = record(`load: ${label} ratio Rolemap / bare`, ratio);
    console.log(
      `${`load: ${label}`.padEnd(30)} Rolemap ${a.toFixed(0)} ${unit}${ra}` +
        `   bare ${b.toFixed(0)} ${unit}${rb}   ratio ${ratio.toFixed(2)}×${rr}`,
    );
  };
  console.log(`median of ${RUNS} interleaved cold loads each, 1366×768:`);
  row('graph visible', m('app', 'graph'), m('bare', 'graph'), 'ms');
  row('editor ready', m('app', 'editor'), m('bare', 'editor'), 'ms');
  row('requests', m('app', 'requests'), m('bare', 'requests'), '');
  const { app, bare } = sizes;
  console.log(
    `load: Rolemap entry chunk and its static imports (${app.entry.files} files): ${size(app.entry)}\n` +
      `load: Rolemap largest chunk (${app.largest.name}, fetched and run once the first picture is painted): ${size(app.largest)}\n` +
      `load: Rolemap all JavaScript (${app.allJs.files} files, most loaded only on demand): ${size(app.allJs)}\n` +
      `load: bare stack entry chunk: ${size(bare.entry)}; all JavaScript (${bare.allJs.files} files): ${size(bare.allJs)}`,
  );
  record('load: Rolemap entry KB gzip', app.entry.gzip / 1024);
  record('load: bare entry KB gzip', bare.entry.gzip / 1024);
}

// `npx tsx src/bench/load.ts` runs the race alone and prints it, without touching bench/last.json.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  loadBench(() => '').catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
