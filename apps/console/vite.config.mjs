// The console's browser bundle: `vite build` writes it to dist/console (the gateway builds it on start).
import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

export default defineConfig({
  root: fileURLToPath(new URL('./web', import.meta.url)),
  plugins: [react()],
  // The contracts' value sets and their Chinese terms (pure TypeScript, no framework).
  resolve: {
    alias: {
      '@xuncha/contracts/vocabulary': fileURLToPath(
        new URL('../../libs/contracts/src/vocabulary.ts', import.meta.url),
      ),
    },
  },
  build: {
    outDir: fileURLToPath(new URL('../../dist/console', import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 1200,
  },
});
