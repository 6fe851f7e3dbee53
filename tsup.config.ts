import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { defineConfig, type Options } from 'tsup';
import { markStyledDefinitionsPure, minifyStyledTemplates } from './scripts/styledCss';
import { tokens as tokenRefs } from './src/tokens/tokens';

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

/**
 * Writes each `tokens['name']` / `tokens.name` in the components' styles as the
 * string it stands for (`'var(--mp-space-4, 1rem)'`), and drops the import, so
 * a component's file no longer carries the whole token table (about 0.5 kB gzip
 * per component). The CSS, and so every class name hash, is the same string as
 * before: styled-components joins interpolated strings. `tokens` itself is still
 * exported for publishers. See docs/decisions/0019.
 */
function inlineTokens(source: string, file: string): string {
  const importLine = /^import \{ tokens \} from '(?:\.\.\/)+tokens\/tokens';\n/m;
  if (!importLine.test(source)) return source;
  let unknown: string | undefined;
  const inlined = source.replace(/\btokens(?:\['([\w-]+)'\]|\.([A-Za-z]\w*))/g, (whole, quoted: string, dotted: string) => {
    const name = (quoted ?? dotted) as keyof typeof tokenRefs;
    if (!(name in tokenRefs)) unknown = name;
    return JSON.stringify(tokenRefs[name]);
  });
  if (unknown !== undefined) throw new Error(`${file}: unknown token "${unknown}"`);
  // Any other use of `tokens` (passed around, indexed by a variable) keeps the import.
  return /\btokens\b/.test(inlined.replace(importLine, '')) ? inlined : inlined.replace(importLine, '');
}

/**
 * The styles as a publisher's bundle should carry them: tokens inlined, then each
 * styled-components template's CSS minified with the inlined tokens folded into
 * its text (scripts/styledCss.ts, decision 0021), and each top-level definition
 * marked pure so bundlers drop the ones an import never uses (decision 0023).
 * Sources keep readable CSS.
 */
const buildTimeStyles: Plugin = {
  name: 'medprose-build-time-styles',
  setup(build) {
    const tokensDir = path.resolve('src/tokens') + path.sep;
    build.onLoad({ filter: /\/src\/.*\.tsx?$/ }, (args) => {
      if (args.path.startsWith(tokensDir)) return undefined;
      const source = fs.readFileSync(args.path, 'utf8');
      const withTokens = inlineTokens(source, args.path);
      const styled = /from 'styled-components'/.test(withTokens)
        ? markStyledDefinitionsPure(minifyStyledTemplates(withTokens, args.path), args.path)
        : withTokens;
      const contents = viaSharedPeers(styled);
      if (contents === source) return undefined;
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};

/**
 * The peers' names medprose imports, each peer through one module: every built
 * chunk then imports `jsx` or `styled` from that module, not from the peer, and
 * a publisher's bundle has one import of each peer instead of one per source
 * module (esbuild keeps an import statement per module: 17 in ArticleHero alone,
 * about 0.15 kB gzip). A name missing here fails the build ("No matching export").
 * `react` itself is left alone: its hooks must not reach server components'
 * imports (scripts/check-react-server.mjs). See docs/decisions/0023.
 */
const peerExports: Record<string, string[]> = {
  'react/jsx-runtime': ['Fragment', 'jsx', 'jsxs'],
  'styled-components': ['css', 'styled'],
};

const PEER_PREFIX = 'medprose-peer:';

/** Resolves `medprose-peer:NAME` (written by `viaSharedPeers` and by the JSX import source) to one module per peer. */
const sharedPeerImports: Plugin = {
  name: 'medprose-shared-peer-imports',
  setup(build) {
    build.initialOptions.jsxImportSource = `${PEER_PREFIX}react`;
    build.onResolve({ filter: new RegExp(`^${PEER_PREFIX}`) }, (args) => ({ path: args.path.slice(PEER_PREFIX.length), namespace: 'medprose-peer' }));
    build.onLoad({ filter: /.*/, namespace: 'medprose-peer' }, (args) => {
      const names = peerExports[args.path];
      if (!names) throw new Error(`${args.path} is not a peer routed through one module (peerExports)`);
      // tsup's own plugin keeps the peer itself external.
      return { contents: `export { ${names.join(', ')} } from '${args.path}';`, loader: 'js', resolveDir: process.cwd() };
    });
  },
};

/**
 * A source file's imports of the routed peers → their shared modules (`sharedPeerImports`): `styled-components`,
 * and `Fragment` from `react` (the same object the JSX runtime exports) so keyed fragments add no import either.
 */
function viaSharedPeers(source: string): string {
  return source
    .replace(/ from 'styled-components';/g, ` from '${PEER_PREFIX}styled-components';`)
    .replace(/^import \{([^}]*)\} from 'react';$/gm, (whole, names: string) => {
      const rest = names.split(',').map((name) => name.trim()).filter((name) => name !== '' && name !== 'Fragment');
      if (rest.length === names.split(',').filter((name) => name.trim() !== '').length) return whole;
      const fragment = `import { Fragment } from '${PEER_PREFIX}react/jsx-runtime';`;
      if (rest.length === 0) return fragment;
      // Only types left: `import type`, or the import would stay behind as a bare `import 'react'`.
      const typesOnly = rest.every((name) => name.startsWith('type '));
      const kept = typesOnly ? `import type { ${rest.map((name) => name.slice(5)).join(', ')} } from 'react';` : `import { ${rest.join(', ')} } from 'react';`;
      return `${kept}\n${fragment}`;
    });
}

const shared: Options = {
  outDir: 'dist',
  target: 'es2020',
  sourcemap: false,
  dts: true,
  // The content entry's parser and sanitiser stay dependencies (ESM-only; Node >= 20.19 can require() them).
  external: ['react', 'react-dom', 'styled-components', '@radix-ui/react-accordion', 'schema-dts', /^hast-util-/, /^mdast-util-/, /^micromark-/, 'parse5', 'hastscript'],
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
    dts: { entry: { ...serverEntries, FaqAccordion: clientEntries.FaqAccordion } },
    esbuildPlugins: [externalClientModules('.js'), buildTimeStyles, sharedPeerImports],
    plugins: [useClientOnClientEntries],
  },
  // CJS: no splitting (tsup's CJS chunks misplace directives); each entry is self-contained.
  { ...shared, entry: serverEntries, format: 'cjs', splitting: false, esbuildPlugins: [externalClientModules('.cjs'), buildTimeStyles, sharedPeerImports] },
  {
    ...shared,
    entry: clientEntries,
    format: 'cjs',
    splitting: false,
    dts: { entry: { FaqAccordion: clientEntries.FaqAccordion } },
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
