// What a release would upload (issue 21): `npm publish --dry-run` must send exactly the files of the
// tarball every other check installed (.pack/medprose.tgz: examples, peers, react-server guard), with
// publishConfig asking for public access and provenance, and nothing but the built package in it.
// Run after `node scripts/pack.mjs`.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root, tarballPath } from './pack.mjs';

const failures = [];
const check = (ok, message) => {
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${message}`);
  if (!ok) failures.push(message);
};

const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'));
check(pkg.publishConfig?.access === 'public' && pkg.publishConfig?.provenance === true, 'publishConfig: public access, with provenance');

// --ignore-scripts: the dry run must not rebuild; it publishes what was built and tested.
const dryRun = JSON.parse(
  execFileSync('npm', ['publish', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const published = (dryRun[pkg.name] ?? dryRun).files.map((file) => file.path).sort();
const tested = execFileSync('tar', ['-tzf', tarballPath], { encoding: 'utf8' })
  .trim()
  .split('\n')
  .map((entry) => entry.replace(/^package\//, ''))
  .sort();
const onlyPublished = published.filter((file) => !tested.includes(file));
const onlyTested = tested.filter((file) => !published.includes(file));
check(
  onlyPublished.length === 0 && onlyTested.length === 0,
  `the dry run uploads the ${tested.length} files of the tested tarball` +
    (onlyPublished.length ? `; not tested: ${onlyPublished.join(', ')}` : '') +
    (onlyTested.length ? `; tested but not uploaded: ${onlyTested.join(', ')}` : ''),
);
const stray = published.filter((file) => !/^(dist\/|bin\/medprose\.mjs$|package\.json$|README\.md$|CHANGELOG\.md$|LICENSE$)/.test(file));
check(
  stray.length === 0,
  `only dist/, bin/medprose.mjs, package.json, README, CHANGELOG and LICENSE${stray.length ? ` (also: ${stray.join(', ')})` : ''}`,
);
for (const needed of [
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/styles.css',
  'dist/cli.js',
  'bin/medprose.mjs',
  'dist/content.js',
  'dist/islands.js',
]) {
  check(published.includes(needed), `uploads ${needed}`);
}

if (failures.length) {
  console.error(`${failures.length} publish check(s) failed`);
  process.exit(1);
}
