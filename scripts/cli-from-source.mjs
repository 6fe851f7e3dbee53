// The `medprose` command from the sources, for a checkout of the repository (bin/medprose.mjs calls it when src/ is
// there): esbuild bundles src/cli/medprose.ts and the converter it loads for HTML input (src/content) into
// node_modules/.cache/medprose-cli/, once per state of src/, so the command needs no `npm run build` and never runs
// a stale one. The packages stay external: they resolve from the repository's node_modules.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const cacheRoot = path.join(root, 'node_modules', '.cache', 'medprose-cli');

/** The newest modification time under `dir`: the sources' state, which names the bundle built from it. */
function newest(dir) {
  let time = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    time = Math.max(time, entry.isDirectory() ? newest(file) : fs.statSync(file).mtimeMs);
  }
  return time;
}

async function bundle(outdir) {
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    throw new Error(
      'Running medprose from a checkout needs its dev dependencies: run `npm install` first (or `npm run build` and `node dist/cli.js`).',
    );
  }
  await esbuild.build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli/medprose.ts', content: 'src/content/index.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
}

/** The command's module (`main`) built from the sources, and the options that point it at the converter built beside it. */
export async function cliFromSource() {
  const stamp = String(Math.floor(Math.max(newest(path.join(root, 'src')), fs.statSync(fileURLToPath(import.meta.url)).mtimeMs)));
  const outdir = path.join(cacheRoot, stamp);
  if (!fs.existsSync(path.join(outdir, 'cli.js'))) {
    fs.mkdirSync(cacheRoot, { recursive: true });
    // Built aside and renamed into place, so two commands started at once never read a half-written bundle.
    const building = fs.mkdtempSync(path.join(cacheRoot, `${stamp}-`));
    await bundle(building);
    try {
      fs.renameSync(building, outdir);
    } catch {
      fs.rmSync(building, { recursive: true, force: true }); // another command built the same state first
    }
    for (const old of fs.readdirSync(cacheRoot)) {
      if (old !== stamp && !old.startsWith(`${stamp}-`)) fs.rmSync(path.join(cacheRoot, old), { recursive: true, force: true });
    }
  }
  const cli = await import(pathToFileURL(path.join(outdir, 'cli.js')).href);
  return { main: cli.main, options: { loadContent: cli.contentLoader(pathToFileURL(path.join(outdir, 'content.js')).href) } };
}
