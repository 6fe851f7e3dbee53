// The styles as a publisher's bundle carries them (decisions 0019 and 0021): an
// esbuild plugin that tsup.config.ts applies to dist, and that the benchmark
// (bench/build.mjs) applies to what it bundles from src, so the benchmark
// measures the CSS that ships.
import fs from 'node:fs';
import path from 'node:path';
import type { Plugin } from 'esbuild';
import { minifyStyledTemplates } from './styledCss';
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
 * its text (scripts/styledCss.ts, decision 0021). Sources keep readable CSS.
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
      const contents = /from 'styled-components'/.test(withTokens) ? minifyStyledTemplates(withTokens, args.path) : withTokens;
      if (contents === source) return undefined;
      return { contents, loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts' };
    });
  },
};
