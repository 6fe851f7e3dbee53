import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { clientOutDir } from './buildClient';
import { islandPages, pages, type PageName } from './pages';

const lakeSvg = fs.readFileSync(path.resolve('stories/assets/calm-lake.svg'));

/**
 * Where the page's CSS comes from: the styles styled-components collects on the server (`runtime`, the default),
 * `medprose/styles.css` linked and nothing collected (`stylesheet`), both, or none at all.
 */
export type StylesMode = 'runtime' | 'stylesheet' | 'both' | 'none';
const stylesModes: readonly StylesMode[] = ['runtime', 'stylesheet', 'both', 'none'];

/** Server-renders a page the way a publisher's server would: HTML, styles, hydration script. */
export function renderDocument(name: PageName, { script = true, styles = 'runtime' as StylesMode } = {}) {
  const collect = styles === 'runtime' || styles === 'both';
  const sheet = new ServerStyleSheet();
  try {
    const html = renderToString(collect ? sheet.collectStyles(pages[name]()) : pages[name]());
    return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>medprose browser test: ${name}</title>
<style>body { margin: 0; }</style>
${styles === 'stylesheet' || styles === 'both' ? '<link rel="stylesheet" href="/styles.css">' : ''}
${collect ? sheet.getStyleTags() : ''}
</head>
<body>
<div id="root">${html}</div>
${script ? `<script>window.__MEDPROSE_PAGE__ = ${JSON.stringify(name)};</script>\n<script type="module" src="/${name in islandPages ? 'islands' : 'client'}.js"></script>` : ''}
</body>
</html>`;
  } finally {
    sheet.seal();
  }
}

export interface TestServer {
  url: string;
  close: () => Promise<void>;
}

/** Serves `/<page>` (server-rendered), `/client.js` and a deliberately slow image. */
export async function startServer({ imageDelayMs = 600 } = {}): Promise<TestServer> {
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    // client.js, islands.js and the chunks they share (buildClient.ts).
    const script = /^\/([\w-]+\.js)$/.exec(url.pathname)?.[1];
    if (script && fs.existsSync(path.join(clientOutDir, script))) {
      response.writeHead(200, { 'content-type': 'text/javascript' });
      response.end(fs.readFileSync(path.join(clientOutDir, script)));
      return;
    }
    if (url.pathname === '/styles.css') {
      response.writeHead(200, { 'content-type': 'text/css' });
      response.end(fs.readFileSync(path.join(clientOutDir, 'styles.css')));
      return;
    }
    if (url.pathname === '/slow-image.svg') {
      setTimeout(() => {
        response.writeHead(200, { 'content-type': 'image/svg+xml' });
        response.end(lakeSvg);
      }, imageDelayMs);
      return;
    }
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const name = url.pathname.slice(1) as PageName;
    if (name in pages) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      const styles = (url.searchParams.get('styles') ?? 'runtime') as StylesMode;
      if (!stylesModes.includes(styles)) {
        response.writeHead(400).end(`styles must be one of ${stylesModes.join(', ')}`);
        return;
      }
      response.end(renderDocument(name, { script: url.searchParams.get('script') !== 'off', styles }));
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
