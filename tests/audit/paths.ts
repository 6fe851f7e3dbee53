// Where the `medprose` command is, for the tests that run it as a child process.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/**
 * The package's `bin`. In this checkout it runs the sources (scripts/cli-from-source.mjs bundles them with esbuild in
 * seconds), so no test waits for a full tsup build; the built dist/cli.js is run from the packed tarball by
 * scripts/check-packed-tarball.mjs in CI.
 */
export const bin = path.join(root, 'bin', 'medprose.mjs');
