import { readFile } from 'node:fs/promises';
import type { CliIo } from './CliIo';

/** Reads a stream to its end as UTF-8 (bytes first, so a character split across chunks survives). */
async function readAll(stream: NodeJS.ReadableStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) {
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process as the CLI's io: Node's stdout, stderr, file system, stdin, cwd and env. */
export function processIo(): CliIo {
  return {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    readFile: (path) => readFile(path, 'utf8'),
    readStdin: () => readAll(process.stdin),
    cwd: process.cwd(),
    env: process.env,
  };
}
