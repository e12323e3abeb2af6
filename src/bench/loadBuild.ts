/**
 * The two builds the load race compares: Rolemap's production build and the bare stack in
 * bench/bare/, each built with Vite's JS API into a temporary folder, with their chunk sizes.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Sizes in bytes of one group of chunks, as written and as gzip would send them. */
export interface ChunkSize {
  raw: number;
  gzip: number;
}

/** What a build holds: what the page loads before anything else, the largest chunk, and all of it. */
export interface BuildSizes {
  /** The entry script and the modules the HTML preloads with it (what the first picture waits for). */
  entry: ChunkSize;
  /** The largest JavaScript chunk (Monaco, in both builds). */
  largest: ChunkSize & { name: string };
  /** Every JavaScript file of the build. */
  allJs: ChunkSize & { files: number };
}

/** Builds Rolemap with its own vite.config.ts into `outDir`, quietly. */
export async function buildApp(repo: string, outDir: string): Promise<void> {
  await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
}

/** Builds the bare stack (bench/bare/) into `outDir`: same packages, one entry chunk, no splitting. */
export async function buildBare(repo: string, outDir: string): Promise<void> {
  const { default: react } = await import('@vitejs/plugin-react');
  await build({
    root: join(repo, 'bench', 'bare'),
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
  });
}

function sizeOf(files: readonly string[]): ChunkSize {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    raw += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { raw, gzip };
}

/** The JavaScript files the built index.html loads at once: its module script and modulepreloads. */
export function entryFiles(outDir: string): string[] {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const out: string[] = [];
  for (const m of html.matchAll(/<(?:script|link)\b[^>]*>/g)) {
    const tag = m[0];
    const isScript = tag.startsWith('<script') && /type="module"/.test(tag);
    const isPreload = /rel="modulepreload"/.test(tag);
    const href = /(?:src|href)="([^"]+\.js)"/.exec(tag)?.[1];
    if ((isScript || isPreload) && href) {
      const file = join(outDir, href.replace(/^\.\//, ''));
      if (existsSync(file) && !out.includes(file)) out.push(file);
    }
  }
  return out;
}

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Measures a build's chunks: the entry group, the largest chunk and the whole of its JavaScript. */
export function buildSizes(outDir: string, skipEntry: readonly string[] = []): BuildSizes {
  const all = jsFiles(outDir);
  const entry = entryFiles(outDir).filter((f) => !skipEntry.some((s) => f.includes(s)));
  let largest = { name: '', bytes: -1 };
  for (const file of all) {
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { name: file, bytes };
  }
  return {
    entry: sizeOf(entry),
    largest: { ...sizeOf(largest.name ? [largest.name] : []), name: largest.name },
    allJs: { ...sizeOf(all), files: all.length },
  };
}
