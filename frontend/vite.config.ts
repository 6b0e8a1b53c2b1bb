/// <reference types="vitest/config" />
import { fileURLToPath, URL } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The manager API answers /api and the STOMP endpoint /ws; dev server and preview both proxy to it.
const manager = process.env.MOCKAPI_MANAGER_URL ?? 'http://localhost:8000';
const proxy = {
  '/api': { target: manager, changeOrigin: true },
  '/ws': { target: manager, changeOrigin: true, ws: true },
};

// React, React DOM and React Router change rarely and every page needs them: in a chunk of their own they
// stay cached across releases of the app. Pages, and with them CodeMirror and Recharts, load lazily (src/app).
// Only these packages: a manual chunk also takes in the helpers its modules import (clsx, @babel/runtime),
// and a chunk for CodeMirror or Recharts would then be loaded with the first page.
const reactChunk = /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/;

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
  },
  build: {
    rollupOptions: {
      output: {
        manualChunks: (id) => (reactChunk.test(id) ? 'react' : undefined),
      },
    },
  },
  server: { port: 3000, strictPort: true, proxy },
  preview: { port: 3000, strictPort: true, proxy },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/testing/setup-tests.ts'],
    css: false,
  },
});
