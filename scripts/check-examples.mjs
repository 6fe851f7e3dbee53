// Builds an example app from the packed tarball and checks what it serves.
//
//   node scripts/check-examples.mjs next-app astro    (default: all five)
//
// For each example (next-app, vite-ssr, astro, react-router, node-server):
// install its pinned dependencies with medprose from .pack/medprose.tgz (never
// a workspace link), build it, serve it on 127.0.0.1, then check the page HTML
// (the one h1, every section and FAQ answer outside <script>, the FAQ inside
// the article before the conclusion, and every class's CSS in a <style> or a
// linked stylesheet before the element) and, in Chromium, standards mode, no
// console error or hydration warning, and the FAQ opening by click and by
// keyboard (Astro once more under astro dev). Each step prints its time. Run
// `npm run build` first.
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { build } from 'esbuild';
import { JSDOM } from 'jsdom';
import { launchChromium } from './chromium.mjs';
import { packTarball, root } from './pack.mjs';

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
  return ok;
};

/** The article object the examples render, through the same module they import. */
export async function loadSampleArticle() {
  const result = await build({
    entryPoints: [path.join(root, 'examples', 'sample-article.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'error',
  });
  const code = result.outputFiles[0].text;
  return (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)).article;
}

/** The text of every stylesheet a page links, by href (resolved against `base`). */
async function linkedCss(document, base) {
  const css = new Map();
  for (const link of document.querySelectorAll('link[rel~="stylesheet"][href]')) {
    const href = link.getAttribute('href');
    if (css.has(href)) continue;
    const response = await fetch(new URL(href, base));
    css.set(href, response.ok ? await response.text() : '');
    check(
      response.ok && (response.headers.get('content-type') ?? '').includes('text/css'),
      `linked stylesheet ${href}: ${response.status} ${response.headers.get('content-type')}`,
    );
  }
  return css;
}

/**
 * Checks a server-rendered article page. `label` names the example in
 * messages; `base` is the URL the page was served from (linked stylesheets are
 * fetched from there).
 */
export async function checkArticleHtml(html, article, label, base) {
  const { document } = new JSDOM(html).window;
  check(/^<!doctype html>/i.test(html.trimStart()), `${label}: the document starts with <!DOCTYPE html>`);
  const h1s = [...document.querySelectorAll('h1')];
  check(h1s.length === 1 && h1s[0].textContent.trim() === article.title, `${label}: one h1, the article title`);
  const css = await linkedCss(document, base);

  // Text in <script> (an RSC payload, say) does not count: it must be markup.
  for (const script of document.querySelectorAll('script')) script.remove();
  const text = document.body.textContent.replace(/\s+/g, ' ');
  const has = (s) => text.includes(s.replace(/\s+/g, ' '));
  const answers = article.faq.flatMap((item) => item.answer);
  const missingAnswers = answers.filter((a) => !has(a));
  check(
    missingAnswers.length === 0,
    `${label}: all ${answers.length} FAQ answer paragraphs in the HTML` +
      (missingAnswers.length ? ` (missing: "${missingAnswers[0].slice(0, 50)}…")` : ''),
  );
  const headings = [...article.sections, article.conclusion].map((s) => s.heading);
  check(headings.every(has) && article.faq.every((i) => has(i.question)), `${label}: every section heading and question`);
  check(
    article.related.some((p) => p.href !== article.href && has(p.title)),
    `${label}: related articles`,
  );
  check(
    article.helplines.every((h) => has(h.label)),
    `${label}: disclaimer helplines`,
  );
  check(faqInPlace(document, article), `${label}: the FAQ inside the article, after the sections and before the conclusion`);

  // Styles: every class in the markup has a rule in a <style> or a linked
  // stylesheet that comes before the element, so nothing paints unstyled.
  // Component ids carry no rules of their own: styled-components' (sc-xxxx,
  // Name-sc-hash-0). medprose's stable ids (mp-<Component>-<Part>, decision
  // 0010) do in medprose/styles.css: there they style the element in place of
  // the class styled-components generated beside them, whose rule the runtime
  // injects only in the browser. So an element passes when each generated class
  // without a rule is matched by a medprose id with one; a publisher's own
  // styled component (sc- id, no stylesheet) still needs its rule in the HTML.
  const isScId = (name) => /(^|-)sc-/.test(name);
  let styledElements = 0;
  const unstyled = new Set();
  const seenCss = [];
  const hasRule = (name) => {
    const rule = new RegExp(`\\.${name.replace(/[^\w-]/g, '\\$&')}[\\s{:.,>\\[+~)]`);
    return seenCss.some((text) => rule.test(text));
  };
  const walker = document.createTreeWalker(document.documentElement, 1 /* elements */);
  for (let node = walker.currentNode; node; node = walker.nextNode()) {
    if (node.tagName === 'STYLE') seenCss.push(node.textContent);
    if (node.tagName === 'LINK' && /\bstylesheet\b/.test(node.getAttribute('rel') ?? ''))
      seenCss.push(css.get(node.getAttribute('href')) ?? '');
    const classes = node.getAttribute('class')?.split(/\s+/).filter(Boolean) ?? [];
    if (classes.length === 0) continue;
    const medproseIds = classes.filter((c) => c.startsWith('mp-'));
    const others = classes.filter((c) => !isScId(c) && !c.startsWith('mp-'));
    if (medproseIds.length > 0 || classes.some(isScId)) styledElements += 1;
    const othersWithoutRule = others.filter((c) => !hasRule(c));
    const idsWithRule = medproseIds.filter(hasRule).length;
    // A medprose id with no rule is fine only where every generated class beside it has one (the runtime's CSS in the HTML).
    const covered =
      othersWithoutRule.length <= idsWithRule &&
      (medproseIds.length === 0 || idsWithRule > 0 || (others.length > 0 && othersWithoutRule.length === 0));
    if (!covered) unstyled.add(`${node.tagName.toLowerCase()}.${[...medproseIds, ...othersWithoutRule].join('.')}`);
  }
  const inline = [...document.querySelectorAll('style')].reduce((n, style) => n + style.textContent.length, 0);
  check(
    styledElements >= 50 && unstyled.size === 0,
    `${label}: ${styledElements} styled elements, each class's CSS before the element (${css.size} linked stylesheet(s), ` +
      `${(inline / 1000).toFixed(1)} kB of inline CSS in ${document.querySelectorAll('style').length} <style>)` +
      (unstyled.size ? ` (no CSS before: ${[...unstyled].slice(0, 5).join(', ')})` : ''),
  );
  return { inlineCss: inline };
}

/** The FAQ stands inside <article>, after the last section and before the conclusion; the related list after the article. */
function faqInPlace(document, article) {
  const faq = document.getElementById('faq');
  const heading = (text) => [...document.querySelectorAll('h2')].find((h) => h.textContent.includes(text));
  const lastSection = heading(article.sections.at(-1).heading);
  const conclusion = heading(article.conclusion.heading);
  const articleElement = faq?.closest('article');
  const follows = (a, b) => Boolean(a && b && a.compareDocumentPosition(b) & 4 /* b follows a */);
  return Boolean(articleElement) && follows(lastSection, faq) && follows(faq, conclusion) && articleElement.contains(conclusion);
}

/**
 * The WordPress route (examples/next-app/app/from-wordpress): what a reader
 * must find when the stored REST post goes through articleFromWordPress and
 * Article. Expected text comes from the stored post itself, read with a real
 * parser: the decoded title, every h2/h3 and every paragraph the author wrote.
 */
export function checkWordPressHtml(html, post, label) {
  const source = new JSDOM(`<body>${post.content.rendered}</body>`).window.document;
  const title = new JSDOM(`<body>${post.title.rendered}</body>`).window.document.body.textContent.trim();
  const { document } = new JSDOM(html).window;
  const h1s = [...document.querySelectorAll('h1')];
  check(h1s.length === 1 && h1s[0].textContent.trim() === title, `${label}: one h1, the decoded title ("${title}")`);
  const article = document.querySelector('article');
  const inArticle = article ? [...article.querySelectorAll('script')] : [];
  check(
    article !== null && inArticle.every((script) => script.type === 'application/ld+json'),
    `${label}: no script in the article (only its JSON-LD)`,
  );
  const hostile = article
    ? [...article.querySelectorAll('*')].filter(
        (el) => el.getAttributeNames().some((name) => /^on/i.test(name)) || /^\s*javascript:/i.test(el.getAttribute('href') ?? ''),
      )
    : [];
  check(hostile.length === 0, `${label}: no handler attributes or script URLs`);

  for (const script of document.querySelectorAll('script')) script.remove();
  const text = document.body.textContent.replace(/\s+/g, ' ');
  const has = (s) => text.includes(s.replace(/\s+/g, ' ').trim());
  const sections = [...source.querySelectorAll('h2')].map((h) => h.textContent.trim()).filter((h) => !/frequently asked/i.test(h));
  check(sections.length === 5 && sections.every(has), `${label}: the ${sections.length} section headings`);
  const faq = document.querySelector('#faq, [data-faq]') ?? document;
  const questions = [...source.querySelectorAll('h3')].map((h) => h.textContent.trim());
  check(questions.length === 5 && questions.every((q) => faq.textContent.includes(q)), `${label}: an FAQ of ${questions.length} questions`);
  const paragraphs = [...source.querySelectorAll('p')].map((p) => p.textContent.trim()).filter((p) => p !== '');
  const lost = paragraphs.filter((p) => !has(p));
  check(
    lost.length === 0,
    `${label}: all ${paragraphs.length} paragraphs the author wrote, FAQ answers and conclusion included` +
      (lost.length ? ` (missing: "${lost[0].slice(0, 50)}…")` : ''),
  );
  check(!/Continue reading/i.test(text) && !/\[…\]|\[&hellip;\]/.test(text), `${label}: standfirst without "Continue reading" or […]`);
  check(!/no image/i.test(text), `${label}: no "no image" text`);
  check(
    !has('The post itself, which the related list must leave out.') && has('Medicines for migraine'),
    `${label}: related articles, without the article itself`,
  );
  // Each question with the first paragraph of its answer, for the browser check.
  return {
    faq: [...source.querySelectorAll('h3')].map((h3) => ({
      question: h3.textContent.trim(),
      answer: [h3.nextElementSibling.textContent.trim()],
    })),
  };
}

/**
 * In Chromium: standards mode, the FAQ hydrates in its place, the first
 * question opens by click, the second by Enter and the third by Space (each
 * answer hidden before and visible after), and no page error, console error or
 * hydration warning.
 */
async function checkInBrowser(url, article, label) {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    // Short waits: a check that fails should fail in seconds, not in Playwright's default 30 s per action.
    page.setDefaultTimeout(5000);
    const errors = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      const type = message.type();
      if (type !== 'error' && !(type === 'warning' && /hydrat/i.test(message.text()))) return;
      const { url = '' } = message.location();
      // The examples serve one page: no favicon, and Next.js prefetching the
      // related articles' routes gets 404s. Those say nothing about medprose.
      if (/Failed to load resource.*404/.test(message.text()) && (url.endsWith('/favicon.ico') || url.includes('_rsc='))) return;
      errors.push(`${message.text()} ${url}`);
    });
    await page.goto(url, { waitUntil: 'load' });
    check((await page.evaluate(() => document.compatMode)) === 'CSS1Compat', `${label}: Chromium renders the page in standards mode`);
    // After hydration the FAQ turns its closed panels' hidden="" into hidden="until-found".
    const hydrated = await page.waitForSelector('[hidden="until-found"]', { state: 'attached', timeout: 15_000 }).then(
      () => true,
      () => false,
    );
    check(hydrated, `${label}: the FAQ hydrates (closed answers become hidden="until-found")`);
    if (article.conclusion) {
      const inPlace = await page.evaluate(
        ({ question, conclusion }) => {
          const button = [...document.querySelectorAll('button')].find((b) => b.textContent.includes(question));
          const heading = [...document.querySelectorAll('h2')].find((h) => h.textContent.includes(conclusion));
          return Boolean(
            button?.closest('article') && heading && button.compareDocumentPosition(heading) & Node.DOCUMENT_POSITION_FOLLOWING,
          );
        },
        { question: article.faq[0].question, conclusion: article.conclusion.heading },
      );
      check(inPlace, `${label}: the hydrated FAQ stands where the server put it (inside the article, before the conclusion)`);
    }
    const ways = [
      ['a click', (button) => button.click({ timeout: 5000 })],
      [
        'Enter',
        async (button) => {
          await button.focus();
          await page.keyboard.press('Enter');
        },
      ],
      [
        'Space',
        async (button) => {
          await button.focus();
          await page.keyboard.press('Space');
        },
      ],
    ];
    for (const [index, [way, open]] of ways.entries()) {
      const item = article.faq[index % article.faq.length];
      const button = page.getByRole('button', { name: item.question, exact: true });
      const answer = page.locator('[data-faq-panel]', { hasText: item.answer[0] });
      const closedBefore =
        (await button.getAttribute('aria-expanded', { timeout: 5000 }).catch(() => null)) === 'false' && !(await answer.isVisible());
      await open(button).catch(() => {});
      const opened = await page
        .waitForFunction(
          (name) =>
            [...document.querySelectorAll('button')].some(
              (b) => b.textContent.trim() === name && b.getAttribute('aria-expanded') === 'true',
            ),
          item.question,
          { timeout: 5000 },
        )
        .then(
          () => true,
          () => false,
        );
      const visible = opened && (await answer.isVisible());
      check(
        closedBefore && opened && visible,
        `${label}: ${way} on question ${index + 1} opens its answer (closed before, aria-expanded="true" and visible after)`,
      );
    }
    check(
      errors.length === 0,
      `${label}: no errors or hydration warnings in the browser console${errors.length ? `: ${errors[0].slice(0, 300)}` : ''}`,
    );
  } finally {
    await browser.close();
  }
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

/** Starts a server on 127.0.0.1 and resolves its URL once it answers; `stop()` ends it. */
async function startServer(cmd, args, cwd, port, extraEnv = {}) {
  const env = { ...process.env, ...production, HOST: '127.0.0.1', PORT: String(port), ...extraEnv };
  const child = spawn(cmd, args, { cwd, env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
  // The server's own log (a 404 for /favicon.ico, say) is shown only when a check failed while it ran.
  let log = '';
  child.stderr.on('data', (chunk) => {
    log += chunk;
  });
  const failuresBefore = failures.length;
  const url = `http://127.0.0.1:${port}/`;
  const stop = () => {
    if (failures.length > failuresBefore && log) console.error(`--- ${cmd} ${args.join(' ')} printed:\n${log.slice(-4000)}`);
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(url);
      return { url, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error(`${cmd} ${args.join(' ')} did not start${log ? `:\n${log.slice(-2000)}` : ''}`);
}

// Builds and servers run as a publisher deploys them (CI exports NODE_ENV=development).
const production = { NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, cwd, env = {}) =>
  execFileSync(cmd, args, { cwd, stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

/** An example's own copy of a command (npx would look it up first, which takes seconds). */
const bin = (name) => path.join('node_modules', '.bin', name);

/** Seconds per step of each example, printed at the end. */
const timings = {};
async function timed(name, step, fn) {
  const start = performance.now();
  try {
    return await fn();
  } finally {
    (timings[name] ??= []).push([step, (performance.now() - start) / 1000]);
  }
}

/**
 * npm install with medprose from the tarball (checking the installed copy is
 * the fresh build), then the example's build with its output folder removed first.
 */
async function installAndBuild(name, output) {
  const dir = path.join(root, 'examples', name);
  await timed(name, 'install', () => {
    packTarball();
    // Remove a medprose from an earlier tarball, so npm extracts this one.
    fs.rmSync(path.join(dir, 'node_modules', 'medprose'), { recursive: true, force: true });
    // --include=dev: the build tools are devDependencies, whatever NODE_ENV says.
    run('npm', ['install', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'], dir);
    const installed = path.join(dir, 'node_modules', 'medprose');
    const copy =
      !fs.lstatSync(installed).isSymbolicLink() &&
      fs.readFileSync(path.join(installed, 'dist', 'index.js'), 'utf8') === fs.readFileSync(path.join(root, 'dist', 'index.js'), 'utf8');
    check(copy, `${name}: medprose installed from .pack/medprose.tgz (a copy of this build, not a link)`);
  });
  await timed(name, 'build', () => {
    fs.rmSync(path.join(dir, output), { recursive: true, force: true });
    run('npm', ['run', 'build'], dir, production);
  });
  return dir;
}

/** Serves a built example, checks the article page's HTML as served and in Chromium. */
async function serveAndCheck(name, dir, command, { streamed = false } = {}) {
  const server = await timed(name, 'start', async () => {
    const port = await freePort();
    const [cmd, ...args] = command(port);
    return startServer(cmd, args, dir, port);
  });
  try {
    await timed(name, 'checks', async () => {
      const response = await fetch(server.url);
      if (streamed) check(response.headers.get('transfer-encoding') === 'chunked', `${name}: GET / is streamed (chunked)`);
      await checkArticleHtml(await response.text(), article, `${name} (GET /)`, server.url);
      await checkInBrowser(server.url, article, name);
    });
  } finally {
    server.stop();
  }
  return server;
}

const examples = {
  async 'next-app'() {
    const dir = await installAndBuild('next-app', '.next');
    const port = await freePort();
    const server = await timed('next-app', 'start', () =>
      startServer(bin('next'), ['start', '-H', '127.0.0.1', '-p', String(port)], dir, port),
    );
    try {
      await timed('next-app', 'checks', async () => {
        // Prerendered at build time: the file next start serves for /.
        const html = fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'index.html'), 'utf8');
        await checkArticleHtml(html, article, 'next-app (prerendered index.html)', server.url);
        await checkInBrowser(server.url, article, 'next-app');
        // The WordPress route (issue 9): the stored REST post through medprose/content.
        const wordpressHtml = fs.readFileSync(path.join(dir, '.next', 'server', 'app', 'from-wordpress.html'), 'utf8');
        const post = JSON.parse(fs.readFileSync(path.join(dir, 'app', 'from-wordpress', 'post.json'), 'utf8'));
        const { faq } = checkWordPressHtml(wordpressHtml, post, 'next-app (prerendered from-wordpress.html)');
        await checkInBrowser(`${server.url}from-wordpress`, { faq }, 'next-app /from-wordpress');
      });
    } finally {
      server.stop();
    }
  },

  async 'vite-ssr'() {
    const dir = await installAndBuild('vite-ssr', 'dist');
    await serveAndCheck('vite-ssr', dir, () => ['node', 'server.js'], { streamed: true });
  },

  async astro() {
    // Static output: astro preview serves dist/ as a static host would.
    const dir = await installAndBuild('astro', 'dist');
    await serveAndCheck('astro', dir, (port) => [bin('astro'), 'preview', '--host', '127.0.0.1', '--port', String(port)]);
    // The islands hydrate a FAQ from props the page carries: only React's development build reports an attribute
    // that differs from the server's, so the page is checked once more under astro dev.
    await timed('astro', 'dev checks', async () => {
      const port = await freePort();
      const server = await startServer(bin('astro'), ['dev', '--host', '127.0.0.1', '--port', String(port)], dir, port, {
        NODE_ENV: 'development',
      });
      try {
        await checkInBrowser(server.url, article, 'astro (astro dev, React development build)');
      } finally {
        server.stop();
      }
    });
  },

  async 'react-router'() {
    const dir = await installAndBuild('react-router', 'build');
    // react-router-serve listens on HOST and PORT.
    await serveAndCheck('react-router', dir, () => [bin('react-router-serve'), './build/server/index.js']);
  },

  async 'node-server'() {
    const dir = await installAndBuild('node-server', 'dist');
    await serveAndCheck('node-server', dir, () => ['node', 'dist/server.js'], { streamed: true });
  },
};

const names = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(examples);
const article = await loadSampleArticle();
for (const name of names) {
  if (!examples[name]) {
    check(false, `no example named ${name}`);
    continue;
  }
  try {
    await examples[name]();
  } catch (error) {
    check(false, `${name}: ${error.message.split('\n')[0]}`);
    console.error(error.message);
  }
}
for (const [name, steps] of Object.entries(timings)) {
  const total = steps.reduce((sum, [, seconds]) => sum + seconds, 0);
  console.log(`time ${name}: ${steps.map(([step, seconds]) => `${step} ${seconds.toFixed(1)} s`).join(', ')}; total ${total.toFixed(1)} s`);
}
if (failures.length) {
  console.error(`${failures.length} example check(s) failed`);
  process.exit(1);
}
