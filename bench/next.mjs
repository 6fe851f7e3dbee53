// The Next.js row: `npm run bench -- --next` (run.mjs calls benchNext).
//
// The examples/next-app article page as a publisher serves it: built by
// `next build` from the packed tarball (as scripts/check-examples.mjs does) and
// rendered per request by `next start` (the route is forced dynamic, so every
// request runs React Server Components and styled-components' cached RSC path),
// against a floor route in the same app: the page's own HTML as plain JSX with
// the CSS as static <style> strings, generated from the article route's
// response. A bounded load generator (autocannon, loopback only, a few seconds
// per round) drives both in alternating rounds. Needs `npm run build` first;
// the copy of the app and its node_modules live in bench/.out/next/ (kept
// between runs, so only the first run downloads Next.js).
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { outDir } from './build.mjs';
import { floorSource } from './floor.mjs';
import { packTarball, root } from '../scripts/pack.mjs';

const work = path.join(outDir, 'next');
const app = path.join(work, 'examples', 'next-app');
const env = { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' };
const run = (cmd, args, cwd) => {
  try {
    execFileSync(cmd, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  } catch (error) {
    throw new Error(
      `${path.basename(args[0] ?? cmd)} ${args.slice(1).join(' ')} failed:\n${`${error.stdout ?? ''}${error.stderr ?? ''}`.slice(-2000)}`,
    );
  }
};
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** A copy of the example (and the article it imports) that the bench may add routes to. */
function prepareApp() {
  const source = path.join(root, 'examples', 'next-app');
  fs.mkdirSync(app, { recursive: true });
  for (const entry of fs.readdirSync(source)) {
    if (['node_modules', '.next', 'next-env.d.ts'].includes(entry)) continue;
    fs.cpSync(path.join(source, entry), path.join(app, entry), { recursive: true });
  }
  // next.config's roots are `../..`: the copy keeps the example's place in the tree.
  fs.copyFileSync(path.join(root, 'examples', 'sample-article.ts'), path.join(work, 'examples', 'sample-article.ts'));
  fs.mkdirSync(path.join(work, 'stories', 'fixtures'), { recursive: true });
  fs.copyFileSync(
    path.join(root, 'stories', 'fixtures', 'ketamineArticle.ts'),
    path.join(work, 'stories', 'fixtures', 'ketamineArticle.ts'),
  );
  const pkg = JSON.parse(fs.readFileSync(path.join(app, 'package.json'), 'utf8'));
  pkg.dependencies.medprose = `file:${packTarball()}`;
  fs.writeFileSync(path.join(app, 'package.json'), JSON.stringify(pkg, null, 2));
  // The article route, rendered on every request.
  fs.mkdirSync(path.join(app, 'app', 'bench', 'article'), { recursive: true });
  fs.writeFileSync(
    path.join(app, 'app', 'bench', 'article', 'page.tsx'),
    "export const dynamic = 'force-dynamic';\nexport { default } from '../../page';\n",
  );
  fs.mkdirSync(path.join(app, 'app', 'bench', 'floor'), { recursive: true });
  fs.writeFileSync(
    path.join(app, 'app', 'bench', 'floor', 'page.tsx'),
    "export const dynamic = 'force-dynamic';\nexport { FloorPage as default } from './FloorPage';\n",
  );
  const floor = path.join(app, 'app', 'bench', 'floor', 'FloorPage.tsx');
  if (!fs.existsSync(floor)) fs.writeFileSync(floor, 'export function FloorPage() {\n  return <main />;\n}\n');
  // A fresh medprose from the tarball; everything else stays installed between runs.
  fs.rmSync(path.join(app, 'node_modules', 'medprose'), { recursive: true, force: true });
  run('npm', ['install', '--include=dev', '--no-audit', '--no-fund', '--loglevel=error'], app);
}

const freePort = () =>
  new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function nextStart() {
  const port = await freePort();
  const child = spawn(
    process.execPath,
    [path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-H', '127.0.0.1', '-p', String(port)],
    {
      cwd: app,
      env,
      stdio: ['ignore', 'ignore', 'inherit'],
      detached: true,
    },
  );
  const stop = () => {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {}
  };
  const base = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 150; i++) {
    if (child.exitCode !== null) break;
    try {
      await fetch(`${base}/bench/article`);
      return { base, stop };
    } catch {
      await new Promise((r) => setTimeout(r, 200));
    }
  }
  stop();
  throw new Error('next start did not answer');
}

const build = () => {
  fs.rmSync(path.join(app, '.next'), { recursive: true, force: true });
  run(process.execPath, [path.join(app, 'node_modules', 'next', 'dist', 'bin', 'next'), 'build'], app);
};
const mainOf = (html) => html.match(/<main[\s\S]*<\/main>/)?.[0];

export async function benchNext({ short }) {
  const started = performance.now();
  prepareApp();
  // 1. Build with a placeholder floor, and take the article route's own HTML.
  build();
  let server = await nextStart();
  let articleMain;
  try {
    articleMain = mainOf(await (await fetch(`${server.base}/bench/article`)).text());
  } finally {
    server.stop();
  }
  if (!articleMain?.includes('<h1')) throw new Error('the Next.js article route served no <main> with an h1');
  // 2. The floor from it, then build again and measure both.
  // Generated markup, not authored code: `next build` need not type-check it.
  fs.writeFileSync(path.join(app, 'app', 'bench', 'floor', 'FloorPage.tsx'), `// @ts-nocheck\n${floorSource(articleMain)}`);
  build();
  const settings = short ? { rounds: 1, seconds: 2, connections: 4 } : { rounds: 3, seconds: 5, connections: 8 };
  const results = { article: [], floor: [] };
  server = await nextStart();
  try {
    const floorMain = mainOf(await (await fetch(`${server.base}/bench/floor`)).text());
    const text = (html) => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    if (text(floorMain ?? '') !== text(articleMain)) throw new Error("the Next.js floor route's text differs from the article route's");
    const load = (route, seconds) =>
      autocannon({ url: `${server.base}/bench/${route}`, connections: settings.connections, duration: seconds });
    await load('article', 1); // warm-up: JIT and styled-components' RSC cache
    await load('floor', 1);
    for (let round = 0; round < settings.rounds; round++) {
      for (const route of round % 2 ? ['floor', 'article'] : ['article', 'floor']) {
        const r = await load(route, settings.seconds);
        if (r.non2xx || r.errors) throw new Error(`${route}: ${r.non2xx} non-2xx responses, ${r.errors} errors`);
        results[route].push({ requestsPerSecond: r.requests.average, p99Ms: r.latency.p99, p50Ms: r.latency.p50 });
      }
    }
  } finally {
    server.stop();
  }
  const m = (route, key) => median(results[route].map((r) => r[key]));
  const fmt = (n, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const version = JSON.parse(fs.readFileSync(path.join(app, 'node_modules', 'next', 'package.json'), 'utf8')).version;
  const report = [
    `Next.js ${version}, next start, dynamic route; autocannon ${settings.connections} connections, ${settings.rounds} × ${settings.seconds} s per route, alternating (medians); setup and builds took ${fmt((performance.now() - started) / 1000)} s`,
    '',
    '| | floor route (same HTML, static CSS) | article route (medprose) | ratio |',
    '|---|---|---|---|',
    `| requests per second | ${fmt(m('floor', 'requestsPerSecond'))} | ${fmt(m('article', 'requestsPerSecond'))} | ${fmt(m('floor', 'requestsPerSecond') / m('article', 'requestsPerSecond'), 2)}× fewer |`,
    `| p99 latency | ${fmt(m('floor', 'p99Ms'))} ms | ${fmt(m('article', 'p99Ms'))} ms | ${fmt(m('article', 'p99Ms') / m('floor', 'p99Ms'), 2)}× |`,
    `| median latency | ${fmt(m('floor', 'p50Ms'))} ms | ${fmt(m('article', 'p50Ms'))} ms | ${fmt(m('article', 'p50Ms') / m('floor', 'p50Ms'), 2)}× |`,
  ].join('\n');
  return { report, results: { version, settings, results } };
}
