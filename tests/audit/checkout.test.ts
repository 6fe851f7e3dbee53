// @vitest-environment node
// `npx medprose audit` in a checkout that was never built: a fresh clone has no dist/, and the command must still
// run (bin/medprose.mjs runs the sources through scripts/cli-from-source.mjs) and say what auditArticle says.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { auditArticle } from '../../src/audit';
import { articleFromHtml } from '../../src/content';
import { root } from './paths';
import { sampleArticleJson } from './fixtures/sampleArticleJson';

const NOW = '2026-12-01';
// What the command needs from a clone, copied as git has them; node_modules linked from this checkout (npm install).
const cloned = ['package.json', 'tsconfig.json', 'bin', 'scripts', 'src'];
// One directory per checkout, so two worktrees on one machine never share it.
const checkout = path.join(os.tmpdir(), `medprose-fresh-checkout-${createHash('sha1').update(root).digest('hex').slice(0, 8)}`);

beforeAll(() => {
  fs.rmSync(checkout, { recursive: true, force: true });
  fs.mkdirSync(checkout);
  for (const entry of cloned) fs.cpSync(path.join(root, entry), path.join(checkout, entry), { recursive: true });
  fs.symlinkSync(path.join(root, 'node_modules'), path.join(checkout, 'node_modules'));
  fs.writeFileSync(path.join(checkout, 'sample.json'), JSON.stringify(sampleArticleJson));
  fs.writeFileSync(path.join(checkout, 'post.html'), '<p>Intro.</p><h2>Sleep</h2><p>Keep your room dark. <a href="/x">Click here</a>.</p>');
});
afterAll(() => fs.rmSync(checkout, { recursive: true, force: true }));

/** `npx medprose …` as a person types it in the checkout; npm's cache is the test's own, and nothing is fetched. */
const npx = (args: string[]) => {
  const result = spawnSync('npx', ['medprose', ...args], {
    cwd: checkout,
    encoding: 'utf8',
    env: {
      ...process.env,
      npm_config_cache: path.join(checkout, '.npm-cache'),
      npm_config_offline: 'true',
      npm_config_update_notifier: 'false',
    },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

it('runs `npx medprose audit` with no build (no dist/), on ArticleData JSON and on HTML', () => {
  expect(fs.existsSync(path.join(checkout, 'dist'))).toBe(false);
  const json = npx(['audit', 'sample.json', '--json', '--now', NOW]);
  expect(json.stderr).not.toMatch(/not found/);
  expect(json.code).toBe(0);
  expect(JSON.parse(json.stdout).findings).toEqual(auditArticle(sampleArticleJson, { now: NOW }));

  // HTML goes through the converter, built from the sources beside the command.
  const html = npx(['audit', 'post.html', '--json', '--now', NOW]);
  expect(JSON.parse(html.stdout).findings).toEqual(
    auditArticle(articleFromHtml(fs.readFileSync(path.join(checkout, 'post.html'), 'utf8')).article, { now: NOW }),
  );
  expect(fs.existsSync(path.join(checkout, 'dist'))).toBe(false);
}, 180_000);
