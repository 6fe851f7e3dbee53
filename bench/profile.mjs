// Where the time goes: `npm run bench:profile`.
//
// 1. Server: renders the sample page in a loop for a few seconds under
//    `node --cpu-prof` and sums the profile's self time by package (react-dom,
//    styled-components, stylis, ...) and by medprose source file, through the
//    bundle's source map.
// 2. Browser: hydrates the page in Chromium under the DevTools CPU profiler and
//    sums it the same way.
// The raw profiles are in bench/.out/profiles/ (open them in Chrome DevTools'
// Performance panel or speedscope).
// `npm run bench:profile -- --stylesheet` profiles the stylesheet path instead
// (decision 0029): no style collection on the server, medprose/styles.css linked.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { SourceMap } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchDir, hydrationBundle, importForNode, outDir, pageHtml } from './build.mjs';

process.env.NODE_ENV = 'production';
const profiles = path.join(outDir, 'profiles');
const seconds = Number(process.env.PROFILE_SECONDS ?? 4);
const stylesheetPath = process.argv.includes('--stylesheet');

// --child: the loop that runs under --cpu-prof.
if (process.argv.includes('--child')) {
  const { MedprosePage } = await import(process.argv[process.argv.indexOf('--child') + 1]);
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const { ServerStyleSheet } = await import('styled-components');
  const render = process.argv.includes('--stylesheet')
    ? () => renderToString(React.createElement(MedprosePage))
    : () => {
        const sheet = new ServerStyleSheet();
        renderToString(sheet.collectStyles(React.createElement(MedprosePage)));
        sheet.getStyleTags();
        sheet.seal();
      };
  for (let i = 0; i < 50; i++) render(); // warm-up: module loading and JIT, left out of the summary
  // V8's profile timestamps are microseconds on the monotonic clock, as is hrtime.
  console.log(`loop-start ${process.hrtime.bigint() / 1000n}`);
  const end = performance.now() + seconds * 1000;
  let renders = 0;
  while (performance.now() < end) {
    render();
    renders += 1;
  }
  console.log(`${renders} renders in ${seconds} s`);
  process.exit(0);
}

/** Which part of the stack a source file belongs to. */
function bucketOf(file) {
  if (!file) return null;
  const pkg = file.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/);
  if (pkg) return pkg[1];
  const src = file.match(/\/(src\/.*)$/);
  if (src) return `medprose ${src[1]}`;
  if (/\/stories\//.test(file)) return 'sample page (stories/fixtures)';
  if (file.startsWith('node:')) return 'node internals';
  return path.basename(file);
}

/**
 * Self time of a V8 CPU profile by bucket and by function. `maps` maps a
 * script URL to its SourceMap, for bundled code.
 */
function summarize(profile, maps, from = 0) {
  const nodes = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  let time = profile.startTime ?? 0;
  for (let i = 0; i < profile.samples.length; i++) {
    time += profile.timeDeltas[i] ?? 0;
    if (time < from) continue;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  }
  const byBucket = new Map();
  const byFunction = new Map();
  let total = 0;
  for (const [id, ms] of self) {
    const { functionName, url, lineNumber, columnNumber } = nodes.get(id).callFrame;
    let file = url;
    let where = `${path.basename(url)}:${lineNumber + 1}`;
    const map = maps.get(url);
    if (map && lineNumber >= 0) {
      const entry = map.findEntry(lineNumber, columnNumber);
      if (entry?.originalSource) {
        file = entry.originalSource;
        where = `${file.replace(/^.*node_modules\//, '').replace(/^.*\/(src|stories)\//, '$1/')}:${entry.originalLine + 1}`;
      }
    }
    const bucket = bucketOf(file.replace(/^file:\/\//, '')) ?? (functionName || '(anonymous)');
    if (bucket === '(idle)') continue;
    total += ms;
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + ms);
    const key = `${functionName || '(anonymous)'}  ${url ? where : ''}`.trim();
    byFunction.set(key, (byFunction.get(key) ?? 0) + ms);
  }
  const table = (entries, limit) =>
    [...entries]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, ms]) => `  ${((100 * ms) / total).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(6)} ms  ${name}`)
      .join('\n');
  return `self time by part (total ${total.toFixed(0)} ms):\n${table(byBucket, 14)}\n\ntop functions by self time:\n${table(byFunction, 20)}`;
}

fs.rmSync(profiles, { recursive: true, force: true });
fs.mkdirSync(profiles, { recursive: true });

// 1. Server.
const { outfile, module: pages } = await importForNode(path.join(benchDir, 'pages.tsx'), 'pages-profile', { sourcemap: true });
const child = spawnSync(
  process.execPath,
  [
    '--cpu-prof',
    `--cpu-prof-dir=${profiles}`,
    '--cpu-prof-interval=200',
    fileURLToPath(import.meta.url),
    '--child',
    outfile,
    ...(stylesheetPath ? ['--stylesheet'] : []),
  ],
  { encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } },
);
if (child.status !== 0) throw new Error(child.stderr);
const serverProfile = JSON.parse(
  fs.readFileSync(
    path.join(
      profiles,
      fs.readdirSync(profiles).find((f) => f.endsWith('.cpuprofile')),
    ),
    'utf8',
  ),
);
const serverMaps = new Map([[`file://${outfile}`, new SourceMap(JSON.parse(fs.readFileSync(`${outfile}.map`, 'utf8')))]]);
const loopStart = Number(child.stdout.match(/loop-start (\d+)/)[1]);
console.log(
  `\n== Server: renderToString ${stylesheetPath ? 'with no style collection (stylesheet path)' : 'in ServerStyleSheet'}, ${child.stdout.match(/\d+ renders.*/)[0]} after 50 warm-up renders (node --cpu-prof)\n`,
);
console.log(summarize(serverProfile, serverMaps, loopStart));

// 2. Browser: hydration in Chromium.
const js = await hydrationBundle("import { MedprosePage } from './pages';", 'MedprosePage', { minify: false, sourcemap: true });
const { renderToString } = await import('react-dom/server');
const { ServerStyleSheet } = await import('styled-components');
const React = (await import('react')).default;
// The same module instance as above: a second copy would define every styled
// component again under new ids, and the client would not match the server's classes.
const { MedprosePage } = pages;
const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(React.createElement(MedprosePage)));
const collected = sheet.getStyleTags();
// The stylesheet path: medprose/styles.css linked; the sample page's own two parts in styled-components' server tag.
const stylesheet = stylesheetPath ? await (await import('../scripts/build-stylesheet.mjs')).buildStylesheet() : '';
const css = stylesheetPath
  ? `<link rel="stylesheet" href="/styles.css">${(await import('./floor.mjs')).ownStyleTag(collected)}`
  : collected;
const server = http.createServer((req, res) => {
  if (req.url === '/page.js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(js);
  if (req.url === '/styles.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(stylesheet);
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(pageHtml({ head: css, html, script: '/page.js' }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const { launchChromium } = await import('../scripts/chromium.mjs');
const browser = await launchChromium();
const loads = 10;
const merged = { nodes: [], samples: [], timeDeltas: [] };
let hydrationMs = 0;
try {
  const context = await browser.newContext();
  for (let i = 0; i < loads; i++) {
    const page = await context.newPage();
    await page.goto(`${base}/`, { waitUntil: 'load' });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50))));
    await cdp.send('Profiler.start');
    const result = await page.evaluate(() => window.__hydrate());
    if (result.errors.length) throw new Error(`hydration error: ${result.errors[0]}`);
    hydrationMs += result.ms;
    const { profile } = await cdp.send('Profiler.stop');
    fs.writeFileSync(path.join(profiles, `hydrate-${i + 1}.cpuprofile`), JSON.stringify(profile));
    // Merge: node ids are per profile, so offset them.
    const offset = merged.nodes.length ? Math.max(...merged.nodes.map((n) => n.id)) : 0;
    merged.nodes.push(...profile.nodes.map((n) => ({ ...n, id: n.id + offset })));
    merged.samples.push(...profile.samples.map((s) => s + offset));
    merged.timeDeltas.push(...profile.timeDeltas);
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
const map = JSON.parse(Buffer.from(js.match(/sourceMappingURL=data:application\/json;base64,(.*)$/m)[1], 'base64').toString());
console.log(
  `\n== Browser: hydrateRoot in Chromium, ${loads} page loads, mean ${(hydrationMs / loads).toFixed(1)} ms (DevTools profiler)\n`,
);
console.log(summarize(merged, new Map([[`${base}/page.js`, new SourceMap(map)]])));
console.log(`\nProfiles: ${path.relative(process.cwd(), profiles)}/`);
