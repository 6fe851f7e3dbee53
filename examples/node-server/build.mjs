// Two esbuild bundles, no configuration beyond this file: the browser's
// (src/client.tsx, which hydrates the page) and the server's (src/server.tsx,
// with every package left to node_modules, as Node would load it).
import { build } from 'esbuild';

const production = { 'process.env.NODE_ENV': '"production"' };

await build({
  entryPoints: ['src/client.tsx'],
  outfile: 'dist/client.js',
  bundle: true,
  format: 'esm',
  minify: true,
  define: production,
  logLevel: 'warning',
});
await build({
  entryPoints: ['src/server.tsx'],
  outfile: 'dist/server.js',
  bundle: true,
  platform: 'node',
  format: 'esm',
  packages: 'external',
  logLevel: 'warning',
});
