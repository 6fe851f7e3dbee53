// Writes dist/styles.css (`medprose/styles.css`): every component's CSS under its
// parts' stable class names (decision 0010's `mp-<Component>-<Part>`), and the
// tokens' custom properties. The CSS is what styled-components itself compiles
// from the components' own templates, with dist's build-time styles applied
// (scripts/buildTimeStyles.ts), so the file and the runtime never disagree.
// Run after tsup (`npm run build`). See docs/decisions/0029.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { loadBuildTimeStyles } from './loadBuildTimeStyles.mjs';
import { gzipSync } from 'node:zlib';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const srcDir = path.join(root, 'src');
// Inside the repository, so the bundles resolve react, styled-components and typescript from its node_modules.
const scratch = path.join(root, 'node_modules', '.cache', 'medprose-stylesheet');

/** Every styled part's id, as written in the sources. */
function styledSources() {
  const files = [];
  const ids = new Set();
  const visit = (dir) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const file = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(file);
      else if (/\.tsx?$/.test(entry.name)) {
        const text = fs.readFileSync(file, 'utf8');
        const found = [...text.matchAll(/componentId: '([^']+)'/g)].map((match) => match[1]);
        if (found.length > 0) {
          files.push(file);
          for (const id of found) ids.add(id);
        }
      }
    }
  };
  visit(srcDir);
  return { files: files.sort(), ids };
}

async function renderStyledParts(files) {
  const { buildTimeStyles, sharedPeerImports } = await loadBuildTimeStyles(scratch);
  // The root entry first, so styled-components numbers the parts in the order a full import does. The render
  // happens inside the bundle, so the parts and the sheet share one copy of styled-components (a test runner's
  // module loader would otherwise give the script its own).
  const contents = [
    `import ${JSON.stringify(path.join(srcDir, 'index.ts'))};`,
    `import { createElement, Fragment } from 'react';`,
    `import { renderToString } from 'react-dom/server';`,
    `import { ServerStyleSheet } from 'styled-components';`,
    `import { defaultTokenValues, TOKEN_PREFIX } from ${JSON.stringify(path.join(srcDir, 'tokens/tokens.ts'))};`,
    `import { STYLESHEET_PROPERTY, STYLESHEET_VERSION } from ${JSON.stringify(path.join(srcDir, 'internal/stylesheet/version.ts'))};`,
    ...files.map((file, index) => `import * as m${index} from ${JSON.stringify(file)};`),
    `const modules = [${files.map((_, index) => `m${index}`).join(', ')}];`,
    `export function collect() {`,
    `  const parts = new Map();`,
    `  for (const module of modules) for (const value of Object.values(module)) {`,
    `    if (value && typeof value.styledComponentId === 'string') parts.set(value.styledComponentId, value);`,
    `  }`,
    // Every part once, as a plain div: the CSS is static, so no prop changes it.
    `  const sheet = new ServerStyleSheet();`,
    `  try {`,
    `    renderToString(sheet.collectStyles(createElement(Fragment, null, ...[...parts.values()].map((Part, key) => createElement(Part, { as: 'div', key })))));`,
    `    return { defaultTokenValues, TOKEN_PREFIX, STYLESHEET_PROPERTY, STYLESHEET_VERSION, ids: [...parts.keys()], text: sheet.getStyleTags().replace(/^<style[^>]*>/, '').replace(/<\\/style>\\s*$/, '') };`,
    `  } finally {`,
    `    sheet.seal();`,
    `  }`,
    `}`,
  ].join('\n');
  const outfile = path.join(scratch, 'styled.mjs');
  // The plugins read `src` relative to the working directory, as tsup runs them.
  const cwd = process.cwd();
  process.chdir(root);
  try {
    await build({
      stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: 'styled-parts.ts' },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      packages: 'external',
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
      plugins: [buildTimeStyles, sharedPeerImports],
      logLevel: 'error',
    });
  } finally {
    process.chdir(cwd);
  }
  return (await import(pathToFileURL(outfile).href)).collect();
}

/**
 * styled-components' server output, `rules…/*!sc*\/ data-styled.gN[id="ID"]{content:"name,"}/*!sc*\/`,
 * as one block of rules per part, in the runtime's order, with the generated name replaced by the id.
 */
export function stableRules(sheetText) {
  const parts = [];
  let rules = [];
  for (const line of sheetText.split('/*!sc*/\n')) {
    if (line.trim() === '') continue;
    const marker = /^data-styled\.g\d+\[id="([^"]+)"\]\{content:"([^"]*)"\}$/.exec(line);
    if (!marker) {
      rules.push(line);
      continue;
    }
    const [, id, content] = marker;
    const names = content.split(',').filter(Boolean);
    if (names.length > 1) {
      throw new Error(
        `${id} compiles to ${names.length} different rule sets: its CSS depends on props. Use a selector instead (decision 0024).`,
      );
    }
    if (names.length === 1 && rules.length > 0) {
      const name = names[0].replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const generated = new RegExp(`\\.${name}(?![\\w-])`, 'g');
      parts.push({ id, css: rules.map((rule) => rule.replace(generated, `.${id}`)).join('') });
    }
    rules = [];
  }
  if (rules.length > 0) throw new Error(`rules without a styled part: ${rules.join('').slice(0, 200)}`);
  return parts;
}

/** Builds the stylesheet from the sources; returns its text. `npm run build` writes it to dist/styles.css. */
export async function buildStylesheet() {
  fs.rmSync(scratch, { recursive: true, force: true });
  fs.mkdirSync(scratch, { recursive: true });
  const { files, ids } = styledSources();
  const { ids: exported, text, defaultTokenValues, TOKEN_PREFIX, STYLESHEET_PROPERTY, STYLESHEET_VERSION } = await renderStyledParts(files);
  const missing = [...ids].filter((id) => !exported.includes(id));
  if (missing.length > 0) throw new Error(`styled parts not exported from their module, so not in styles.css: ${missing.join(', ')}`);
  try {
    const blocks = stableRules(text);
    const covered = new Set(blocks.map((block) => block.id));
    const unstyled = [...ids].filter((id) => !covered.has(id));
    if (unstyled.length > 0) throw new Error(`no CSS came out for: ${unstyled.join(', ')}`);

    const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
    // :where() gives the defaults no specificity: a publisher's `:root { --mp-… }` or a theme scope always wins.
    // --mp-stylesheet tells the components in the browser that this release's rules are on the page (StylesheetScope).
    const tokens = `:where(:root){${STYLESHEET_PROPERTY}:${JSON.stringify(STYLESHEET_VERSION)};${Object.entries(defaultTokenValues)
      .map(([name, value]) => `${TOKEN_PREFIX}${name}:${value}`)
      .join(';')}}`;
    return [
      `/*! medprose ${pkg.version} styles.css: generated from the components (decision 0029) */`,
      tokens,
      ...blocks.map((block) => block.css),
      '',
    ].join('\n');
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  buildStylesheet()
    .then((css) => {
      fs.writeFileSync(path.join(root, 'dist', 'styles.css'), css);
      const parts = css.split('\n').length - 3;
      console.log(
        `dist/styles.css: ${parts} parts, ${(css.length / 1000).toFixed(1)} kB, ${(gzipSync(css).length / 1000).toFixed(2)} kB gzip`,
      );
    })
    .catch((error) => {
      console.error(`build-stylesheet: ${error.message}`);
      process.exit(1);
    });
}
