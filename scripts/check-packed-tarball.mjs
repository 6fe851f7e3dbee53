// Installs the packed tarball (.pack/medprose.tgz, from pack.mjs) in a fresh
// temporary project (never a workspace link) and checks what a publisher gets:
// every component by name through `import` and `require`, server rendering,
// the data entries (helplines, structured data), and 'use client' only on
// client modules. Run after `npm run build`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { installConsumer, root } from './pack.mjs';

const run = (cmd, args, cwd) => execFileSync(cmd, args, { cwd, stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

// 1. 'use client' is the first line of client modules and of nothing else.
for (const file of fs.readdirSync(path.join(root, 'dist')).filter((f) => /\.(c?js)$/.test(f))) {
  const first = fs.readFileSync(path.join(root, 'dist', file), 'utf8').split('\n', 1)[0];
  // TableOfContents itself is a server component; only its enhancer is client code.
  const client = /^(FaqAccordion|ResilientImage|TableOfContentsEnhancer|StylesheetScope|islands)\./.test(file);
  check(client === /^['"]use client['"];?$/.test(first.trim()), `${file} ${client ? 'starts' : 'does not start'} with 'use client'`);
}

// 2. Install the tarball (.pack/medprose.tgz, see pack.mjs) into a clean project.
const work = installConsumer('medprose-pack-');

const components = [
  'ArticleHero',
  'ArticleSection',
  'FaqAccordion',
  'RelatedPosts',
  'MedicalDisclaimer',
  'ReviewByline',
  'TableOfContents',
  'KeyTakeaways',
  'Callout',
  'References',
  'Cite',
  'Article',
  'CrisisSupport',
  'PhoneLink',
  'JsonLd',
];
const renderScript = (load) => `
  ${load}
  const React = require('react');
  const { renderToString } = require('react-dom/server');
  const { ServerStyleSheet } = require('styled-components');
  const h = React.createElement;
  const missing = ${JSON.stringify(components)}.filter((name) => !m[name]);
  if (missing.length) throw new Error('missing exports: ' + missing);
  const sheet = new ServerStyleSheet();
  const citations = m.createCitations([{ id: 'packed', title: 'Packed source' }]);
  const html = renderToString(sheet.collectStyles(h('main', null,
    h(m.ArticleHero, { title: 'Packed title' }),
    h(m.ReviewByline, { review: { reviewer: { name: 'Packed Reviewer' }, date: '2026-01-02' } }),
    h(m.TableOfContents, { items: [{ id: 'packed-section', label: 'Packed contents' }] }),
    h(m.KeyTakeaways, { items: ['Packed takeaway'] }),
    h(m.Callout, { variant: 'urgent', heading: 'Packed callout' }),
    h('p', null, 'Cited', h(m.Cite, { citations, id: 'packed' })),
    h(m.References, { citations }),
    h(m.ArticleSection, { heading: 'Packed section' }, h('p', null, 'Body')),
    h(m.FaqAccordion, { items: [{ question: 'Packed question?', answer: 'Packed answer.' }] }),
    h(m.RelatedPosts, { posts: [{ title: 'Packed related', href: '/r' }] }),
    h(m.MedicalDisclaimer, {}),
    h(m.Article, { article: { title: 'Packed article', sections: [{ heading: 'Packed article section', body: ['Packed article body'] }] } }),
    h(m.CrisisSupport, { country: 'GB' }),
    h('p', null, 'Call ', h(m.PhoneLink, { number: '111' })),
    h(m.JsonLd, { data: m.buildArticleGraph({ url: 'https://example.org/a', headline: '</script>' }) }))));
  const styles = sheet.getStyleTags();
  for (const text of ['<h1', 'Packed section', 'Packed answer.', 'Packed related', 'medical advice', 'Packed Reviewer',
    '<time dateTime="2026-01-02"', 'href="#packed-section"', 'Packed takeaway', 'Urgent advice:', 'href="#ref-packed"',
    'id="cite-packed-1"', 'Packed source', 'Packed article body', 'tel:116123', 'href="tel:111"', 'application/ld+json', '\\\\u003c/script']) {
    if (!html.includes(text)) throw new Error('server HTML lacks ' + text);
  }
  if (!styles.includes('<style')) throw new Error('no style tag');
  console.log('rendered', html.length, 'chars of HTML');
`;
fs.writeFileSync(path.join(work, 'check.cjs'), renderScript("const m = require('medprose');"));
fs.writeFileSync(
  path.join(work, 'check.mjs'),
  `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n` +
    renderScript("const m = await import('medprose');"),
);
for (const script of ['check.cjs', 'check.mjs']) {
  try {
    run('node', [script], work);
    check(true, `${script === 'check.cjs' ? 'require' : 'import'}('medprose') gives every component and renders on the server`);
  } catch (error) {
    check(false, `${script}: ${error.message.split('\n')[0]}`);
  }
}

// 3. Each component from its own entry, both ways.
fs.writeFileSync(
  path.join(work, 'subpaths.mjs'),
  `import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const name of ${JSON.stringify(components)}) {
  const esm = await import('medprose/' + name);
  const cjs = require('medprose/' + name);
  if (!esm[name] || !cjs[name]) throw new Error('medprose/' + name + ' lacks ' + name);
}
for (const [entry, name] of [['helplines', 'helplinesFor'], ['structured-data', 'buildArticleGraph'], ['audit', 'auditArticle'], ['content', 'articleFromWordPress']]) {
  const esm = await import('medprose/' + entry);
  const cjs = require('medprose/' + entry);
  if (!esm[name] || !cjs[name]) throw new Error('medprose/' + entry + ' lacks ' + name);
}`,
);
try {
  run('node', ['subpaths.mjs'], work);
  check(
    true,
    'each component, medprose/helplines, medprose/structured-data, medprose/audit and medprose/content import and require from their own entries',
  );
} catch (error) {
  check(false, `subpath entries: ${error.message.split('\n')[0]}`);
}

// 3b. medprose/styles.css resolves from the installed package (bundlers and require.resolve), holds every part's rules
// under the stable class names the server HTML carries, and medprose/islands loads in Node (its functions run in the browser).
fs.writeFileSync(
  path.join(work, 'stylesheet.mjs'),
  `import fs from 'node:fs';
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const css = fs.readFileSync(require.resolve('medprose/styles.css'), 'utf8');
const React = require('react');
const { renderToString } = require('react-dom/server');
const { Article } = require('medprose');
const html = renderToString(React.createElement(Article, { article: { title: 'Packed', sections: [{ heading: 'A', body: ['B'] }], faq: { items: [{ question: 'Q?', answer: 'A.' }] } } }));
const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((match) => match[1].split(' ')).filter((name) => name.startsWith('mp-')));
const unstyled = [...classes].filter((name) => !css.includes('.' + name + '{') && !css.includes('.' + name + ' ') && !css.includes('.' + name + ':'));
if (classes.size < 10) throw new Error('only ' + classes.size + ' stable classes in the HTML');
if (unstyled.length) throw new Error('no rule in styles.css for ' + unstyled.join(', '));
if (!/--mp-color-text:/.test(css)) throw new Error('styles.css lacks the tokens');
const islands = await import('medprose/islands');
if (typeof islands.hydrateIslands !== 'function') throw new Error('medprose/islands lacks hydrateIslands');
console.log(classes.size, 'classes, all in styles.css');`,
);
try {
  run('node', ['stylesheet.mjs'], work);
  check(true, 'medprose/styles.css resolves and styles every stable class Article renders; medprose/islands loads');
} catch (error) {
  check(false, `styles.css / islands: ${error.message.split('\n')[0]}`);
}

// 4. The `medprose` command from the installed package: `npx medprose audit` on an ArticleData file.
fs.writeFileSync(
  path.join(work, 'article.json'),
  JSON.stringify({ title: 'Packed audit', sections: [{ heading: 'Packed', body: ['Short words.'] }] }),
);
try {
  execFileSync('npx', ['--no-install', 'medprose', 'audit', 'article.json', '--json'], {
    cwd: work,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  check(false, 'npx medprose audit exits 1 on an article with no reviewer');
} catch (error) {
  const findings = error.status === 1 ? JSON.parse(error.stdout).findings : [];
  check(
    findings.some((finding) => finding.rule === 'no-reviewer'),
    `npx medprose audit runs from the installed package (exit ${error.status}; ${findings.length} findings)`,
  );
}

// 5. medprose/content converts hostile HTML and the result renders through Article, with require() and import.
const contentScript = (load) => `
  ${load}
  const React = require('react');
  const { renderToString } = require('react-dom/server');
  const { Article } = require('medprose/Article');
  const { article, notes } = content.articleFromHtml('<h1>Packed title</h1><p>Packed intro<img src=x onerror=alert(1)></p><h2>Packed h2</h2><p>Body<script>alert(1)</script></p>');
  const html = renderToString(React.createElement(Article, { article }));
  if (!html.includes('Packed intro') || !html.includes('Packed h2')) throw new Error('converted article lacks its text');
  if (/<script|onerror/i.test(html)) throw new Error('hostile markup reached the HTML');
  if (!notes.some((note) => note.element === 'script')) throw new Error('no note for the removed script');
`;
fs.writeFileSync(path.join(work, 'content.cjs'), contentScript("const content = require('medprose/content');"));
fs.writeFileSync(
  path.join(work, 'content.mjs'),
  `import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);\n` +
    contentScript("const content = await import('medprose/content');"),
);
for (const script of ['content.cjs', 'content.mjs']) {
  try {
    run('node', [script], work);
    check(
      true,
      `${script === 'content.cjs' ? 'require' : 'import'}('medprose/content') converts hostile HTML that renders safely through Article`,
    );
  } catch (error) {
    check(false, `${script}: ${error.message.split('\n')[0]}`);
  }
}

fs.rmSync(work, { recursive: true, force: true });
if (failures.length) {
  console.error(`${failures.length} packed-tarball check(s) failed`);
  process.exit(1);
}
