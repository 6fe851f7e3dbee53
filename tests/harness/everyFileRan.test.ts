// @vitest-environment node
// A browser that never connects must fail the run with its files named, never leave a summary with nothing failed
// (issue 22, item 10). The fixture config (unrunFixture/) has one browser project and one passing test file.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');

function runFixture(connectTimeout: number) {
  const countFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'medprose-unrun-')), 'count');
  const result = spawnSync(
    process.execPath,
    [path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--config', 'tests/harness/unrunFixture/vitest.config.ts'],
    {
      cwd: root,
      encoding: 'utf8',
      env: {
        ...process.env,
        MEDPROSE_BROWSER_CONNECT_TIMEOUT: String(connectTimeout),
        MEDPROSE_UNRUN_FILES_REPORT: countFile,
        NO_COLOR: '1',
        FORCE_COLOR: '0',
      },
    },
  );
  return {
    code: result.status,
    output: `${result.stdout}\n${result.stderr}`,
    unrun: fs.existsSync(countFile) ? fs.readFileSync(countFile, 'utf8') : undefined,
  };
}

it('names each file of a browser project that never connected as failed, counts it, and exits 1', () => {
  const failed = runFixture(1);
  expect(failed.output).toMatch(/Failed to connect to the browser session/);
  expect(failed.output).toMatch(/1 test file\(s\) never ran/);
  expect(failed.output).toMatch(/FAIL \[never-connects \(chromium\)\] tests\/harness\/unrunFixture\/one\.fixture\.ts: never ran/);
  expect(failed.unrun).toBe('1');
  expect(failed.code).toBe(1);
}, 120_000);

it('says nothing when the browser connects and every file runs', () => {
  const passed = runFixture(180_000);
  expect(passed.output).toMatch(/1 passed/);
  expect(passed.output).not.toMatch(/never ran/);
  expect(passed.unrun).toBe('0');
  expect(passed.code).toBe(0);
}, 180_000);
