// Size budgets: `npm run size`. Each entry bundles what a publisher's bundler
// would keep for that import (esbuild, minified, brotli), with the peers react,
// react-dom and styled-components left out: the publisher pays for those once
// whatever components they use. Limits sit about 10% above the figures measured
// when they were set (README, "Size"); raise one only with a reason in the commit.
// Sizes are brotli-compressed, size-limit's default; 1 kB = 1000 bytes.
const peers = ['react', 'react-dom', 'styled-components'];
// tsup's ESM output keeps bare imports of shared chunks that esbuild drops under
// "sideEffects": false, and warns about each one: silence that warning only.
const modifyEsbuildConfig = (config) => ({ ...config, logOverride: { 'ignored-bare-import': 'silent' } });
const entry = (name, path, importSpec, limit) => ({
  name,
  path,
  import: importSpec,
  ignore: peers,
  modifyEsbuildConfig,
  ...(limit ? { limit } : {}),
});

export default [
  entry('medprose (everything)', 'dist/index.js', '*', '33.4 kB'),
  entry('ArticleHero alone', 'dist/ArticleHero.js', '{ ArticleHero }', '5.4 kB'),
  entry('ArticleSection alone', 'dist/ArticleSection.js', '{ ArticleSection }', '3 kB'),
  entry('FaqAccordion alone', 'dist/FaqAccordion.js', '{ FaqAccordion }', '12.6 kB'),
  entry('RelatedPosts alone', 'dist/RelatedPosts.js', '{ RelatedPosts }', '4.5 kB'),
  entry('MedicalDisclaimer alone', 'dist/MedicalDisclaimer.js', '{ MedicalDisclaimer }', '5.2 kB'),
  entry('ReviewByline alone', 'dist/ReviewByline.js', '{ ReviewByline }', '3.2 kB'),
  entry('TableOfContents alone', 'dist/TableOfContents.js', '{ TableOfContents }', '4.0 kB'),
  entry('KeyTakeaways alone', 'dist/KeyTakeaways.js', '{ KeyTakeaways }', '2.2 kB'),
  entry('Callout alone', 'dist/Callout.js', '{ Callout }', '3.1 kB'),
  entry('References alone', 'dist/References.js', '{ References }', '4.4 kB'),
  entry('Cite alone', 'dist/Cite.js', '{ Cite }', '2.3 kB'),
  entry('CrisisSupport alone', 'dist/CrisisSupport.js', '{ CrisisSupport }', '4.8 kB'),
  entry('JsonLd alone', 'dist/JsonLd.js', '{ JsonLd }', '0.4 kB'),
  entry('Article alone', 'dist/Article.js', '{ Article }', '30.2 kB'),
  // Server-only (parser and sanitiser): never in a client bundle, so reported, not budgeted.
  entry('medprose/content (server-only)', 'dist/content.js', '{ articleFromWordPress }', undefined),
  // Not ours: the floor under FaqAccordion. Reported, not budgeted.
  entry('floor: @radix-ui/react-accordion alone', 'node_modules/@radix-ui/react-accordion/dist/index.mjs', '*', undefined),
];
