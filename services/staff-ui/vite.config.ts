import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The platform serves dist/ at / (libs/http staff-ui serving); `npm run dev` proxies the API to a running platform.
export default defineConfig({
  plugins: [react()],
  build: { outDir: 'dist', emptyOutDir: true, sourcemap: true, chunkSizeWarningLimit: 2000 },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000', '/health': 'http://127.0.0.1:3000', '/config.json': 'http://127.0.0.1:3000' },
  },
  test: {
    // Logic runs in Node (fast); files that render or use browser storage ask for jsdom in their first line.
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}'],
    setupFiles: ['src/test-setup.ts'],
    // CI shares 2 cores with Jest's workers: rendering and typing can take seconds there. Limits
    // wide enough for a loaded machine, so a test fails on what it checks, never on the clock.
    testTimeout: 30_000,
  },
});
