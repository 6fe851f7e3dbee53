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
  entry('medprose (all five components)', 'dist/index.js', '*', '19.4 kB'),
  entry('ArticleHero alone', 'dist/ArticleHero.js', '{ ArticleHero }', '4.3 kB'),
  entry('ArticleSection alone', 'dist/ArticleSection.js', '{ ArticleSection }', '2 kB'),
  entry('FaqAccordion alone', 'dist/FaqAccordion.js', '{ FaqAccordion }', '12.8 kB'),
  entry('RelatedPosts alone', 'dist/RelatedPosts.js', '{ RelatedPosts }', '4.1 kB'),
  entry('MedicalDisclaimer alone', 'dist/MedicalDisclaimer.js', '{ MedicalDisclaimer }', '3.1 kB'),
  // Not ours: the floor under FaqAccordion. Reported, not budgeted.
  entry('floor: @radix-ui/react-accordion alone', 'node_modules/@radix-ui/react-accordion/dist/index.mjs', '*', undefined),
];
