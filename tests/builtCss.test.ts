// @vitest-environment node
// The build minifies the CSS in every styled-components template (tsup.config.ts,
// scripts/styledCss.ts, decision 0021). A minifier bug would change what readers
// see only in the published files, which the stories and screenshot tests (run
// from src) never load. So: build the package as `npm run build` does, render the
// same pages from the built files and from src, and compare the CSS rules
// styled-components writes, group by group, with only the generated class names
// (hashes of the CSS text, which minifying changes by design) replaced by their
// component id and position.
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { build as tsup } from 'tsup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import config from '../tsup.config';

const root = path.resolve(__dirname, '..');
let dist: string;
let fromSrc: Rendered;
let fromDist: Rendered;

type Rendered = { html: string; css: string }[];

/** Pages that between them use every styled part: the sample page, the full Article, the other variants. */
const pages = `
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { SampleArticlePage } from './stories/fixtures/SampleArticlePage';
import { ketamineArticleData } from './stories/fixtures/ketamineArticleData';
import { Article, Callout, CrisisSupport, KeyTakeaways, MedicalDisclaimer, ReviewByline, en, es } from './src';

const pages = [
  <SampleArticlePage />,
  <SampleArticlePage locale={es} />,
  <Article article={ketamineArticleData} />,
  <>
    <Callout variant="info" heading="Info">Text</Callout>
    <Callout variant="warning">Text</Callout>
    <Callout variant="nonUrgent">Text</Callout>
    <Callout variant="urgent" headingLevel={3} heading="Urgent">Text</Callout>
    <Callout variant="emergency">Text</Callout>
    <CrisisSupport country="GB" />
    <CrisisSupport country={['US', 'ES']} headingLevel={3} />
    <MedicalDisclaimer />
    <MedicalDisclaimer variant="urgent" country="US" />
    <KeyTakeaways items={['One', 'Two']} />
    <ReviewByline locale={en} review={{ reviewer: { name: 'Dr A. Reviewer' }, date: '2026-01-02' }} lastReviewed="2026-01-02" nextReviewDue="2027-01-02" />
  </>,
];

export function render() {
  return pages.map((page) => {
    const sheet = new ServerStyleSheet();
    try {
      const html = renderToString(sheet.collectStyles(page));
      return { html, css: sheet.getStyleTags() };
    } finally {
      sheet.seal();
    }
  });
}
`;

/** `../../src` (and `./src`) → the built root file, so the pages use the package as published. */
const builtPackage: Plugin = {
  name: 'medprose-built-root',
  setup(b) {
    b.onResolve({ filter: /(^|\/)src$/ }, () => ({ path: path.join(dist, 'index.js') }));
  },
};

/** Bundles the pages with their own React and styled-components (CJS for Node), so the two renders share nothing. */
async function renderPages(name: string, plugins: Plugin[]): Promise<Rendered> {
  const outfile = path.join(dist, `${name}.cjs`);
  await build({
    stdin: { contents: pages, loader: 'tsx', resolveDir: root, sourcefile: `${name}.tsx` },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    jsx: 'automatic',
    outfile,
    plugins,
    nodePaths: [path.join(root, 'node_modules')],
    logOverride: { 'module-level-directive': 'silent', 'ignored-bare-import': 'silent' },
    logLevel: 'error',
  });
  return (createRequire(import.meta.url)(outfile) as { render: () => Rendered }).render();
}

type Group = { id: string; rules: string[] };

const GROUP_MARKER = /^data-styled\.g\d+\[id="([^"]+)"\]\{content:"([^"]*)"\}$/gm;

/** Each generated class name in a style tag, with what the comparison writes instead: `<component id>#<n>`. */
function generatedNames(styleTags: string): [name: string, stand: string][] {
  return [...styleTags.replace(/\/\*!sc\*\/\n/g, '\n').matchAll(GROUP_MARKER)].flatMap(([, id = '', content = '']) =>
    content
      .split(',')
      .filter(Boolean)
      .map((name, n): [string, string] => [name, `${id}#${n}`]),
  );
}

/** `text` with every generated class name of `styleTags` replaced by its stand-in. */
const withoutHashes = (text: string, styleTags: string, names = generatedNames(styleTags)) =>
  names.reduce((out, [name, stand]) => out.replace(new RegExp(`\\b${name}\\b`, 'g'), stand), text);

/** The style tag as its groups of rules, each generated class name written as `<component id>#<n>`. */
function groups(styleTags: string): Group[] {
  const text = styleTags.replace(/^<style[^>]*>|<\/style>$/g, '');
  const result: Group[] = [];
  let pending: string[] = [];
  const names = generatedNames(styleTags);
  for (const rule of text.split('/*!sc*/\n').filter(Boolean)) {
    const marker = rule.match(/^data-styled\.g\d+\[id="([^"]+)"\]\{content:"[^"]*"\}$/);
    if (!marker) {
      pending.push(rule);
      continue;
    }
    result.push({ id: marker[1]!, rules: pending.map((css) => withoutHashes(css, styleTags, names)) });
    pending = [];
  }
  expect(pending, 'rules after the last group marker').toEqual([]);
  return result;
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'medprose-builtcss-'));
  fs.writeFileSync(path.join(dist, 'package.json'), JSON.stringify({ type: 'module', sideEffects: false }));
  const builds = (Array.isArray(config) ? config : [config]) as Parameters<typeof tsup>[0][];
  for (const options of builds) {
    const formats = [options.format ?? 'esm'].flat().filter((f) => f === 'esm');
    if (formats.length) await tsup({ ...options, format: formats, outDir: dist, dts: false, silent: true, config: false });
  }
  [fromSrc, fromDist] = await Promise.all([renderPages('from-src', []), renderPages('from-dist', [builtPackage])]);
}, 180_000);
afterAll(() => fs.rmSync(dist, { recursive: true, force: true }));

describe('the built CSS', () => {
  it('is minified in the built files', () => {
    const built = fs
      .readdirSync(dist)
      .filter((file) => file.endsWith('.js'))
      .map((file) => fs.readFileSync(path.join(dist, file), 'utf8'))
      .find((code) => code.includes('mp-ArticleSection-SectionRoot'));
    expect(built).toMatch(/mp-ArticleSection-SectionRoot" ?\}\)`font-family:var\(--mp-font-body, /);
    expect(built).not.toMatch(/\n\s+font-family:/);
  });

  it('gives the same rules from the built files as from src, for every styled part', () => {
    expect(fromDist).toHaveLength(fromSrc.length);
    const ids = new Set<string>();
    fromSrc.forEach((page, i) => {
      const src = groups(page.css);
      const built = groups(fromDist[i]!.css);
      for (const group of src) ids.add(group.id);
      // Same components, same rules in each. (The order of the groups follows the order modules are evaluated
      // in, which differs between src and the built chunks whether or not the CSS is minified.)
      expect(Object.fromEntries(built.map((group) => [group.id, group.rules]))).toEqual(
        Object.fromEntries(src.map((group) => [group.id, group.rules])),
      );
    });
    // Every component's parts took part.
    for (const component of [
      'ArticleHero',
      'ArticleSection',
      'FaqAccordion',
      'RelatedPosts',
      'MedicalDisclaimer',
      'References',
      'TableOfContents',
      'Callout',
      'CrisisSupport',
      'KeyTakeaways',
      'ReviewByline',
    ]) {
      expect(
        [...ids].some((id) => id.startsWith(`mp-${component}-`)),
        component,
      ).toBe(true);
    }
  });

  it('gives the same HTML from the built files as from src, apart from the generated class names', () => {
    fromSrc.forEach((page, i) => {
      const names = (css: string) => groups(css).length;
      expect(names(fromDist[i]!.css)).toBe(names(page.css));
      expect(withoutHashes(fromDist[i]!.html, fromDist[i]!.css)).toBe(withoutHashes(page.html, page.css));
    });
  });
});
