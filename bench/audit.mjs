// The editorial check's row of `npm run bench` (issue 12): auditArticle on the
// sample article, English and Spanish, against rendering the sample page with
// renderToString (run.mjs's renderMedprose), in the same rounds so the
// machine's load hits both sides alike. Called by run.mjs; returns report lines.
import path from 'node:path';
import { Bench } from 'tinybench';
import { benchDir, importForNode } from './build.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

export async function auditRows({ settings, renderPage, fail }) {
  const { auditArticle, es, ketamineArticleData, ketamineArticleDataEs, readAndParse } = (
    await importForNode(path.join(benchDir, 'audit.entry.tsx'), 'audit')
  ).module;
  const now = '2026-12-01';
  const english = () => auditArticle(ketamineArticleData, { now });
  const spanish = () => auditArticle(ketamineArticleDataEs, { now, locale: es });
  // Wrong output fails the run, as elsewhere in the benchmark.
  const findings = english();
  if (!findings.some((f) => f.rule === 'reading-ease' && f.where.part === 'page')) fail('auditArticle gave no page reading score');
  if (findings.some((f) => f.severity === 'error')) fail('auditArticle found an error in the sample article');

  if (readAndParse(ketamineArticleData, 'en') === 0) fail('the audit floor read no sentences');
  // The floor: reading the parts and parsing their prose with retext, before any rule runs.
  const tasks = {
    'audit: English': english,
    'audit: Spanish': spanish,
    'floor: English': () => readAndParse(ketamineArticleData, 'en'),
    'floor: Spanish': () => readAndParse(ketamineArticleDataEs, 'es'),
    'render: page': renderPage,
  };
  const rounds = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const bench = new Bench({ ...settings, throws: true });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) rounds[task.name].push(task.result.latency.mean);
  }
  const ms = (name) => median(rounds[name]);
  const ratio = (name) => median(rounds[name].map((value, i) => value / rounds['render: page'][i]));
  const fmt = (n, digits = 1) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  return [
    '',
    '| editorial check (auditArticle, sample article) | ms per audit | renderToString of the page | ratio |',
    '|---|---|---|---|',
    ...[
      ['audit: English', findings.length],
      ['audit: Spanish', spanish().length],
    ].map(
      ([name, count]) =>
        `| ${name.slice(7)} (${count} findings) | ${fmt(ms(name))} ms | ${fmt(ms('render: page'), 2)} ms | ${fmt(ratio(name), 1)}× |`,
    ),
    ...['floor: English', 'floor: Spanish'].map(
      (name) =>
        `| ${name.replace(': ', ', ')}: parts read and parsed by retext, no rule run | ${fmt(ms(name))} ms | ${fmt(ms('render: page'), 2)} ms | ${fmt(ratio(name), 1)}× |`,
    ),
  ];
}
