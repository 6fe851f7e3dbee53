// The peer ranges package.json promises, tested at each end (issue 21): the packed
// tarball installed in a fresh project with the lowest and the newest React and
// styled-components the ranges allow, in every pairing, and on each:
//   - the sample article rendered on the server (one h1, every answer, every class
//     styled by medprose/styles.css);
//   - a recorded WordPress post converted by medprose/content and rendered;
//   - the page hydrated in Chromium with React's development build: no console
//     error or warning, and a FAQ question opens by click.
// Run after `npm run build`. `node scripts/check-peers.mjs [word …]` runs only the pairings whose name has a word (`18.3.0`, `6.6`).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { build } from 'esbuild';
import { launchChromium } from './chromium.mjs';
import { installConsumer, root } from './pack.mjs';

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
  return ok;
};

/**
 * Each end of a peer range, as npm reads the range: the lowest and the newest published release it allows
 * (prereleases left out). npm lists versions in publish order (a 19.0.x patch can come after 19.2.0), so they are
 * sorted as versions.
 */
function rangeEnds(name, range) {
  const versions = JSON.parse(execFileSync('npm', ['view', `${name}@${range}`, 'version', '--json'], { encoding: 'utf8' }));
  const list = (Array.isArray(versions) ? versions : [versions]).filter((version) => !version.includes('-'));
  list.sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return { lowest: list[0], newest: list.at(-1) };
}

const ends = {
  react: rangeEnds('react', pkg.peerDependencies.react),
  'styled-components': rangeEnds('styled-components', pkg.peerDependencies['styled-components']),
};
const matrix = [];
for (const reactEnd of ['lowest', 'newest']) {
  for (const scEnd of ['lowest', 'newest']) {
    const react = ends.react[reactEnd];
    matrix.push({
      name: `react ${react} + styled-components ${ends['styled-components'][scEnd]}`,
      peers: { react, 'react-dom': react, 'styled-components': ends['styled-components'][scEnd] },
    });
  }
}

const sampleArticleModule = async (dir) => {
  // The examples' sample article, bundled as plain data (its FAQ answers made with the consumer's React).
  const result = await build({
    entryPoints: [path.join(root, 'examples/sample-article.ts')],
    bundle: true,
    format: 'esm',
    platform: 'node',
    write: false,
    logLevel: 'error',
  });
  fs.writeFileSync(path.join(dir, 'sample-article.mjs'), result.outputFiles[0].text);
};

const pageModule = `
import { createElement as h } from 'react';
import { Article } from 'medprose';
import { sampleArticleData } from './sample-article.mjs';
// With a hero image: its loading hints are props whose spelling changed between React 18 and 19.
export const article = { ...sampleArticleData((text) => h('p', { key: text }, text)), image: { src: '/hero.svg', alt: 'A calm blue shape', width: 1200, height: 675 } };
export const Page = () => h(Article, { article });
`;

const serverScript = `
import fs from 'node:fs';
import { createRequire } from 'node:module';
import { renderToString } from 'react-dom/server';
import { createElement as h } from 'react';
import { Article } from 'medprose';
import { articleFromWordPress } from 'medprose/content';
import { Page, article } from './page.mjs';
const require = createRequire(import.meta.url);
const html = renderToString(h(Page));
const css = fs.readFileSync(require.resolve('medprose/styles.css'), 'utf8');
const problems = [];
if ((html.match(/<h1[\\s>]/g) ?? []).length !== 1) problems.push('not one h1');
for (const item of article.faq.items) for (const answer of item.answer) if (!html.includes(answer.props.children.slice(0, 40).replace(/'/g, '&#x27;'))) problems.push('answer missing: ' + item.question);
const classes = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(' ')).filter((c) => c.startsWith('mp-')));
const unstyled = [...classes].filter((c) => !new RegExp('\\\\.' + c + '[\\\\s{:.,>\\\\[+~)]').test(css));
if (unstyled.length) problems.push('no rule in styles.css for ' + unstyled.join(', '));
const post = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const { article: converted } = articleFromWordPress(post.post ?? post, { related: post.related ?? [] });
const convertedHtml = renderToString(h(Article, { article: converted }));
if (!/<h2[\\s>]/.test(convertedHtml) || /<script(?![^>]*ld\\+json)|\\son[a-z]+=/i.test(convertedHtml)) problems.push('the converted post lost its sections or kept something hostile');
fs.writeFileSync('page.html', html);
if (problems.length) { console.error(problems.join('\\n')); process.exit(1); }
console.log(classes.size + ' classes, ' + html.length + ' chars; converted post ' + convertedHtml.length + ' chars');
`;

const clientEntry = `
import { hydrateRoot } from 'react-dom/client';
import { createElement as h } from 'react';
import { Page } from './page.mjs';
hydrateRoot(document.getElementById('root'), h(Page), { onRecoverableError: (error) => console.error('recoverable: ' + error) });
requestAnimationFrame(() => requestAnimationFrame(() => (window.__hydrated = true)));
`;

async function checkCombination({ name, peers }) {
  const start = performance.now();
  const dir = installConsumer('medprose-peers-', { peers });
  try {
    const installed = Object.fromEntries(
      Object.keys(peers).map((peer) => [
        peer,
        JSON.parse(fs.readFileSync(path.join(dir, 'node_modules', peer, 'package.json'), 'utf8')).version,
      ]),
    );
    check(
      Object.entries(peers).every(([peer, version]) => installed[peer] === version),
      `${name}: installed ${JSON.stringify(installed)}`,
    );
    await sampleArticleModule(dir);
    fs.writeFileSync(path.join(dir, 'page.mjs'), pageModule);
    fs.writeFileSync(path.join(dir, 'server.mjs'), serverScript);
    fs.writeFileSync(path.join(dir, 'client.mjs'), clientEntry);
    try {
      const out = execFileSync('node', ['server.mjs', path.join(root, 'tests/content/fixtures/wordpress/blocks.json')], {
        cwd: dir,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      check(true, `${name}: server render and content conversion (${out.trim()})`);
    } catch (error) {
      check(false, `${name}: server render: ${(error.stderr || error.message).trim().split('\n').slice(0, 3).join(' | ')}`);
      return;
    }
    // React's development build, so hydration mismatches and prop warnings are reported.
    const bundle = await build({
      entryPoints: [path.join(dir, 'client.mjs')],
      bundle: true,
      format: 'esm',
      write: false,
      absWorkingDir: dir,
      define: { 'process.env.NODE_ENV': '"development"' },
      logLevel: 'error',
    });
    const css = fs.readFileSync(path.join(dir, 'node_modules/medprose/dist/styles.css'), 'utf8');
    const html = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>peers</title><link rel="stylesheet" href="/styles.css"></head><body><div id="root">${fs.readFileSync(path.join(dir, 'page.html'), 'utf8')}</div><script type="module" src="/client.js"></script></body></html>`;
    const server = http.createServer((req, res) => {
      if (req.url === '/client.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(bundle.outputFiles[0].text);
      if (req.url === '/styles.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(css);
      if (req.url === '/hero.svg')
        return res
          .writeHead(200, { 'content-type': 'image/svg+xml' })
          .end('<svg xmlns="http://www.w3.org/2000/svg" width="1200" height="675"><rect width="1200" height="675" fill="#cde"/></svg>');
      if (req.url === '/favicon.ico') return res.writeHead(204).end();
      if (req.url === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(html);
      res.writeHead(404).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const problems = [];
      page.on(
        'console',
        (message) => ['error', 'warning'].includes(message.type()) && problems.push(`${message.type()}: ${message.text().slice(0, 200)}`),
      );
      page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
      await page.goto(`http://127.0.0.1:${server.address().port}/`);
      await page.waitForFunction(() => window.__hydrated === true, null, { timeout: 15_000 });
      const question = page.locator('button[data-faq-trigger]').first();
      await question.click();
      const opened = (await question.getAttribute('aria-expanded')) === 'true';
      check(
        problems.length === 0 && opened,
        `${name}: hydrates in Chromium with no console error or warning, and a question opens` +
          (problems.length ? ` (${problems.slice(0, 3).join(' | ')})` : '') +
          (opened ? '' : ' (the question did not open)'),
      );
    } finally {
      await browser.close();
      server.close();
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
    console.log(`time ${name}: ${((performance.now() - start) / 1000).toFixed(1)} s`);
  }
}

const only = process.argv.slice(2);
for (const combination of matrix) {
  if (only.length && !only.some((word) => combination.name.includes(word))) continue;
  await checkCombination(combination);
}
if (failures.length) {
  console.error(`${failures.length} peer-range check(s) failed`);
  process.exit(1);
}
