import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

/** The renderer: built into dist-renderer/, loaded by the desktop window (app://) and the bridge. */
export default defineConfig({
  root: 'renderer',
  base: './',
  plugins: [react()],
  build: {
    outDir: '../dist-renderer',
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
  },
  logLevel: 'warn',
});
