/**
 * The two builds the load race compares: Rolemap's production build and the bare stack in
 * bench/bare/, each built with Vite's JS API into a temporary folder, with their chunk sizes.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

/** Sizes in bytes of one group of chunks, as written and as gzip would send them. */
export interface ChunkSize {
  raw: number;
  gzip: number;
}

/** What a build holds: what the page loads before anything else, the largest chunk, and all of it. */
export interface BuildSizes {
  /** The entry chunk and the chunks it imports statically (what runs before the first picture). */
  entry: ChunkSize & { files: number };
  /** The largest JavaScript chunk (Monaco, in both builds). */
  largest: ChunkSize & { name: string };
  /** Every JavaScript file of the build. */
  allJs: ChunkSize & { files: number };
}

type Output = {
  output: Array<{ type: string; fileName: string; isEntry?: boolean; imports?: string[] }>;
};

/** The entry chunk and every chunk it imports statically: what the page runs before anything else. */
function entryClosure(result: unknown): string[] {
  const outputs = (Array.isArray(result) ? result : [result]) as Output[];
  const chunks = new Map<string, { imports: string[]; isEntry: boolean }>();
  for (const out of outputs)
    for (const c of out.output ?? [])
      if (c.type === 'chunk')
        chunks.set(c.fileName, { imports: c.imports ?? [], isEntry: c.isEntry === true });
  const seen = new Set<string>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of chunks.get(file)?.imports ?? []) visit(next);
  };
  for (const [file, c] of chunks) if (c.isEntry) visit(file);
  return [...seen];
}

/** Builds Rolemap with its own vite.config.ts into `outDir`, quietly, and measures it. */
export async function buildApp(repo: string, outDir: string): Promise<BuildSizes> {
  const result = await build({
    root: repo,
    configFile: join(repo, 'vite.config.ts'),
    logLevel: 'error',
    build: { outDir, emptyOutDir: true },
  });
  return buildSizes(outDir, entryClosure(result));
}

/** Builds the bare stack (bench/bare/) into `outDir` (same packages, one entry chunk) and measures it. */
export async function buildBare(repo: string, outDir: string): Promise<BuildSizes> {
  const { default: react } = await import('@vitejs/plugin-react');
  const result = await build({
    root: join(repo, 'bench', 'bare'),
    configFile: false,
    base: './',
    logLevel: 'error',
    plugins: [react()],
    worker: { format: 'es' },
    build: { outDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 10_000 },
  });
  return buildSizes(outDir, entryClosure(result));
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

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...jsFiles(path));
    else if (name.endsWith('.js')) out.push(path);
  }
  return out;
}

/** Measures a build's chunks: the entry and its static imports, the largest chunk, all JavaScript. */
function buildSizes(outDir: string, entry: readonly string[]): BuildSizes {
  const all = jsFiles(outDir);
  let largest = { name: '', bytes: -1 };
  for (const file of all) {
    const bytes = statSync(file).size;
    if (bytes > largest.bytes) largest = { name: file, bytes };
  }
  return {
    entry: { ...sizeOf(entry.map((f) => join(outDir, f))), files: entry.length },
    largest: { ...sizeOf(largest.name ? [largest.name] : []), name: basename(largest.name) },
    allJs: { ...sizeOf(all), files: all.length },
  };
}
