// The review panel's build: dist/web, served by the API at `/` (apps/api/src/web/panel.static.ts).
// `npm run dev:web` serves it with live reload and sends /api to an API on :3000 (run that API with
// NODE_ENV=development PANEL_DEV_IDENTITY=true to choose a user in the panel).
import { defineConfig } from 'vite';

export default defineConfig({
  root: __dirname,
  // React's automatic JSX runtime through esbuild: no Babel plugin needed
  esbuild: { jsx: 'automatic' },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    target: 'es2022',
    // no inline scripts or styles: the Content-Security-Policy allows only 'self'
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    reportCompressedSize: false,
    rollupOptions: {
      onwarn(warning, warn) {
        // react-query marks its modules "use client" for server components; meaningless in a SPA
        if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning);
      },
    },
  },
  server: { proxy: { '/api': 'http://127.0.0.1:3000' } },
});
