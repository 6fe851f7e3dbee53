// @vitest-environment node
import path from 'node:path';
import vm from 'node:vm';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const source = path.resolve(__dirname, '../../src/internal/devWarning.ts');

/** devWarning.ts bundled for the browser as a publisher's bundler would, then run where there is no `process`. */
async function inBrowser(define: Record<string, string>) {
  const result = await build({
    entryPoints: [source],
    bundle: true,
    write: false,
    format: 'iife',
    globalName: 'devWarningModule',
    platform: 'browser',
    define,
    logLevel: 'error',
  });
  const warnings: string[] = [];
  const context = vm.createContext({ console: { warn: (text: string) => warnings.push(text) } });
  vm.runInContext(result.outputFiles[0]!.text, context);
  const module = vm.runInContext('devWarningModule', context) as typeof import('../../src/internal/devWarning');
  module.devWarning('Test', 'prop', 'is wrong.');
  return { development: module.isDevelopment(), warnings };
}

describe('devWarning in a browser bundle', () => {
  it('stays silent in a production build, although the browser has no `process`', async () => {
    expect(await inBrowser({ 'process.env.NODE_ENV': '"production"' })).toEqual({ development: false, warnings: [] });
  });

  it('warns in a development build, and when nothing defines NODE_ENV', async () => {
    const expected = { development: true, warnings: ['[medprose] <Test> `prop`: is wrong.'] };
    expect(await inBrowser({ 'process.env.NODE_ENV': '"development"' })).toEqual(expected);
    expect(await inBrowser({})).toEqual(expected);
  });
});
