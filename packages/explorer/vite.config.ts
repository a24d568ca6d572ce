import { defineConfig } from 'vite';

// The page is served by the API at `/`: its files go to dist/, hashed files under dist/assets/.
export default defineConfig({
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, assetsInlineLimit: 0, chunkSizeWarningLimit: 200 },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
});
