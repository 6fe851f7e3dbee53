// Packs medprose once into .pack/medprose.tgz: the one tarball that the
// packed-tarball check, the react-server guard and the example apps install.
// It is what `npm publish` would upload (`npm pack` honours package.json
// "files"), never a workspace link.
//
//   node scripts/pack.mjs            pack if dist/ changed since the last pack
//   node scripts/pack.mjs --force    pack again
//
// Other scripts: `import { packTarball, installConsumer } from './pack.mjs'`.
// Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const packDir = path.join(root, '.pack');
/** A fixed name, so that examples can depend on `file:../../.pack/medprose.tgz`. */
export const tarballPath = path.join(packDir, 'medprose.tgz');

/** Newest modification time of the files that go into the tarball. */
function newestInput() {
  let newest = 0;
  const visit = (file) => {
    const stat = fs.statSync(file);
    if (stat.isDirectory()) for (const entry of fs.readdirSync(file)) visit(path.join(file, entry));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
  for (const entry of ['package.json', 'LICENSE', ...pkg.files]) {
    const file = path.join(root, entry);
    if (fs.existsSync(file)) visit(file);
  }
  return newest;
}

/** Returns the path of a tarball packed from the current dist/, packing if needed. */
export function packTarball({ force = false } = {}) {
  if (!fs.existsSync(path.join(root, 'dist', 'index.js'))) {
    throw new Error('dist/ is missing: run `npm run build` first');
  }
  if (!force && fs.existsSync(tarballPath) && fs.statSync(tarballPath).mtimeMs >= newestInput()) {
    return tarballPath;
  }
  fs.mkdirSync(packDir, { recursive: true });
  for (const old of fs.readdirSync(packDir)) fs.rmSync(path.join(packDir, old), { force: true });
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', packDir], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const packed = path.join(packDir, out.trim().split('\n').pop());
  fs.renameSync(packed, tarballPath);
  return tarballPath;
}

/** The version of a package in the repository's own install. */
export function installedVersion(name) {
  return JSON.parse(fs.readFileSync(path.join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
}

/**
 * A fresh project in a temporary directory with the tarball and the peers
 * (at the versions the repository tests with, or those in `peers`) installed,
 * as a publisher would have it. Returns the directory; the caller removes it.
 */
export function installConsumer(prefix = 'medprose-consumer-', { peers = {} } = {}) {
  const tarball = packTarball();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  fs.writeFileSync(
    path.join(dir, 'package.json'),
    JSON.stringify({
      name: 'medprose-consumer',
      private: true,
      dependencies: {
        medprose: `file:${tarball}`,
        react: installedVersion('react'),
        'react-dom': installedVersion('react-dom'),
        'styled-components': installedVersion('styled-components'),
        ...peers,
      },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const file = packTarball({ force: process.argv.includes('--force') });
  const kB = (fs.statSync(file).size / 1024).toFixed(1);
  console.log(`${path.relative(process.cwd(), file)} (${kB} kB)`);
}
