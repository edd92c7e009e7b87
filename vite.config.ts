import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const webRoot = fileURLToPath(new URL('./src/web/', import.meta.url));

/** In dev, serve the portal entry for /portal and /portal/* (the production server does the same). */
function portalFallback(): Plugin {
  return {
    name: 'weijian-portal-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '';
        const path = url.split('?')[0] ?? '';
        const wantsHtml = (req.headers.accept ?? '').includes('text/html');
        const isPortalRoute =
          path === '/portal' || (path.startsWith('/portal/') && !/\.[a-z0-9]+$/i.test(path));
        if (wantsHtml && isPortalRoute) {
          req.url = '/portal.html';
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  base: '/',
  plugins: [react(), portalFallback()],
  build: {
    outDir: fileURLToPath(new URL('./dist/web/', import.meta.url)),
    emptyOutDir: true,
    assetsDir: 'assets',
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      input: {
        index: fileURLToPath(new URL('./src/web/index.html', import.meta.url)),
        portal: fileURLToPath(new URL('./src/web/portal.html', import.meta.url)),
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/healthz': 'http://localhost:3000',
    },
  },
});
