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

export default defineConfig({
  plugins: [react()],
  resolve: {
    alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) },
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
