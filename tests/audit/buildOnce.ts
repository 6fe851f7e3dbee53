// Makes sure dist/ holds a build of the current sources before a test runs the
// built command: builds with tsup when dist/cli.js is missing or older than any
// source file. A full build takes a minute on a busy 2-core machine.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const cli = path.join(root, 'dist', 'cli.js');

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestSource(file) : fs.statSync(file).mtimeMs);
  }
  return newest;
}

export function ensureBuilt(): void {
  const sources = Math.max(
    newestSource(path.join(root, 'src')),
    newestSource(path.join(root, 'scripts')),
    fs.statSync(path.join(root, 'tsup.config.ts')).mtimeMs,
  );
  const built = fs.existsSync(cli) ? fs.statSync(cli).mtimeMs : 0;
  if (built >= sources) return;
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: 'pipe' });
}
