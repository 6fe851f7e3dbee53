import http from 'node:http';
import path from 'node:path';
import { benchDir, hydrationBundle, importForNode, pageHtml } from './build.mjs';
import { ownCss } from './floor.mjs';
import { buildStylesheet } from '../scripts/build-stylesheet.mjs';
process.env.NODE_ENV = 'production';
const { MedprosePage } = (await importForNode(path.join(benchDir, 'pages.tsx'), 'pages')).module;
const React = (await import('react')).default;
const { renderToString } = await import('react-dom/server');
const { ServerStyleSheet } = await import('styled-components');
const sheet = new ServerStyleSheet();
const html = renderToString(sheet.collectStyles(React.createElement(MedprosePage)));
const css = sheet.getStyleTags();
const stylesheet = await buildStylesheet();
const head = `<link rel="stylesheet" href="/styles.css"><style>${ownCss(css)}</style>`;
const variants = {
  medprose: { head: css, js: await hydrationBundle("import { MedprosePage } from './pages';", 'MedprosePage') },
  stylesheet: { head, js: null },
  aware: { head, js: await hydrationBundle("import { AwarePage } from './aware.scratch';", 'AwarePage') },
};
variants.stylesheet.js = variants.medprose.js;
const server = http.createServer((req, res) => {
  if (req.url === '/styles.css') return res.writeHead(200, { 'content-type': 'text/css' }).end(stylesheet);
  const [, name, kind] = req.url.match(/^\/(\w+)\.(html|js)$/) ?? [];
  const v = variants[name];
  if (!v) return res.writeHead(404).end();
  if (kind === 'js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(v.js);
  res.writeHead(200, { 'content-type': 'text/html' }).end(pageHtml({ head: v.head, html, script: `/${name}.js` }));
});
await new Promise((r) => server.listen(0, '127.0.0.1', r));
const base = `http://127.0.0.1:${server.address().port}`;
const { launchChromium } = await import('../scripts/chromium.mjs');
const browser = await launchChromium();
const results = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
const names = Object.keys(variants);
const context = await browser.newContext();
const loads = Number(process.env.LOADS ?? 41);
for (let i = 0; i < loads; i++) {
  for (const name of names.map((_, j) => names[(i + j) % names.length])) {
    const tab = await context.newPage();
    await tab.goto(`${base}/${name}.html`, { waitUntil: 'load' });
    const r = await tab.evaluate(async () => {
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
      return window.__hydrate();
    });
    if (r.errors.length) console.log(name, r.errors[0]);
    results[name].push(r.ms);
    await tab.close();
  }
}
await browser.close();
server.close();
const med = (a) => { a = [...a].sort((x, y) => x - y); return a[a.length >> 1]; };
for (const [k, v] of Object.entries(results)) console.log(k.padEnd(12), med(v).toFixed(1), 'ms; ratio to medprose', (med(v) / med(results.medprose)).toFixed(2));
