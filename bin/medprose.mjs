#!/usr/bin/env node
// The `medprose` command (package.json `bin`). Installed from npm it runs the built dist/cli.js. In a checkout of
// the repository (src/ beside this file) it runs the sources, bundled on demand by scripts/cli-from-source.mjs, so
// `npx medprose audit` works before any `npm run build` and never runs a stale build.
import fs from 'node:fs';

const checkout = fs.existsSync(new URL('../src/cli/medprose.ts', import.meta.url));
try {
  const cli = checkout
    ? await (await import(new URL('../scripts/cli-from-source.mjs', import.meta.url).href)).cliFromSource()
    : await import(new URL('../dist/cli.js', import.meta.url).href);
  process.exitCode = await cli.main(process.argv.slice(2), undefined, cli.options);
} catch (error) {
  process.stderr.write(`medprose: ${error?.stack ?? String(error)}\n`);
  process.exitCode = 2;
}
