import type { Plugin } from 'graphql-yoga';
import { DEFAULT_EXPLORER_DIR, readExplorerAsset } from './explorer-assets.js';

/** What a browser gets at `/` when the Explorer has not been built, in Vietnamese then English. */
export const EXPLORER_NOT_BUILT_HTML = `<!doctype html>
<html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>mttq-model</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 40rem; margin: 2rem auto; padding: 0 1rem">
<h1>Trang Explorer chưa được dựng</h1>
<p>Chạy <code>pnpm build</code> (hoặc <code>pnpm start</code>) ở thư mục gốc của kho mã rồi tải lại trang. GraphiQL vẫn ở <a href="/graphql">/graphql</a>.</p>
<p lang="en">The Explorer has not been built: run <code>pnpm build</code> (or <code>pnpm start</code>) at the root of the repository, then reload. GraphiQL is at <a href="/graphql">/graphql</a>.</p>
</body></html>`;

/**
 * Serves the Explorer, the web page of packages/explorer, at `/` and its hashed files under `/assets/`, with
 * their content types and caching; GraphiQL and the API stay at `/graphql`. Without a build, `/` answers 503
 * with a page saying how to build it.
 *
 * @example
 * createYoga({ ..., plugins: [useExplorer()] }); // GET / → the Explorer
 */
export function useExplorer(dir: string = DEFAULT_EXPLORER_DIR): Plugin {
  return {
    async onRequest({ request, url, endResponse, fetchAPI }) {
      if (request.method !== 'GET' && request.method !== 'HEAD') return;
      const { pathname } = url;
      const isPage = pathname === '/' || pathname === '/index.html';
      if (!isPage && !pathname.startsWith('/assets/') && pathname !== '/favicon.svg') return;
      const asset = await readExplorerAsset(dir, pathname);
      if (asset) {
        const headers = { 'content-type': asset.contentType, 'cache-control': asset.cacheControl, 'x-content-type-options': 'nosniff' };
        endResponse(new fetchAPI.Response(request.method === 'HEAD' ? null : asset.body, { status: 200, headers }));
      } else if (isPage) {
        endResponse(
          new fetchAPI.Response(EXPLORER_NOT_BUILT_HTML, {
            status: 503,
            headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-cache' },
          }),
        );
      } else {
        endResponse(new fetchAPI.Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } }));
      }
    },
  };
}
