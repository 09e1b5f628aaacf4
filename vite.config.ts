import preact from '@preact/preset-vite';
import { defineConfig } from 'vite';

/**
 * Three pages, three bundles: a phone downloads only the participant page and the views of
 * the activities it shows. `npm run dev:client` proxies the API to a server on port 3000.
 */
export default defineConfig({
  root: 'src/client',
  plugins: [preact()],
  build: {
    outDir: '../../dist/client',
    emptyOutDir: true,
    target: 'es2020',
    sourcemap: true,
    manifest: true,
    rollupOptions: {
      input: {
        participant: 'src/client/participant.html',
        projector: 'src/client/projector.html',
        console: 'src/client/console.html',
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
      '/j': 'http://localhost:3000',
      '/socket.io': { target: 'http://localhost:3000', ws: true },
    },
  },
});
