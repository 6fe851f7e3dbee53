import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { buildTimeStyles, sharedPeerImports } from './scripts/buildTimeStyles';

/**
 * Client modules: each becomes its own file starting with 'use client', and the
 * server-safe files import that file instead of inlining it, so the directive
 * marks the boundary in a React Server Components bundler.
 * See docs/decisions/0002-build-one-entry-per-component.md.
 */
const clientEntries = {
  FaqAccordion: 'src/components/FaqAccordion/index.ts',
  ResilientImage: 'src/internal/image/ResilientImage.tsx',
  TableOfContentsEnhancer: 'src/components/TableOfContents/TableOfContentsEnhancer.tsx',
  // Around every component in the browser: skips injecting the rules styles.css holds (decision 0029).
  StylesheetScope: 'src/internal/stylesheet/StylesheetScope.tsx',
  // Browser-only: hydrates FAQ islands in hosts that render React to static HTML (decision 0031).
  islands: 'src/islands/index.ts',
} as const;

/** Server-safe entries: the root and one per component, for tree-shaking. */
const serverEntries = {
  index: 'src/index.ts',
  ArticleHero: 'src/components/ArticleHero/index.ts',
  ArticleSection: 'src/components/ArticleSection/index.ts',
  RelatedPosts: 'src/components/RelatedPosts/index.ts',
  MedicalDisclaimer: 'src/components/MedicalDisclaimer/index.ts',
  ReviewByline: 'src/components/ReviewByline/index.ts',
  TableOfContents: 'src/components/TableOfContents/index.ts',
  KeyTakeaways: 'src/components/KeyTakeaways/index.ts',
  Callout: 'src/components/Callout/index.ts',
  References: 'src/components/References/index.ts',
  Cite: 'src/components/Cite/index.ts',
  Article: 'src/components/Article/index.ts',
  CrisisSupport: 'src/components/CrisisSupport/index.ts',
  PhoneLink: 'src/components/PhoneLink/index.ts',
  JsonLd: 'src/components/JsonLd/index.ts',
  tokens: 'src/tokens/index.ts',
  // Data and pure functions, no React: usable in a route handler or a build script.
  helplines: 'src/helplines/index.ts',
  'structured-data': 'src/structured-data/index.ts',
  // The editorial check: server and build time only (react-dom/server, unified, retext).
  audit: 'src/audit/index.ts',
  // Server-only: CMS content to ArticleData (parser and sanitiser); never imported by a client module.
  content: 'src/content/index.ts',
};

const clientFiles = new Map(
  Object.entries(clientEntries).map(([name, file]) => [path.resolve(file).replace(/(\/index)?\.tsx?$/, ''), name]),
);

/** Rewrites imports of client modules to their built files, kept external. */
function externalClientModules(extension: '.js' | '.cjs'): Plugin {
  return {
    name: 'medprose-external-client-modules',
    setup(build) {
      build.onResolve({ filter: /^\.\.?\// }, (args) => {
        if (args.kind === 'entry-point') return undefined;
        const name = clientFiles.get(path.resolve(args.resolveDir, args.path).replace(/\/index$/, ''));
        return name ? { path: `./${name}${extension}`, external: true } : undefined;
      });
    },
  };
}

const shared: Options = {
  outDir: 'dist',
  target: 'es2020',
  sourcemap: false,
  dts: true,
  // The content entry's parser and sanitiser stay dependencies (ESM-only; Node >= 20.19 can require() them).
  external: [
    'react',
    'react-dom',
    'react-dom/client',
    'styled-components',
    '@radix-ui/react-accordion',
    'schema-dts',
    /^hast-util-/,
    /^mdast-util-/,
    /^micromark-/,
    'parse5',
    'hastscript',
  ],
};

/**
 * 'use client' as the first line of each client entry's ESM file. The ESM build
 * puts server and client entries in one build so they share chunks (before, each
 * client file carried its own copy of the prose styles, the warning helper and the
 * image placeholder: about 1.1 kB gzip twice on the sample page). The shared
 * chunks hold no directive; a React Server Components bundler follows the
 * client file's imports into them as client code.
 */
const useClientOnClientEntries: NonNullable<Options['plugins']>[number] = {
  name: 'medprose-use-client',
  renderChunk(code, chunk) {
    const name = path.basename(chunk.path).replace(/\.js$/, '');
    if (!(name in clientEntries)) return undefined;
    return { code: `'use client';\n${code.replace(/^(['"])use client\1;?\n/, '')}` };
  },
};

export default defineConfig([
  // ESM: code splitting shares tokens and helpers between entries, client entries included. `locale` is not
  // exported: as an entry of its own it puts every component's words in chunks apart from that component's
  // styled code, so `en` and `defineLocale` (whose base is `en`) no longer pull in every component's styles
  // (decision 0019).
  {
    ...shared,
    entry: { ...serverEntries, locale: 'src/locale/index.ts', ...clientEntries },
    format: 'esm',
    splitting: true,
    dts: { entry: { ...serverEntries, FaqAccordion: clientEntries.FaqAccordion, islands: clientEntries.islands } },
    esbuildPlugins: [externalClientModules('.js'), buildTimeStyles, sharedPeerImports],
    plugins: [useClientOnClientEntries],
  },
  // CJS: no splitting (tsup's CJS chunks misplace directives); each entry is self-contained.
  {
    ...shared,
    entry: serverEntries,
    format: 'cjs',
    splitting: false,
    esbuildPlugins: [externalClientModules('.cjs'), buildTimeStyles, sharedPeerImports],
  },
  {
    ...shared,
    entry: clientEntries,
    format: 'cjs',
    splitting: false,
    dts: { entry: { FaqAccordion: clientEntries.FaqAccordion, islands: clientEntries.islands } },
    esbuildPlugins: [buildTimeStyles, sharedPeerImports],
    banner: { js: "'use client';" },
  },
  // The `medprose` command (package.json `bin`): one ESM file for Node; its packages stay external.
  {
    ...shared,
    entry: { cli: 'src/cli/medprose.ts' },
    format: 'esm',
    platform: 'node',
    target: 'node20',
    splitting: false,
    dts: false,
    banner: { js: '#!/usr/bin/env node' },
  },
]);
