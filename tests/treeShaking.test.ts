// @vitest-environment node
// A publisher who writes `import { X } from 'medprose'` must pay what
// `import { X } from 'medprose/X'` costs, and no more. The package's ESM files
// are built as `npm run build` builds them (tsup.config.ts, without .d.ts) into a
// temporary folder, then every component is bundled both ways (esbuild,
// minified, production, the peers react, react-dom and styled-components left
// external, as a site loads them once anyway) and the minified sizes compared
// (gzip moves with module order alone: the same bytes in another order differed
// by 0.4% for Article; a kept module costs hundreds of bytes either way).
// The built files matter: the sources alone hide what the root file keeps.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { build as tsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config';

const root = path.resolve(__dirname, '..');
const peers = ['react', 'react-dom', 'styled-components'];
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  exports: Record<string, { import?: { default: string } } | string>;
};
const components = Object.keys(pkg.exports)
  .map((key) => key.slice(2))
  .filter((name) => fs.existsSync(path.join(root, 'src/components', name, 'index.ts')));

// Each entry's own size is budgeted by `npm run size` (.size-limit.mjs); this
// test checks only that the root import costs nothing more.
let dist: string;
beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'medprose-treeshake-'));
  // What the published package.json tells bundlers about these files.
  fs.writeFileSync(path.join(dist, 'package.json'), JSON.stringify({ type: 'module', sideEffects: false }));
  const builds = (Array.isArray(config) ? config : [config]) as Parameters<typeof tsup>[0][];
  for (const options of builds) {
    const formats = [options.format ?? 'esm'].flat().filter((f) => f === 'esm');
    if (formats.length) await tsup({ ...options, format: formats, outDir: dist, dts: false, silent: true, config: false });
  }
}, 120_000);
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

/** 'medprose' and 'medprose/X' → the built file package.json's "exports" names. */
const medprose: Plugin = {
  name: 'medprose-built',
  setup(b) {
    b.onResolve({ filter: /^medprose(\/|$)/ }, ({ path: spec }) => {
      const entry = pkg.exports[`.${spec.slice('medprose'.length)}`];
      const file = typeof entry === 'string' ? entry : entry?.import?.default;
      if (!file) throw new Error(`package.json has no export for ${spec}`);
      return { path: path.join(dist, path.relative('dist', file)) };
    });
  },
};

async function sizes(from: string, name: string) {
  const text = await bundled(from, name, 'production');
  return { minified: Buffer.byteLength(text), gzip: gzipSync(text).length };
}

async function bundled(from: string, name: string, mode: 'production' | 'development') {
  const result = await build({
    stdin: { contents: `export { ${name} } from '${from}';`, loader: 'js', resolveDir: root },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'browser',
    target: 'es2020',
    minify: true,
    external: peers.flatMap((peer) => [peer, `${peer}/*`]),
    define: { 'process.env.NODE_ENV': JSON.stringify(mode) },
    plugins: [medprose],
    // The built files sit in a temporary folder: find their dependencies in the project's node_modules.
    nodePaths: [path.join(root, 'node_modules')],
    // 'use client' at the top of client files: meaningful to a server-components bundler, noise here.
    logOverride: { 'module-level-directive': 'silent', 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  return result.outputFiles[0]!.text;
}

describe('tree-shaking', () => {
  it('finds the components to check', () => {
    expect(components).toEqual(expect.arrayContaining(['ArticleHero', 'ArticleSection', 'FaqAccordion', 'Article']));
  });

  it.each(components)('%s costs the same from the root as from its subpath', async (name) => {
    const [fromRoot, fromSubpath] = await Promise.all([sizes('medprose', name), sizes(`medprose/${name}`, name)]);
    // The export statement names the binding differently (a few bytes); a kept module costs hundreds.
    expect(
      fromRoot.minified,
      `medprose: ${fromRoot.minified} B (${fromRoot.gzip} B gzip), medprose/${name}: ${fromSubpath.minified} B (${fromSubpath.gzip} B gzip)`,
    ).toBeLessThanOrEqual(fromSubpath.minified + 16);
  });

  // A development warning's message, one per component that has one: production bundles must drop the call
  // (`if (process.env.NODE_ENV !== 'production') devWarning(…)`), development bundles must keep it.
  it.each([
    ['ArticleSection', 'the section is shown without a heading'],
    ['FaqAccordion', 'no item has the id'],
    ['MedicalDisclaimer', 'is shown only in the'],
    ['References', 'is not a PubMed id'],
    ['ArticleHero', 'every article needs a title'],
  ])('%s: production bundles drop its development warnings', async (name, message) => {
    expect(await bundled(`medprose/${name}`, name, 'development')).toContain(message);
    expect(await bundled(`medprose/${name}`, name, 'production')).not.toContain(message);
  });

  // The help-line table's summaries and sources are for publishers; the components render only the lines.
  it.each(['MedicalDisclaimer', 'CrisisSupport'])('%s: bundles carry the help lines, not their summaries and sources', async (name) => {
    const code = await bundled(`medprose/${name}`, name, 'production');
    expect(code).toContain('988 Suicide & Crisis Lifeline');
    expect(code).not.toContain('https://988lifeline.org/');
    expect(code).not.toContain('Free, confidential support by call or text');
  });

  // Top-level styled definitions are marked pure at build time (scripts/styledCss.ts, decision 0023), so a
  // component carries only the shared styles it uses: the hero uses two of src/internal/text.ts's helpers, not
  // the prose links' `a:visited` rule nor the printed-URL rule.
  it('ArticleHero: production bundles carry only the shared styles it uses', async () => {
    const code = await bundled('medprose/ArticleHero', 'ArticleHero', 'production');
    expect(code).toContain('overflow-wrap:anywhere');
    expect(code).not.toContain('a:visited');
    expect(code).not.toContain("href^='#'");
  });

  // The built files import each peer through one shared module (scripts/buildTimeStyles.ts, sharedPeerImports, decision 0023),
  // so a bundle has one import statement per peer, not one per source module (17 in ArticleHero before).
  it.each(['ArticleHero', 'References', 'MedicalDisclaimer'])(
    '%s: production bundles import styled-components and the JSX runtime once',
    async (name) => {
      const code = await bundled(`medprose/${name}`, name, 'production');
      expect(code.match(/from\s*"styled-components"/g)).toHaveLength(1);
      expect(code.match(/from\s*"react\/jsx-runtime"/g)).toHaveLength(1);
    },
  );

  // Every call, in every component: when none survives, devWarning itself goes, and with it its "[medprose] <" text.
  // A call written without the guard keeps it.
  it.each(components)('%s: production bundles keep no development warning at all', async (name) => {
    expect(await bundled(`medprose/${name}`, name, 'production')).not.toContain('[medprose] <');
  });
});
