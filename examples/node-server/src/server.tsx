// A plain Node server (node:http, no framework): GET / streams the page with
// renderToPipeableStream; /medprose.css is the package's own stylesheet and
// /client.js the browser bundle that hydrates the page. `npm run build && npm start`.
import { createReadStream } from 'node:fs';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { renderToPipeableStream } from 'react-dom/server';
import { Page } from './Page';

const files: Record<string, { path: string; type: string }> = {
  '/medprose.css': { path: fileURLToPath(import.meta.resolve('medprose/styles.css')), type: 'text/css' },
  '/client.js': { path: fileURLToPath(new URL('./client.js', import.meta.url)), type: 'text/javascript' },
};

const server = http.createServer((req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');
  if (pathname === '/') {
    let failed = false;
    const stream = renderToPipeableStream(<Page />, {
      bootstrapModules: ['/client.js'],
      onShellReady() {
        res.writeHead(failed ? 500 : 200, { 'content-type': 'text/html; charset=utf-8' });
        stream.pipe(res);
      },
      onShellError(error) {
        console.error(error);
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      },
      onError(error) {
        failed = true;
        console.error(error);
      },
    });
    // Give up on a render that never finishes.
    const timeout = setTimeout(() => stream.abort(), 10_000);
    res.on('close', () => clearTimeout(timeout));
    return;
  }
  const file = files[pathname];
  if (file) {
    res.writeHead(200, { 'content-type': `${file.type}; charset=utf-8`, 'cache-control': 'public, max-age=3600' });
    createReadStream(file.path).pipe(res);
    return;
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1', () => {
  const address = server.address();
  if (address && typeof address === 'object') console.log(`Listening on http://${address.address}:${address.port}/`);
});
