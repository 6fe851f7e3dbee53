// @vitest-environment node
// `medprose audit` through a real child process: the package's bin, which in this checkout runs the sources
// (the built command is run from the packed tarball by scripts/check-packed-tarball.mjs).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditArticle } from '../../src/audit';
import { es } from '../../src';
import { articleFromHtml, articleFromWordPress } from '../../src/content';
import { classicPost } from '../../stories/fixtures/content';
import { bin, root } from './paths';
import { sampleArticleJson, sampleArticleJsonEs } from './fixtures/sampleArticleJson';

const NOW = '2026-12-01';
let dir: string;
const file = (name: string, content: unknown) => {
  const target = path.join(dir, name);
  fs.writeFileSync(target, typeof content === 'string' ? content : JSON.stringify(content));
  return target;
};
const run = (args: string[], env: Record<string, string> = {}) => {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...base } = process.env;
  const result = spawnSync(process.execPath, [bin, ...args], { cwd: root, encoding: 'utf8', env: { ...base, ...env } });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
};

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'medprose-audit-'));
  // The first run bundles the sources (once per state of src/); later runs reuse the bundle.
  expect(run(['--help']).code).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const unreviewed = {
  title: 'Sleep and worry',
  sections: [{ heading: 'What helps', body: ['Keep your room dark and cool.'] }],
  references: [{ id: 'a', title: 'A guide' }],
};

describe('medprose audit', () => {
  it('gives the same findings as auditArticle for the sample article, in English and Spanish', () => {
    const english = run(['audit', file('sample.json', sampleArticleJson), '--json', '--now', NOW]);
    expect(english.code).toBe(0);
    const output = JSON.parse(english.stdout);
    expect(output.input).toBe('article');
    expect(output.findings).toEqual(auditArticle(sampleArticleJson, { now: NOW }));
    expect(output.findings.length).toBeGreaterThan(10);

    const spanish = run(['audit', file('sample.es.json', sampleArticleJsonEs), '--json', '--locale', 'es', '--now', NOW]);
    expect(JSON.parse(spanish.stdout).findings).toEqual(auditArticle(sampleArticleJsonEs, { now: NOW, locale: es }));
  });

  it('exits 1 when a finding is at or above --fail-on (default error), 0 otherwise', () => {
    const target = file('unreviewed.json', unreviewed);
    expect(run(['audit', target, '--now', NOW]).code).toBe(1);
    expect(run(['audit', target, '--now', NOW, '--fail-on', 'never']).code).toBe(0);
    const sample = file('sample.json', sampleArticleJson);
    expect(run(['audit', sample, '--now', NOW]).code).toBe(0);
    expect(run(['audit', sample, '--now', NOW, '--fail-on', 'warning']).code).toBe(1);
  });

  it('prints a plain table when not in a terminal, and colours it when asked', () => {
    const target = file('unreviewed.json', unreviewed);
    const plain = run(['audit', target, '--now', NOW]);
    expect(plain.stdout).not.toContain('\u001b[');
    const lines = plain.stdout.split('\n');
    expect(lines[0]).toMatch(/^Severity\s+Where\s+Rule\s+Finding$/);
    expect(lines[1]).toMatch(/^error\s+Review\s+no-reviewer\s+No medical reviewer/);
    // The tally last, each word agreeing with its number.
    expect(plain.stdout.trimEnd().split('\n').at(-1)).toBe('1 error · 0 warnings · 1 info finding');
    expect(run(['audit', target, '--now', NOW], { FORCE_COLOR: '1' }).stdout).toContain('\u001b[31;1merror');
    expect(run(['audit', target, '--now', NOW, '--locale', 'es']).stdout.split('\n')[0]).toMatch(/^Gravedad\s+Dónde\s+Regla\s+Hallazgo$/);
  });

  it('gives the same findings as auditArticle for a WordPress post and for HTML, through medprose/content', () => {
    const wordpress = run(['audit', file('post.json', classicPost), '--json', '--now', NOW]);
    expect(wordpress.code).not.toBe(2);
    const fromPost = JSON.parse(wordpress.stdout);
    expect(fromPost.input).toBe('wordpress');
    expect(fromPost.findings.length).toBeGreaterThan(0);
    expect(fromPost.findings).toEqual(auditArticle(articleFromWordPress(classicPost).article, { now: NOW }));

    const html = '<p>Intro.</p><h2>Sleep</h2><p>Keep your room dark. <a href="/x">Click here</a>.</p>';
    const fromHtml = JSON.parse(run(['audit', file('post.html', html), '--json', '--now', NOW]).stdout);
    expect(fromHtml.input).toBe('html');
    expect(fromHtml.findings).toEqual(auditArticle(articleFromHtml(html).article, { now: NOW }));
    expect(fromHtml.findings.some((finding: { rule: string }) => finding.rule === 'link-text')).toBe(true);
  });

  it('exits 2 with a reason for bad usage, a missing file or input that is not an article', () => {
    expect(run([]).stderr).toMatch(/^Usage: medprose audit <file>/);
    expect(run(['audit']).code).toBe(2);
    expect(run(['audit', file('a.json', unreviewed), '--fail-on', 'sometimes']).stderr).toMatch(/--fail-on must be/);
    const missing = run(['audit', path.join(dir, 'nope.json')]);
    expect([missing.code, missing.stderr]).toEqual([2, expect.stringMatching(/^Cannot read .*nope\.json: ENOENT/)]);
    const notArticle = run(['audit', file('list.json', [1, 2])]);
    expect([notArticle.code, notArticle.stderr]).toEqual([2, expect.stringMatching(/must hold one object/)]);
    expect(run(['audit', file('broken.json', '{ "title": ')]).stderr).toMatch(/is neither JSON nor HTML/);
  });
});
