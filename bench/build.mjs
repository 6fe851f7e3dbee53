// esbuild builds shared by run.mjs and profile.mjs: the sample page (and the
// floor) for Node, and hydration bundles for the browser, all in production mode
// and with dist's build-time styles.
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadBuildTimeStyles } from '../scripts/loadBuildTimeStyles.mjs';

export const benchDir = path.dirname(fileURLToPath(import.meta.url));
export const outDir = path.join(benchDir, '.out');

// The build-time styles pass that tsup applies to dist (scripts/buildTimeStyles.ts), so
// what the benchmark bundles from src carries the CSS a publisher's bundle does.
const { buildTimeStyles, sharedPeerImports } = await loadBuildTimeStyles(outDir);
/** The dist build's source plugins, for every bundle of src the benchmark makes. */
const plugins = [buildTimeStyles, sharedPeerImports];

const base = {
  bundle: true,
  logLevel: 'error',
  jsx: 'automatic',
  define: { 'process.env.NODE_ENV': '"production"' },
  plugins,
};

/**
 * medprose's styled-components replaced by bench/zeroRuntime.mjs: the zero-runtime probe's build (decision 0029).
 * Only medprose's own imports (routed through the shared peer module, decision 0023): the sample page's own two
 * styled parts stay styled-components, as a publisher's own would.
 */
const zeroRuntime = {
  name: 'medprose-bench-zero-runtime',
  setup(pluginBuild) {
    pluginBuild.onResolve({ filter: /^styled-components$/, namespace: 'medprose-peer' }, () => ({
      path: path.join(benchDir, 'zeroRuntime.mjs'),
    }));
  },
};
const withRuntime = (runtime) => (runtime === 'zero' ? { ...base, plugins: [zeroRuntime, ...plugins] } : base);

/**
 * Bundles `entry` (a .tsx file) for Node with the packages left external, and imports it.
 * `runtime: 'zero'` bundles the zero-runtime probe instead of styled-components.
 */
export async function importForNode(entry, name, { sourcemap = false, runtime = 'styled-components' } = {}) {
  const outfile = path.join(outDir, `${name}.mjs`);
  await build({ ...withRuntime(runtime), entryPoints: [entry], outfile, platform: 'node', format: 'esm', packages: 'external', sourcemap });
  return { module: await import(`${pathToFileURL(outfile).href}?${Date.now()}`), outfile };
}

/**
 * A browser bundle that hydrates `<Component />` when the page calls `window.__hydrate()`.
 * `prelude`: statements run first, after the imports (hydration-split.mjs warms the code with it).
 */
export async function hydrationBundle(
  importLine,
  component,
  { minify = true, sourcemap = false, prelude = '', runtime = 'styled-components' } = {},
) {
  const result = await build({
    ...withRuntime(runtime),
    stdin: {
      contents: `import { timeHydration } from './hydrate';\n${importLine}\n${prelude}\ntimeHydration(<${component} />);\n`,
      loader: 'tsx',
      resolveDir: benchDir,
      sourcefile: `${component}.entry.tsx`,
    },
    platform: 'browser',
    format: 'esm',
    minify,
    sourcemap: sourcemap ? 'inline' : false,
    // Before any module of the bundle runs (bench/hydrate.tsx measures evaluation from here).
    banner: { js: 'window.__bundleStart = performance.now();' },
    write: false,
  });
  return result.outputFiles[0].text;
}

/** The HTML document the browser measurements load: server HTML in #root, styles in <head>. */
export function pageHtml({ head = '', html, script }) {
  return (
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>medprose bench</title>${head}</head>` +
    `<body><div id="root">${html}</div><script type="module" src="${script}"></script></body></html>`
  );
}
