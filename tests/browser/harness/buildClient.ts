import fs from 'node:fs';
import path from 'node:path';
import { build } from 'vite';
// @ts-expect-error: a plain ES module script without types.
import { buildStylesheet } from '../../../scripts/build-stylesheet.mjs';

export const clientOutDir = path.resolve('node_modules/.cache/medprose-browser-tests');

/**
 * Bundles the hydration entry once per run (Vitest global setup). A development
 * build, so React reports hydration mismatches in full. Also writes
 * `styles.css`, built from the sources exactly as `npm run build` builds
 * `medprose/styles.css`.
 */
export default async function buildClient() {
  const css: string = await buildStylesheet();
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
        // client.js hydrates a whole page; islands.js only calls hydrateIslands() (a static host's page).
        input: {
          client: path.resolve('tests/browser/harness/client.tsx'),
          islands: path.resolve('tests/browser/harness/islandsClient.ts'),
        },
        output: { entryFileNames: '[name].js', chunkFileNames: 'chunk-[hash].js', format: 'es' },
      },
    },
  });
  fs.writeFileSync(path.join(clientOutDir, 'styles.css'), css);
}
