// `node bench/hydration-split.mjs [loads]`: how much of hydration is work and how
// much is code running for the first time (decision 0018's addendum).
//
// The sample page and its styled floor (generated from the page's render, as in
// run.mjs) are hydrated in Chromium two ways, in rotating order:
// - cold: as `npm run bench` does, the first time any of the page's code runs;
// - warm: the same bundle first renders the page once into a detached root
//   (createRoot + flushSync, then unmount), so every function hydration calls has
//   already run, then hydrates the server HTML and is timed the same way.
// Cold minus warm is the cost of running code for the first time (V8 compiling it
// lazily, inline caches, feedback vectors), which grows with the code a page runs,
// not with the work it does.
import http from 'node:http';
import path from 'node:path';
import { benchDir, hydrationBundle, importForNode, outDir, pageHtml } from './build.mjs';
import { styledFloorSource } from './floor.mjs';
import fs from 'node:fs';

process.env.NODE_ENV = 'production';
const loads = Number(process.argv[2] ?? 21);
const React = (await import('react')).default;
const { renderToString } = await import('react-dom/server');
const { ServerStyleSheet } = await import('styled-components');

const render = (Component) => {
  const sheet = new ServerStyleSheet();
  try {
    return { html: renderToString(sheet.collectStyles(React.createElement(Component))), css: sheet.getStyleTags() };
  } finally {
    sheet.seal();
  }
};
const { MedprosePage } = (await importForNode(path.join(benchDir, 'pages.tsx'), 'pages')).module;
const page = render(MedprosePage);
fs.writeFileSync(path.join(outDir, 'StyledFloorPage.tsx'), styledFloorSource(page.html, page.css));
const { StyledFloorPage } = (await importForNode(path.join(outDir, 'StyledFloorPage.tsx'), 'styled-floor')).module;
const styled = render(StyledFloorPage);

// Warm: render once into a detached root first, so every function hydration calls has run.
const warmUp = (component) =>
  `import { createRoot } from 'react-dom/client';\nimport { flushSync } from 'react-dom';\n` +
  `const warmRoot = createRoot(document.createElement('div')); flushSync(() => warmRoot.render(<${component} />)); warmRoot.unmount();`;
const bundle = (importLine, component, warm) => hydrationBundle(importLine, component, { prelude: warm ? warmUp(component) : '' });

const sides = {};
for (const warm of [false, true]) {
  const mode = warm ? 'warm' : 'cold';
  sides[`medprose-${mode}`] = { ...page, js: await bundle("import { MedprosePage } from './pages';", 'MedprosePage', warm) };
  sides[`styled-floor-${mode}`] = {
    ...styled,
    js: await bundle("import { StyledFloorPage } from './.out/StyledFloorPage';", 'StyledFloorPage', warm),
  };
}
const names = Object.keys(sides);
const server = http.createServer((req, res) => {
  const [, name, kind] = req.url.match(/^\/([\w-]+)\.(html|js)$/) ?? [];
  const side = sides[name];
  if (!side) return res.writeHead(404).end();
  if (kind === 'js') return res.writeHead(200, { 'content-type': 'text/javascript' }).end(side.js);
  res
    .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    .end(pageHtml({ head: side.css, html: side.html, script: `/${name}.js` }));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;
const { launchChromium } = await import('../scripts/chromium.mjs');
const browser = await launchChromium();
const results = Object.fromEntries(names.map((name) => [name, []]));
try {
  const context = await browser.newContext();
  for (let i = 0; i < loads; i++) {
    for (const name of names.map((_, j) => names[(i + j) % names.length])) {
      const tab = await context.newPage();
      await tab.goto(`${base}/${name}.html`, { waitUntil: 'load' });
      const result = await tab.evaluate(async () => {
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 50)));
        return window.__hydrate();
      });
      if (result.errors.length) throw new Error(`${name}: hydration error: ${result.errors[0]}`);
      results[name].push(result.ms);
      await tab.close();
    }
  }
} finally {
  await browser.close();
  server.close();
}
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const m = Object.fromEntries(names.map((name) => [name, median(results[name])]));
const f = (n) => `${n.toFixed(1)} ms`;
console.log(
  `hydrateRoot to commit, Chromium, median of ${loads} loads per side (load average ${(await import('node:os')).loadavg()[0].toFixed(1)})`,
);
console.log('| | cold (first run) | warm (code already run) | cold − warm |');
console.log('|---|---|---|---|');
for (const side of ['medprose', 'styled-floor']) {
  console.log(
    `| ${side.replace('-', ' ')} | ${f(m[`${side}-cold`])} | ${f(m[`${side}-warm`])} | ${f(m[`${side}-cold`] - m[`${side}-warm`])} |`,
  );
}
console.log(
  `| medprose / styled floor | ${(m['medprose-cold'] / m['styled-floor-cold']).toFixed(2)}× | ${(m['medprose-warm'] / m['styled-floor-warm']).toFixed(2)}× | |`,
);
