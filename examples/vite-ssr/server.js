// A production server for the built app: `npm run build && npm start`.
// GET / streams the server-rendered article; /assets/* serves the client build.
import fs from 'node:fs/promises';
import http from 'node:http';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { render, title } from './dist/server/entry-server.js';

const clientDir = fileURLToPath(new URL('./dist/client/', import.meta.url));
const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const template = await fs.readFile(path.join(clientDir, 'index.html'), 'utf8');
const [head, tail] = template.replace('<!--title-->', escapeHtml(title)).split('<!--app-->');
const types = { '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml' };

const server = http.createServer(async (req, res) => {
  const { pathname } = new URL(req.url ?? '/', 'http://localhost');

  if (pathname === '/') {
    const app = new PassThrough();
    render(app, {
      onShell(status) {
        res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
        res.write(head);
        app.pipe(res, { end: false });
        app.on('end', () => res.end(tail));
      },
      onError(error) {
        console.error(error);
        res.writeHead(500, { 'content-type': 'text/plain' }).end('Server error');
      },
    });
    return;
  }

  const file = path.join(clientDir, path.normalize(pathname));
  if (pathname.startsWith('/assets/') && file.startsWith(clientDir)) {
    try {
      const body = await fs.readFile(file);
      res.writeHead(200, { 'content-type': types[path.extname(file)] ?? 'application/octet-stream' }).end(body);
      return;
    } catch {}
  }
  res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
});

// 127.0.0.1 unless HOST says otherwise (HOST=0.0.0.0 in a container).
server.listen(Number(process.env.PORT ?? 3000), process.env.HOST ?? '127.0.0.1', () => {
  const { address, port } = server.address();
  console.log(`Listening on http://${address}:${port}/`);
});
