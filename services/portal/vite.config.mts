import react from '@vitejs/plugin-react';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const here = dirname(fileURLToPath(import.meta.url));

// The portal's build (npm run build → services/portal/dist) and its component tests (Vitest, jsdom).
export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: resolve(here, 'dist'),
    chunkSizeWarningLimit: 700,
    emptyOutDir: true,
    // No inline scripts or data-URI modules: the Content-Security-Policy allows scripts from 'self' only.
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: { main: resolve(here, 'index.html'), silentRenew: resolve(here, 'silent-renew.html') },
    },
  },
  server: { port: 3000, strictPort: true },
  test: {
    environment: 'jsdom',
    testTimeout: 30_000,
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: [resolve(here, 'src/test-setup.ts')],
  },
});
