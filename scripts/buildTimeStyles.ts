// The sources as a publisher's bundle carries them (decisions 0019, 0021, 0023):
// esbuild plugins that tsup.config.ts applies to dist, and that the benchmark
// (bench/build.mjs) applies to what it bundles from src, so the benchmark
// measures the code and CSS that ship (decision 0024).
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { markStyledDefinitionsPure, minifyStyledTemplates } from './styledCss';
import { tokens as tokenRefs } from '../src/tokens/tokens';

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
 * its text (scripts/styledCss.ts, decision 0021), each top-level definition
 * marked pure so bundlers drop the ones an import never uses, and the peers'
 * imports routed through one module each (decision 0023; with `sharedPeerImports`).
 * Sources keep readable CSS.
 */
export const buildTimeStyles: Plugin = {
  name: 'medprose-build-time-styles',
  setup(build) {
    // medprose's own sources only (run from the repository's root, as npm scripts are).
    const srcDir = path.resolve('src') + path.sep;
    const tokensDir = path.join(srcDir, 'tokens') + path.sep;
    build.onLoad({ filter: /\/src\/.*\.tsx?$/ }, (args) => {
      if (!args.path.startsWith(srcDir) || args.path.startsWith(tokensDir)) return undefined;
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
  'styled-components': ['css', 'styled', 'StyleSheetContext', 'StyleSheetManager'],
};

const PEER_PREFIX = 'medprose-peer:';

/** Resolves `medprose-peer:NAME` (written by `viaSharedPeers` and by the JSX import source) to one module per peer. */
export const sharedPeerImports: Plugin = {
  name: 'medprose-shared-peer-imports',
  setup(build) {
    build.initialOptions.jsxImportSource = `${PEER_PREFIX}react`;
    build.onResolve({ filter: new RegExp(`^${PEER_PREFIX}`) }, (args) => ({
      path: args.path.slice(PEER_PREFIX.length),
      namespace: 'medprose-peer',
    }));
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
      const rest = names
        .split(',')
        .map((name) => name.trim())
        .filter((name) => name !== '' && name !== 'Fragment');
      if (rest.length === names.split(',').filter((name) => name.trim() !== '').length) return whole;
      const fragment = `import { Fragment } from '${PEER_PREFIX}react/jsx-runtime';`;
      if (rest.length === 0) return fragment;
      // Only types left: `import type`, or the import would stay behind as a bare `import 'react'`.
      const typesOnly = rest.every((name) => name.startsWith('type '));
      const kept = typesOnly
        ? `import type { ${rest.map((name) => name.slice(5)).join(', ')} } from 'react';`
        : `import { ${rest.join(', ')} } from 'react';`;
      return `${kept}\n${fragment}`;
    });
}
