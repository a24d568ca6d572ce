import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where `pnpm build` writes the Explorer (packages/explorer/dist), the same from src/http and dist/http. */
export const DEFAULT_EXPLORER_DIR = fileURLToPath(new URL('../../../explorer/dist/', import.meta.url));

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
};

/** A built file of the Explorer, ready to send. */
export interface ExplorerAsset {
  readonly body: Uint8Array<ArrayBuffer>;
  readonly contentType: string;
  /** Hashed files under assets/ never change; the page itself is checked again on every visit. */
  readonly cacheControl: string;
}

/**
 * Reads the built file a path names, inside `dir` only (no `..` escapes); `undefined` when there is none.
 * `/` is the page, `index.html`.
 */
export async function readExplorerAsset(dir: string, pathname: string): Promise<ExplorerAsset | undefined> {
  const relative = pathname === '/' ? 'index.html' : decodeURIComponent(pathname).replace(/^\/+/, '');
  const root = resolve(dir);
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return undefined;
  const contentType = CONTENT_TYPES[extname(file)];
  if (!contentType) return undefined;
  try {
    const body = new Uint8Array(await readFile(file));
    const immutable = relative.startsWith('assets/');
    return { body, contentType, cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'no-cache' };
  } catch {
    return undefined;
  }
}
