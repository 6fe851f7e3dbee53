// Size budgets: `npm run size`. Each entry bundles what a publisher's production
// bundler would keep for that import (esbuild, minified, `process.env.NODE_ENV`
// set to "production" so development warnings drop out, as webpack, Vite and
// Next.js do), with the peers react, react-dom and styled-components left out:
// the publisher pays for those once whatever components they use. Limits sit a
// little (about 4%) above the figures measured when they were set (README,
// "Size"); raise one only with a reason in the commit. 2026-12-07: every component
// +0.3 kB for StylesheetScope (decision 0029), and the prose media rules and the
// date parser of the WordPress fixes. Issue 22 item 6: the prose table rules (about
// 0.1 kB for each component with prose), the citation mark's 24 px target.
// Issue 22 items 1-5 (decisions 0033, 0034): the help lines grouped by
// country with the reader's first (+0.3 kB to CrisisSupport and MedicalDisclaimer), the crisis word lists, grid and
// reordered dates in Article (+0.7 kB), the emergency card's shapes (Callout), and their rules in styles.css.
// Sizes are gzip (the and the benchmark's measure; size-limit's default
// is brotli, about 10% smaller); 1 kB = 1000 bytes.
const peers = ['react', 'react-dom', 'styled-components'];
// tsup's ESM output keeps bare imports of shared chunks that esbuild drops under
// "sideEffects": false, and warns about each one: silence that warning only.
const modifyEsbuildConfig = (config) => ({
  ...config,
  define: { ...config.define, 'process.env.NODE_ENV': '"production"' },
  logOverride: { 'ignored-bare-import': 'silent' },
});
const entry = (name, path, importSpec, limit) => ({
  name,
  path,
  import: importSpec,
  ignore: peers,
  gzip: true,
  modifyEsbuildConfig,
  ...(limit ? { limit } : {}),
});

export default [
  entry('medprose (everything)', 'dist/index.js', '*', '36.6 kB'),
  entry('ArticleHero alone', 'dist/ArticleHero.js', '{ ArticleHero }', '5.05 kB'),
  entry('ArticleSection alone', 'dist/ArticleSection.js', '{ ArticleSection }', '3 kB'),
  entry('RelatedPosts alone', 'dist/RelatedPosts.js', '{ RelatedPosts }', '4.56 kB'),
  entry('MedicalDisclaimer alone', 'dist/MedicalDisclaimer.js', '{ MedicalDisclaimer }', '5.37 kB'),
  entry('ReviewByline alone', 'dist/ReviewByline.js', '{ ReviewByline }', '3.11 kB'),
  entry('FaqAccordion alone', 'dist/FaqAccordion.js', '{ FaqAccordion }', '13.4 kB'),
  // The FAQ islands for static hosts (Astro): FaqAccordion's code plus hydrateRoot's call, react-dom left out.
  entry('medprose/islands', 'dist/islands.js', '{ hydrateIslands }', '14.2 kB'),
  entry('TableOfContents alone', 'dist/TableOfContents.js', '{ TableOfContents }', '3.34 kB'),
  entry('KeyTakeaways alone', 'dist/KeyTakeaways.js', '{ KeyTakeaways }', '2.3 kB'),
  entry('Callout alone', 'dist/Callout.js', '{ Callout }', '3.3 kB'),
  entry('References alone', 'dist/References.js', '{ References }', '4.1 kB'),
  entry('Cite alone', 'dist/Cite.js', '{ Cite }', '1.88 kB'),
  entry('CrisisSupport alone', 'dist/CrisisSupport.js', '{ CrisisSupport }', '4.34 kB'),
  entry('PhoneLink alone', 'dist/PhoneLink.js', '{ PhoneLink }', '940 B'),
  entry('JsonLd alone', 'dist/JsonLd.js', '{ JsonLd }', '270 B'),
  entry('Article alone', 'dist/Article.js', '{ Article }', '31.9 kB'),
  // The stylesheet (decision 0029), as the browser downloads it once and caches it.
  { name: 'medprose/styles.css', path: 'dist/styles.css', gzip: true, limit: '6.8 kB' },
  // Server-only (parser and sanitiser): never in a client bundle, so reported, not budgeted.
  entry('medprose/content (server-only)', 'dist/content.js', '{ articleFromWordPress }', undefined),
  // Not ours: the floor under FaqAccordion. Reported, not budgeted.
  entry('floor: @radix-ui/react-accordion alone', 'node_modules/@radix-ui/react-accordion/dist/index.mjs', '*', undefined),
];
