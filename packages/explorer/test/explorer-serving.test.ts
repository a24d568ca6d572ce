import { createApi } from '@mttq/api';
import { openFreshExampleStore, testDialect } from '@mttq/core/testing';
import type { Store } from '@mttq/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureExplorerBuilt } from './explorer-harness.js';

describe.runIf(testDialect() === 'sqlite')('the API serves the built Explorer at / (GraphiQL stays at /graphql)', () => {
  let store: Store;
  let api: ReturnType<typeof createApi>;
  beforeAll(async () => {
    await ensureExplorerBuilt();
    store = await openFreshExampleStore();
    api = createApi({ db: store.db, log: false });
  }, 120_000);
  afterAll(async () => store?.close());

  it('answers / with the page, checked again on every visit, and its hashed files as immutable with their content types', async () => {
    const page = await api.fetch('http://api/', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    const html = await page.text();
    expect(html).toContain('<html lang="vi">');
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!);
    expect(assets.some((path) => path.endsWith('.js'))).toBe(true);
    expect(assets.some((path) => path.endsWith('.css'))).toBe(true);
    for (const path of assets) {
      const asset = await api.fetch(`http://api${path}`);
      expect(asset.status).toBe(200);
      expect(asset.headers.get('content-type')).toBe(path.endsWith('.js') ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8');
      expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      const text = await asset.text();
      // No CDN and no web font from elsewhere: fonts are bundled under /assets/.
      expect(text).not.toMatch(/url\(\s*["']?https?:/);
      if (path.endsWith('.css')) expect(text).toMatch(/url\(\/assets\/noto-sans-vietnamese-400-normal-[^)]+\.woff2\)/);
    }
    const font = [
      ...(await (await api.fetch(`http://api${assets.find((path) => path.endsWith('.css'))!}`)).text()).matchAll(
        /url\((\/assets\/[^)]+\.woff2)\)/g,
      ),
    ][0]![1]!;
    expect((await api.fetch(`http://api${font}`)).headers.get('content-type')).toBe('font/woff2');
  });

  it('answers 404 for a file that is not there and never reads outside the build', async () => {
    expect((await api.fetch('http://api/assets/nothing.js')).status).toBe(404);
    expect((await api.fetch('http://api/assets/..%2f..%2fpackage.json')).status).toBe(404);
    expect((await api.fetch('http://api/assets/%2e%2e/%2e%2e/vite.config.ts')).status).toBe(404);
  });

  it('keeps GraphiQL at /graphql and the API answering there', async () => {
    const graphiql = await api.fetch('http://api/graphql', { headers: { accept: 'text/html' } });
    expect(graphiql.status).toBe(200);
    expect(await graphiql.text()).toContain("font-family: 'Noto Sans Mono', monospace !important");
    const answer = await api.fetch('http://api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ unitByCode(code: "073", asOf: "2022-06-01") { ... on Unit { fullName } } }' }),
    });
    expect(await answer.json()).toEqual({ data: { unitByCode: { fullName: 'Huyện Chiêm Hóa' } } });
  });
});

describe.skipIf(testDialect() === 'sqlite')('the API serves the built Explorer at /', () => {
  it('is checked once, in the SQLite project (it serves files, whatever the database)', () => {
    expect(testDialect()).toBe('postgres');
  });
});
