import path from 'node:path';
import { build } from 'vite';

export const clientOutDir = path.resolve('node_modules/.cache/medprose-browser-tests');

/**
 * Bundles the hydration entry once per run (Vitest global setup). A development
 * build, so React reports hydration mismatches in full.
 */
export default async function buildClient() {
  await build({
    configFile: false,
    logLevel: 'error',
    mode: 'development',
    define: { 'process.env.NODE_ENV': JSON.stringify('development') },
    build: {
      outDir: clientOutDir,
      emptyOutDir: true,
      minify: false,
      sourcemap: false,
      rollupOptions: {
        input: path.resolve('tests/browser/harness/client.tsx'),
        output: { entryFileNames: 'client.js', format: 'es' },
      },
    },
  });
}
