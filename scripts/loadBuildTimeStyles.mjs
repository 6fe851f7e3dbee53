// The build-time styles plugins (scripts/buildTimeStyles.ts, which tsup applies to dist) for a plain Node script:
// compiled once into `outDir` and imported. The benchmark (bench/build.mjs) and the stylesheet build
// (scripts/build-stylesheet.mjs) bundle src through them, so both see the CSS that ships (decisions 0024, 0029).
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const scripts = path.dirname(fileURLToPath(import.meta.url));

/** `{ buildTimeStyles, sharedPeerImports }`, compiled into `outDir` (inside the repository, so packages resolve). */
export async function loadBuildTimeStyles(outDir) {
  const outfile = path.join(outDir, 'buildTimeStyles.mjs');
  await build({
    entryPoints: [path.join(scripts, 'buildTimeStyles.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    logLevel: 'error',
  });
  return import(pathToFileURL(outfile).href);
}
