import { createRequire } from 'node:module';
import path from 'node:path';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const require = createRequire(import.meta.url);
/** react-router publishes its production build beside the development one, but no export condition selects it. */
const reactRouterProduction = path.join(path.dirname(require.resolve('react-router/package.json')), 'dist/production');

// The web app lives in src/web and is built into dist/web, which the Fastify server serves.
// Every route and every catalogue is a chunk of its own (dynamic imports in app/routes.tsx and
// i18n/catalogues.ts); bench/web-bundle.ts measures what the login page downloads.
export default defineConfig(({ mode }) => ({
  root: 'src/web',
  plugins: [react()],
  resolve: {
    // Without its development warnings (ENABLE_DEV_WARNINGS), which the minifier then drops.
    alias:
      mode === 'production'
        ? [
            { find: /^react-router$/, replacement: path.join(reactRouterProduction, 'index.mjs') },
            { find: /^react-router\/dom$/, replacement: path.join(reactRouterProduction, 'dom-export.mjs') },
          ]
        : [],
  },
  build: { outDir: '../../dist/web', emptyOutDir: true, sourcemap: true },
  server: { proxy: { '/api': 'http://localhost:3000' } },
}));
