// A live WordPress for the tests, from Debian's packages (see "A real WordPress on these machines" in
// ../shared/STACK.md): a private MariaDB (its own data directory and socket, no port), WordPress 6.1 from
// /usr/share/wordpress, posts written by seed.php through WordPress's own functions, PHP's built-in server on
// 127.0.0.1. Everything it writes is in one temporary directory, removed by stop(); it needs no root.
//
// Debian's wp-config.php reads /etc/wordpress/config-<host>.php, which only root may write. The site directory here
// holds symlinks to /usr/share/wordpress, a copy of Debian's wp-config.php that reads <temp>/etc/ instead of
// /etc/wordpress/, and the config-<host>.php a Debian admin would write, so WordPress runs exactly as Debian sets it up.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const HOST = '127.0.0.1';

/** The Debian packages the site needs: named in the error when something is missing, installed by .ci/run. */
export const debianPackages = ['wordpress', 'mariadb-server', 'php-cli', 'php-mysql', 'php-gd', 'php-xml', 'php-mbstring'];
export const installCommand = `apt-get install -y ${debianPackages.join(' ')}`;

function findProgram(name) {
  const dirs = [...(process.env.PATH ?? '').split(path.delimiter), '/usr/sbin', '/usr/bin', '/sbin', '/bin'];
  for (const dir of dirs) {
    const candidate = path.join(dir, name);
    try {
      fs.accessSync(candidate, fs.constants.X_OK);
      return candidate;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Runs a program to its end; rejects with its output when it fails. */
function run(program, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { stdio: ['ignore', 'pipe', 'pipe'], ...options });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve(output);
      else reject(new Error(`${path.basename(program)} ${args.slice(0, 2).join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}

/** What is missing for a live WordPress here: programs, WordPress itself, PHP extensions. */
export async function missingPrerequisites() {
  const programs = { mariadbd: 'mariadb-server', 'mariadb-install-db': 'mariadb-server', php: 'php-cli' };
  const missing = Object.entries(programs)
    .filter(([name]) => findProgram(name) === undefined)
    .map(([name, pkg]) => `${name} (${pkg})`);
  if (!fs.existsSync(path.join(WORDPRESS, 'wp-load.php')) || !fs.existsSync(path.join(WORDPRESS, 'wp-config.php'))) {
    missing.push(`${WORDPRESS} (wordpress)`);
  }
  const php = findProgram('php');
  if (php) {
    const modules = (await run(php, ['-m'])).toLowerCase().split(/\s+/);
    const extensions = { mysqli: 'php-mysql', gd: 'php-gd', dom: 'php-xml', mbstring: 'php-mbstring' };
    for (const [extension, pkg] of Object.entries(extensions)) {
      if (!modules.includes(extension)) missing.push(`PHP's ${extension} extension (${pkg})`);
    }
  }
  return missing;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitFor(check, what, { timeoutMs = 30_000, failed } = {}) {
  const start = Date.now();
  for (;;) {
    const problem = failed?.();
    if (problem) throw new Error(`${what}: ${problem}`);
    if (await check()) return;
    if (Date.now() - start > timeoutMs) throw new Error(`${what}: not ready after ${timeoutMs / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const phpString = (value) => `'${String(value).replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
const randomKey = () => Array.from({ length: 48 }, () => String.fromCharCode(33 + Math.floor(Math.random() * 94))).join('');

/**
 * Starts the site and seeds it. Resolves to its URL, the manifest seed.php wrote (what WordPress says about each
 * post), the seconds each phase took, and stop(), which ends every process it started and removes its directory.
 */
export async function startWordPress({ log = () => {} } = {}) {
  const missing = await missingPrerequisites();
  if (missing.length > 0) {
    throw new Error(
      `The live WordPress tests need Debian's WordPress, MariaDB and PHP packages; missing here: ${missing.join(', ')}.\n` +
        `Install them with:\n  sudo ${installCommand}\n(.ci/run installs them itself.)`,
    );
  }
  const started = performance.now();
  const timings = {};
  const lap = (name, since) => (timings[name] = Math.round(performance.now() - since) / 1000);

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medprose-wp-'));
  const dataDir = path.join(dir, 'db');
  const socket = path.join(dir, 'mysql.sock');
  const etcDir = path.join(dir, 'etc');
  const siteDir = path.join(dir, 'site');
  const manifestPath = path.join(dir, 'manifest.json');
  const user = os.userInfo().username;
  /** @type {import('node:child_process').ChildProcess[]} */
  const children = [];
  let stopped = false;

  const killAll = (signal) => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          // Each server runs in its own process group (detached): PHP's server has worker processes.
          process.kill(-child.pid, signal);
        } catch {
          // already gone
        }
      }
    }
  };
  const onExit = () => {
    killAll('SIGKILL');
    fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', onExit);

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    process.removeListener('exit', onExit);
    const exits = children.map((child) =>
      child.exitCode !== null || child.signalCode !== null ? Promise.resolve() : new Promise((resolve) => child.once('exit', resolve)),
    );
    killAll('SIGTERM');
    const timer = setTimeout(() => killAll('SIGKILL'), 10_000);
    await Promise.all(exits);
    clearTimeout(timer);
    fs.rmSync(dir, { recursive: true, force: true });
  };

  const serve = (program, args, name, env = process.env) => {
    const child = spawn(program, args, { stdio: ['ignore', 'ignore', 'pipe'], detached: true, env });
    let output = '';
    child.stderr.on('data', (chunk) => {
      output = (output + chunk).slice(-8000);
    });
    children.push(child);
    const state = {
      child,
      output: () => output,
      exited: () => (child.exitCode !== null ? `${name} exited with ${child.exitCode}:\n${output}` : undefined),
    };
    return state;
  };

  try {
    let since = performance.now();
    const port = await freePort();
    const url = `http://${HOST}:${port}`;

    // The database's system tables, while the site's files are written.
    const installDb = run(findProgram('mariadb-install-db'), [
      '--no-defaults',
      `--datadir=${dataDir}`,
      `--user=${user}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
      '--skip-name-resolve',
      '--innodb-log-file-size=8M',
      '--innodb-buffer-pool-size=32M',
    ]);

    fs.mkdirSync(etcDir);
    fs.mkdirSync(path.join(siteDir, 'wp-content', 'mu-plugins'), { recursive: true });
    fs.mkdirSync(path.join(siteDir, 'wp-content', 'plugins'));
    fs.mkdirSync(path.join(siteDir, 'wp-content', 'uploads'));
    for (const entry of fs.readdirSync(WORDPRESS)) {
      if (entry === 'wp-config.php' || entry === 'wp-content' || entry === '.htaccess') continue;
      fs.symlinkSync(path.join(WORDPRESS, entry), path.join(siteDir, entry));
    }
    fs.symlinkSync(path.join(WORDPRESS, 'wp-content', 'themes'), path.join(siteDir, 'wp-content', 'themes'));
    fs.copyFileSync(path.join(here, 'mu-plugin.php'), path.join(siteDir, 'wp-content', 'mu-plugins', 'medprose-test-site.php'));
    const debianConfig = fs.readFileSync(path.join(WORDPRESS, 'wp-config.php'), 'utf8');
    if (!debianConfig.includes('/etc/wordpress/config-')) {
      throw new Error(
        `${WORDPRESS}/wp-config.php does not read /etc/wordpress/config-<host>.php as Debian's package does; this harness expects Debian 12's wordpress package.`,
      );
    }
    fs.writeFileSync(path.join(siteDir, 'wp-config.php'), debianConfig.replaceAll('/etc/wordpress/', `${etcDir}/`));
    const salts = [
      'AUTH_KEY',
      'SECURE_AUTH_KEY',
      'LOGGED_IN_KEY',
      'NONCE_KEY',
      'AUTH_SALT',
      'SECURE_AUTH_SALT',
      'LOGGED_IN_SALT',
      'NONCE_SALT',
    ];
    fs.writeFileSync(
      path.join(etcDir, `config-${HOST}.php`),
      `<?php
// This run's site, as a Debian admin writes /etc/wordpress/config-<host>.php (see tests/wordpress/harness/site.mjs).
define( 'DB_NAME', 'wordpress' );
define( 'DB_USER', 'root' );
define( 'DB_PASSWORD', '' );
define( 'DB_HOST', ${phpString(`localhost:${socket}`)} );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'WP_CONTENT_DIR', ${phpString(path.join(siteDir, 'wp-content'))} );
// The machine has no web: no request leaves it (oEmbed is answered by the must-use plugin), and no cron runs.
define( 'WP_HTTP_BLOCK_EXTERNAL', true );
define( 'DISABLE_WP_CRON', true );
define( 'AUTOMATIC_UPDATER_DISABLED', true );
define( 'WP_DEBUG', true );
define( 'WP_DEBUG_DISPLAY', false );
define( 'WP_DEBUG_LOG', ${phpString(path.join(dir, 'debug.log'))} );
${salts.map((name) => `define( '${name}', ${phpString(randomKey())} );`).join('\n')}
$table_prefix = 'wp_';
`,
    );
    fs.writeFileSync(
      path.join(dir, 'init.sql'),
      'CREATE DATABASE IF NOT EXISTS wordpress CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_520_ci;\n',
    );
    await installDb;
    lap('database files', since);

    since = performance.now();
    const mariadb = serve(
      findProgram('mariadbd'),
      [
        '--no-defaults',
        `--datadir=${dataDir}`,
        `--socket=${socket}`,
        '--skip-networking',
        `--user=${user}`,
        `--pid-file=${path.join(dir, 'mariadbd.pid')}`,
        `--tmpdir=${dir}`,
        `--init-file=${path.join(dir, 'init.sql')}`,
        '--skip-name-resolve',
        '--skip-log-bin',
        '--performance-schema=OFF',
        '--innodb-log-file-size=8M',
        '--innodb-buffer-pool-size=32M',
        // A test database: durability on a crash does not matter, speed does.
        '--innodb-flush-log-at-trx-commit=0',
        '--innodb-doublewrite=0',
        '--sync-binlog=0',
      ],
      'mariadbd',
    );
    await waitFor(() => fs.existsSync(socket), 'MariaDB', { failed: mariadb.exited });
    lap('database server', since);

    const php = findProgram('php');
    since = performance.now();
    await run(php, ['-d', 'memory_limit=512M', path.join(here, 'seed.php'), 'install', siteDir, url]);
    lap('wp_install', since);
    since = performance.now();
    await run(php, ['-d', 'memory_limit=512M', path.join(here, 'seed.php'), 'posts', siteDir, url, manifestPath]);
    lap('posts and images', since);

    since = performance.now();
    const server = serve(
      php,
      ['-d', 'memory_limit=512M', '-S', `${HOST}:${port}`, '-t', siteDir, path.join(here, 'router.php')],
      'php -S',
      // Several requests at once: the tests fetch posts while Chromium loads their images.
      { ...process.env, PHP_CLI_SERVER_WORKERS: '4' },
    );
    await waitFor(
      async () => {
        try {
          return (await fetch(`${url}/wp-json/`)).ok;
        } catch {
          return false;
        }
      },
      "PHP's built-in server",
      { failed: server.exited },
    );
    lap('web server', since);
    timings.total = Math.round(performance.now() - started) / 1000;

    const manifest = JSON.parse(fs.readFileSync(manifestPath, 'utf8'));
    log(
      `WordPress ${manifest.site.wordpress} at ${url}, ready in ${timings.total} s (${Object.entries(timings)
        .filter(([name]) => name !== 'total')
        .map(([name, seconds]) => `${name} ${seconds} s`)
        .join(', ')})`,
    );
    return {
      url,
      manifest,
      timings,
      /** PHP notices and warnings WordPress logged (WP_DEBUG_LOG). */
      debugLog: () => (fs.existsSync(path.join(dir, 'debug.log')) ? fs.readFileSync(path.join(dir, 'debug.log'), 'utf8') : ''),
      stop,
    };
  } catch (error) {
    const debugLog = path.join(dir, 'debug.log');
    const detail = fs.existsSync(debugLog) ? `\nWordPress's debug.log:\n${fs.readFileSync(debugLog, 'utf8').slice(-4000)}` : '';
    await stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}${detail}`, { cause: error });
  }
}
