// The medprose benchmark: `npm run bench` (full, a few minutes) or
// `npm run bench -- --short` (a few seconds: CI runs it so the code cannot rot);
// `npm run bench -- --next` adds the Next.js row (bench/next.mjs).
// How to read it: bench/README.md.
//
// It renders the sample article page (stories/fixtures) and three references
// generated from its own render by floor.mjs (the floor: the same markup as
// plain JSX; the static floor: that plus the page's CSS as one static string;
// the styled floor: the same CSS through styled-components with no component
// logic) with renderToString and renderToPipeableStream, and hydrates all four
// in Chromium, plain and at 4x CPU throttling. Figures are from one run on this
// machine; nothing here fails on speed, only on wrong output.
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import zlib from 'node:zlib';
import { Bench } from 'tinybench';
import { benchDir, hydrationBundle, importForNode, outDir as out, pageHtml } from './build.mjs';
import { floorSource, ownStyleTag, staticCss, styledFloorSource } from './floor.mjs';
import { buildStylesheet } from '../scripts/build-stylesheet.mjs';
import { auditRows } from './audit.mjs';
import { benchContent } from './content.mjs';

// Production React and styled-components, as a publisher's server runs them.
// (Set before either is loaded; both read it when first imported.)
process.env.NODE_ENV = 'production';

const short = process.argv.includes('--short');
const loadBefore = os.loadavg()[0];
fs.mkdirSync(out, { recursive: true });

const settings = short
  ? { rounds: 1, time: 100, warmupTime: 30, iterations: 10, warmupIterations: 5, loads: 3, throttledLoads: 1 }
  : { rounds: 7, time: 700, warmupTime: 300, iterations: 64, warmupIterations: 16, loads: 21, throttledLoads: 11 };
// A mid-range phone runs script about four times slower than this machine's cores.
const THROTTLE = 4;

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const failures = [];
const fail = (message) => {
  console.error(`FAIL ${message}`);
  failures.push(message);
};

// ---------------------------------------------------------------------------
// Build: the page for Node, then the references from the page's own server render.
const { MedprosePage } = (await importForNode(path.join(benchDir, 'pages.tsx'), 'pages')).module;
const React = (await import('react')).default;
const { renderToString, renderToPipeableStream } = await import('react-dom/server');
const { ServerStyleSheet } = await import('styled-components');
const h = React.createElement;

/** renderToString inside a fresh ServerStyleSheet plus getStyleTags(), as a server does per request. */
const styledRender = (Component) => () => {
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(sheet.collectStyles(h(Component)));
    return { html, css: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
};
const renderMedprose = styledRender(MedprosePage);

const page = renderMedprose();
fs.writeFileSync(path.join(out, 'FloorPage.tsx'), floorSource(page.html));
fs.writeFileSync(path.join(out, 'StyledFloorPage.tsx'), styledFloorSource(page.html, page.css));
const { FloorPage } = (await importForNode(path.join(out, 'FloorPage.tsx'), 'floor')).module;
const { StyledFloorPage } = (await importForNode(path.join(out, 'StyledFloorPage.tsx'), 'styled-floor')).module;
const renderFloor = () => renderToString(h(FloorPage));
const renderStyledFloor = styledRender(StyledFloorPage);
// The static floor: the CSS is a constant string a server sends as it is.
const staticStyle = `<style>${staticCss(page.css)}</style>`;
const renderStaticFloor = () => ({ html: renderToString(h(FloorPage)), css: staticStyle });

// The references must be the same page, or the comparison means nothing.
const floorHtml = renderFloor();
if (floorHtml !== page.html) {
  const at = [...floorHtml].findIndex((c, i) => c !== page.html[i]);
  fail(`the floor's HTML differs from the page's at character ${at}: …${page.html.slice(at - 40, at + 40)}…`);
}
const styled = renderStyledFloor();
const withoutClasses = (html) => html.replace(/ class="[^"]*"/g, '');
if (withoutClasses(styled.html) !== withoutClasses(page.html)) fail("the styled floor's HTML differs from the page's (classes aside)");
// Same rules, other class names: the CSS may differ only by the names' lengths.
const cssRules = (tags) => staticCss(tags).split('\n').length;
if (cssRules(styled.css) !== cssRules(page.css))
  fail(`the styled floor has ${cssRules(styled.css)} CSS rules, the page ${cssRules(page.css)}`);
if (!page.html.includes('<h1') || !page.css.includes('<style')) fail('the page rendered without an h1 or without styles');
const elements = (page.html.match(/<[a-z]/g) ?? []).length;

// The stylesheet path (decision 0029): medprose/styles.css linked, nothing collected per request; the sample page's
// own two styled parts come in styled-components' server tag, as a publisher who collects their own would send them. And the zero-runtime probe: medprose's parts as plain elements
// with their stable classes (bench/zeroRuntime.mjs), all of their CSS from styles.css. Measured, not shipped.
const stylesheetCss = await buildStylesheet();
const ownStyle = ownStyleTag(page.css);
const stylesheetHead = `<link rel="stylesheet" href="/styles.css">${ownStyle}`;
const renderStylesheetPath = () => ({ html: renderToString(h(MedprosePage)), css: ownStyle });
const { MedprosePage: ZeroRuntimePage } = (await importForNode(path.join(benchDir, 'pages.tsx'), 'pages-zero-runtime', { runtime: 'zero' }))
  .module;
const renderZeroRuntime = () => ({ html: renderToString(h(ZeroRuntimePage)), css: ownStyle });
const stylesheetHtml = renderStylesheetPath().html;
if (stylesheetHtml !== page.html) fail("the stylesheet path's HTML differs from the page's");
const zeroHtml = renderZeroRuntime().html;
if (withoutClasses(zeroHtml) !== withoutClasses(page.html)) fail("the zero-runtime probe's HTML differs from the page's (classes aside)");
const unstyledClasses = [
  ...new Set([...zeroHtml.matchAll(/class="([^"]*)"/g)].flatMap((m) => m[1].split(' ')).filter((c) => c.startsWith('mp-'))),
].filter((c) => !stylesheetCss.includes(`.${c}`));
if (unstyledClasses.length) fail(`styles.css has no rule for ${unstyledClasses.slice(0, 3).join(', ')}`);

// ---------------------------------------------------------------------------
// Server: renderToString and renderToPipeableStream, the page against each reference.
const sink = (done) =>
  new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  }).on('finish', done);

const styledStream = (Component) => () =>
  new Promise((resolve, reject) => {
    const sheet = new ServerStyleSheet();
    const stream = renderToPipeableStream(sheet.collectStyles(h(Component)), {
      onShellReady() {
        sheet.interleaveWithNodeStream(stream).pipe(sink(resolve));
      },
      onShellError: reject,
      onError: reject,
    });
  });

const plainStream =
  (before, Component = FloorPage) =>
  () =>
    new Promise((resolve, reject) => {
      const stream = renderToPipeableStream(h(Component), {
        onShellReady() {
          const target = sink(resolve);
          if (before) target.write(before);
          stream.pipe(target);
        },
        onShellError: reject,
        onError: reject,
      });
    });

const tasks = {
  'renderToString: medprose': renderMedprose,
  'renderToString: styled floor': renderStyledFloor,
  'renderToString: static floor': renderStaticFloor,
  'renderToString: floor': renderFloor,
  'renderToPipeableStream: medprose': styledStream(MedprosePage),
  'renderToPipeableStream: styled floor': styledStream(StyledFloorPage),
  'renderToPipeableStream: static floor': plainStream(staticStyle),
  'renderToPipeableStream: floor': plainStream(''),
  'renderToString: stylesheet path': renderStylesheetPath,
  'renderToString: zero-runtime probe': renderZeroRuntime,
  'renderToPipeableStream: stylesheet path': plainStream(ownStyle, MedprosePage),
  'renderToPipeableStream: zero-runtime probe': plainStream(ownStyle, ZeroRuntimePage),
};
// Rounds: each runs every task in turn, so a change in the machine's load
// (other work on a shared machine) hits both sides of a ratio alike. Figures
// are the median over rounds; a ratio is the median of the rounds' ratios.
const rounds = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
for (let round = 0; round < settings.rounds; round++) {
  const bench = new Bench({ ...settings, throws: true });
  for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
  await bench.run();
  for (const task of bench.tasks) rounds[task.name].push({ meanMs: task.result.latency.mean, samples: task.result.latency.samplesCount });
}
const stats = Object.fromEntries(
  Object.entries(rounds).map(([name, results]) => {
    const means = results.map((r) => r.meanMs);
    return [
      name,
      { meanMs: median(means), minMs: Math.min(...means), maxMs: Math.max(...means), perSecond: 1000 / median(means), rounds: means },
    ];
  }),
);
const serverRatio = (kind, a, b) => median(rounds[`${kind}: ${a}`].map((m, i) => m.meanMs / rounds[`${kind}: ${b}`][i].meanMs));

// The editorial check's rows (bench/audit.mjs).
const auditReport = await auditRows({ settings, renderPage: renderMedprose, fail });

// ---------------------------------------------------------------------------
// Browser: hydrateRoot of the server HTML in Chromium, plain and throttled.
const floorJs = await hydrationBundle("import { FloorPage } from './.out/FloorPage';", 'FloorPage');
const variants = {
  medprose: { head: page.css, html: page.html, js: await hydrationBundle("import { MedprosePage } from './pages';", 'MedprosePage') },
  'styled floor': {
    head: styled.css,
    html: styled.html,
    js: await hydrationBundle("import { StyledFloorPage } from './.out/StyledFloorPage';", 'StyledFloorPage'),
  },
  'static floor': { head: staticStyle, html: floorHtml, js: floorJs },
  floor: { head: '', html: floorHtml, js: floorJs },
  'stylesheet path': { head: stylesheetHead, html: stylesheetHtml, js: null },
  'zero runtime': {
    head: stylesheetHead,
    html: zeroHtml,
    js: await hydrationBundle("import { MedprosePage } from './pages';", 'MedprosePage', { runtime: 'zero' }),
  },
};
// The same client code as the ServerStyleSheet path: only where the CSS comes from differs.
variants['stylesheet path'].js = variants.medprose.js;
const hydrationSides = Object.keys(variants);
const slug = (name) => name.replace(/ /g, '-');

const server = http.createServer((req, res) => {
  if (req.url === '/styles.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(stylesheetCss);
  const [, name, kind] = req.url.match(/^\/([\w-]+)\.(html|js)$/) ?? [];
  const variant = variants[name?.replace(/-/g, ' ')];
  if (!variant) return res.writeHead(404).end();
  if (kind === 'js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(variant.js);
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(pageHtml({ head: variant.head, html: variant.html, script: `/${name}.js` }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const hydration = Object.fromEntries(hydrationSides.map((side) => [side, []]));
const throttled = Object.fromEntries(hydrationSides.map((side) => [side, []]));
// Evaluating the bundle plus hydrating: styled-components reads the server's styles back during evaluation.
const withEvaluation = Object.fromEntries(hydrationSides.map((side) => [side, []]));
let chromiumVersion = 'not run';
const { launchChromium } = await import('../scripts/chromium.mjs');
const browser = await launchChromium();
try {
  chromiumVersion = browser.version();
  const context = await browser.newContext();
  for (const [results, loads, rate] of [
    [hydration, settings.loads, 1],
    [throttled, settings.throttledLoads, THROTTLE],
  ]) {
    for (let i = 0; i < loads; i++) {
      // Rotate the order, so no side always runs first.
      for (const name of hydrationSides.map((_, j) => hydrationSides[(i + j) % hydrationSides.length])) {
        const tab = await context.newPage();
        await tab.goto(`${base}/${slug(name)}.html`, { waitUntil: 'load' });
        if (rate !== 1) {
          const cdp = await context.newCDPSession(tab);
          await cdp.send('Emulation.setCPUThrottlingRate', { rate });
        }
        const result = await tab.evaluate(async () => {
          // Let the first paint finish, then hydrate on a quiet main thread.
          await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
          return window.__hydrate();
        });
        if (result.errors.length) fail(`${name}: hydration error: ${result.errors[0]}`);
        results[name].push(result.ms);
        if (rate === 1) withEvaluation[name].push(result.ms + result.evaluationMs);
        await tab.close();
      }
    }
  }
} finally {
  await browser.close();
  server.close();
}

// ---------------------------------------------------------------------------
// Report.
const gz = (text) => zlib.gzipSync(text).length;
const cpu = os.cpus()[0]?.model.trim() ?? 'unknown CPU';
const machine = `${cpu}, ${os.availableParallelism()} cores, ${os.platform()} ${os.arch()}; Node ${process.version}; Chromium ${chromiumVersion}`;
// Other work on the machine slows both sides; the 1-minute load average says how busy it was.
const load = `load average ${loadBefore.toFixed(1)} at the start, ${os.loadavg()[0].toFixed(1)} at the end`;
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const x = (n) => `${fmt(n, 2)}×`;

const ssr = (kind) => {
  const cell = (side) => {
    const s = stats[`${kind}: ${side}`];
    return `${fmt(s.meanMs, 2)} ms${settings.rounds > 1 ? ` (${fmt(s.minMs, 2)}–${fmt(s.maxMs, 2)})` : ''}`;
  };
  return `| ${kind} | ${cell('floor')} | ${cell('static floor')} | ${cell('styled floor')} | ${cell('medprose')} | ${x(serverRatio(kind, 'medprose', 'floor'))} | ${x(serverRatio(kind, 'medprose', 'static floor'))} | ${x(serverRatio(kind, 'medprose', 'styled floor'))} |`;
};
const hyd = (label, results) => {
  const m = Object.fromEntries(hydrationSides.map((side) => [side, median(results[side])]));
  return {
    row: `| ${label} | ${fmt(m.floor, 1)} ms | ${fmt(m['static floor'], 1)} ms | ${fmt(m['styled floor'], 1)} ms | ${fmt(m.medprose, 1)} ms | ${x(m.medprose / m.floor)} | ${x(m.medprose / m['static floor'])} | ${x(m.medprose / m['styled floor'])} |`,
    medians: m,
  };
};
const plain = hyd(`hydrateRoot to commit, Chromium (median of ${settings.loads} loads)`, hydration);
const slow = hyd(`the same at ${THROTTLE}× CPU throttling (median of ${settings.throttledLoads})`, throttled);
const kb = (bytes) => `${fmt(bytes / 1024, 1)} kB`;
const js = {
  medprose: gz(variants.medprose.js),
  'styled floor': gz(variants['styled floor'].js),
  floor: gz(floorJs),
  css: gz(staticCss(page.css)),
  'zero runtime': gz(variants['zero runtime'].js),
};
// Each path's document (HTML and what the head carries) gzipped, and styles.css, which the browser caches.
const documentBytes = {
  'ServerStyleSheet path': gz(pageHtml({ head: page.css, html: page.html, script: '/medprose.js' })),
  'stylesheet path': gz(pageHtml({ head: stylesheetHead, html: stylesheetHtml, script: '/medprose.js' })),
  'zero-runtime probe': gz(pageHtml({ head: stylesheetHead, html: zeroHtml, script: '/medprose.js' })),
  'styles.css': gz(stylesheetCss),
};
const pathRow = (kind) => {
  const ms = (side) => `${fmt(stats[`${kind}: ${side}`].meanMs, 2)} ms`;
  return `| ${kind} | ${ms('static floor')} | ${ms('medprose')} | ${ms('stylesheet path')} | ${ms('zero-runtime probe')} | ${x(serverRatio(kind, 'medprose', 'static floor'))} | ${x(serverRatio(kind, 'stylesheet path', 'static floor'))} | ${x(serverRatio(kind, 'zero-runtime probe', 'static floor'))} |`;
};
const pathHydration = (label, m) =>
  `| ${label} | ${fmt(m['static floor'], 1)} ms | ${fmt(m.medprose, 1)} ms | ${fmt(m['stylesheet path'], 1)} ms | ${fmt(m['zero runtime'], 1)} ms | ${x(m.medprose / m['static floor'])} | ${x(m['stylesheet path'] / m['static floor'])} | ${x(m['zero runtime'] / m['static floor'])} |`;
const report = [
  `medprose benchmark${short ? ' (--short: too few samples to quote)' : ''}, ${new Date().toISOString().slice(0, 10)}`,
  `${machine}; ${load}`,
  `Page: the sample article (${elements} elements, ${fmt(page.html.length / 1024, 1)} kB of HTML, ${fmt(page.css.length / 1024, 1)} kB of CSS).`,
  '',
  '| | floor | static floor (F3) | styled floor (F1) | medprose | medprose / floor | / static floor | / styled floor |',
  '|---|---|---|---|---|---|---|---|',
  `${ssr('renderToString')}`,
  `${ssr('renderToPipeableStream')}`,
  plain.row,
  slow.row,
  `| client JS for the page (min + gzip) | ${kb(js.floor)} | ${kb(js.floor)} + ${kb(js.css)} CSS | ${kb(js['styled floor'])} | ${kb(js.medprose)} | +${kb(js.medprose - js.floor)} | | +${kb(js.medprose - js['styled floor'])} |`,
  '',
  'Where the CSS comes from (decision 0029): the ServerStyleSheet path collects it per request (as above); the stylesheet path links',
  'medprose/styles.css and collects nothing; the zero-runtime probe (measured, not shipped) renders plain elements with the stable classes.',
  '',
  '| | static floor (F3) | ServerStyleSheet path | stylesheet path | zero-runtime probe | ServerStyleSheet / static floor | stylesheet / static floor | zero-runtime / static floor |',
  '|---|---|---|---|---|---|---|---|',
  pathRow('renderToString'),
  pathRow('renderToPipeableStream'),
  pathHydration('hydrateRoot to commit', plain.medians),
  pathHydration(`the same at ${THROTTLE}× throttling`, slow.medians),
  pathHydration(
    'evaluating the bundle + hydrateRoot to commit',
    Object.fromEntries(hydrationSides.map((side) => [side, median(withEvaluation[side])])),
  ),
  `| page document, gzip | | ${kb(documentBytes['ServerStyleSheet path'])} | ${kb(documentBytes['stylesheet path'])} + ${kb(documentBytes['styles.css'])} styles.css (cached) | ${kb(documentBytes['zero-runtime probe'])} + styles.css | | | |`,
  `| client JS, gzip | ${kb(js.floor)} | ${kb(js.medprose)} | ${kb(js.medprose)} | ${kb(js['zero runtime'])} | | | |`,
  ...auditReport,
  '',
  'Server rows: ms per render, median of the rounds (range over rounds); ratios are medians of per-round ratios.',
  'floor = the same markup as plain JSX; static floor = that plus the whole CSS as one static string;',
  "styled floor = the page's CSS through styled-components, one styled element per styled element today, no component logic.",
  'medprose and the styled floor render inside a fresh ServerStyleSheet plus getStyleTags() (streams: interleaveWithNodeStream).',
  'Ratio = medprose time / reference time (higher is slower). Full run: npm run bench.',
].join('\n');
console.log(`\n${report}\n`);

// The content row (issue 9): its own module, so it merges apart from the rows above.
console.log(`${(await benchContent({ settings, fail })).join('\n')}\n`);

let next;
if (process.argv.includes('--next')) {
  const { benchNext } = await import('./next.mjs');
  next = await benchNext({ short });
  console.log(`${next.report}\n`);
}

fs.writeFileSync(
  path.join(out, 'latest.json'),
  JSON.stringify(
    {
      short,
      date: new Date().toISOString(),
      machine,
      load,
      elements,
      stats,
      ratios: Object.fromEntries(
        ['renderToString', 'renderToPipeableStream'].flatMap((kind) =>
          ['floor', 'static floor', 'styled floor'].map((ref) => [`${kind}: medprose / ${ref}`, serverRatio(kind, 'medprose', ref)]),
        ),
      ),
      hydration,
      throttled,
      withEvaluation,
      hydrationMedians: { plain: plain.medians, throttled: slow.medians },
      gzipBytes: js,
      documentBytes,
      pathRatios: Object.fromEntries(
        ['renderToString', 'renderToPipeableStream'].flatMap((kind) =>
          ['medprose', 'stylesheet path', 'zero-runtime probe'].map((side) => [
            `${kind}: ${side} / static floor`,
            serverRatio(kind, side, 'static floor'),
          ]),
        ),
      ),
      next: next?.results,
      settings,
    },
    null,
    2,
  ),
);

if (failures.length) {
  console.error(`${failures.length} benchmark check(s) failed`);
  process.exit(1);
}
