// The content row of `npm run bench` (bench/run.mjs calls it): a long
// classic-editor WordPress post (about 25 kB of HTML) converted by
// articleFromWordPress and rendered by Article, against rendering the same
// article held as ArticleData with React-node bodies, as if written by hand.
// Both sides render with renderToString inside a fresh ServerStyleSheet, as a
// server does per request. Nothing fails on speed, only on wrong output.
import fs from 'node:fs';
import path from 'node:path';
import { Bench } from 'tinybench';
import { benchDir, importForNode, outDir } from './build.mjs';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const fmt = (n, digits = 0) => n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });

/** Runs the row with run.mjs's settings; returns the report lines. Calls `fail` on wrong output. */
export async function benchContent({ settings, fail }) {
  const { ConvertedPage, HandPage, convertOnly, libraryFloor, parse5Only, longPostBytes, expectedSections } = (
    await importForNode(path.join(benchDir, 'contentPages.tsx'), 'content')
  ).module;
  const React = (await import('react')).default;
  const { renderToString } = await import('react-dom/server');
  const { ServerStyleSheet } = await import('styled-components');
  const render = (Page) => () => {
    const sheet = new ServerStyleSheet();
    try {
      return renderToString(sheet.collectStyles(React.createElement(Page))) + sheet.getStyleTags();
    } finally {
      sheet.seal();
    }
  };
  const renderByHand = render(HandPage);
  const tasks = {
    'convert + render': render(ConvertedPage),
    'render by hand': renderByHand,
    'convert only': convertOnly,
    // The floors run with the same render after them, so their ratios read like the converter's.
    'library floor + render': () => (libraryFloor(), renderByHand()),
    'parse5 + render': () => (parse5Only(), renderByHand()),
  };

  // Both sides must be the same page, and the page must be the whole article.
  const converted = tasks['convert + render']();
  const hand = tasks['render by hand']();
  if (converted !== hand) {
    const at = [...converted].findIndex((c, i) => c !== hand[i]);
    fail(`content: the converted page's HTML differs from the hand-written one's at character ${at}`);
  }
  // The floors must do the work they stand for: the whole body parsed, sanitised and turned into React nodes.
  const floorHtml = renderToString(React.createElement(React.Fragment, null, libraryFloor()));
  const floorH2 = (floorHtml.match(/<h2[\s>]/g) ?? []).length;
  if (floorH2 < expectedSections + 1 || !floorHtml.includes('<h3'))
    fail(`content: the library floor rendered ${floorH2} h2 headings for ${expectedSections} sections and the FAQ`);
  if ((parse5Only().childNodes ?? []).length === 0) fail('content: parse5 alone parsed nothing');
  const h2 = (converted.match(/<h2[\s>]/g) ?? []).length;
  if (!converted.includes('<h1') || h2 < expectedSections + 1 || converted.includes('Continue reading')) {
    fail(`content: the converted page is incomplete (${h2} h2 headings for ${expectedSections} sections and the FAQ)`);
  }

  const rounds = Object.fromEntries(Object.keys(tasks).map((name) => [name, []]));
  for (let round = 0; round < settings.rounds; round++) {
    const bench = new Bench({ ...settings, throws: true });
    for (const [name, fn] of Object.entries(tasks)) bench.add(name, fn);
    await bench.run();
    for (const task of bench.tasks) rounds[task.name].push(task.result.latency.mean);
  }
  const convertMs = median(rounds['convert + render']);
  const handMs = median(rounds['render by hand']);
  const convertOnlyMs = median(rounds['convert only']);
  const ratioOf = (name) => median(rounds[name].map((ms, i) => ms / rounds['render by hand'][i]));
  const ratio = ratioOf('convert + render');
  const floorMs = median(rounds['library floor + render']);
  const floorRatio = ratioOf('library floor + render');
  const parseMs = median(rounds['parse5 + render']);
  const parseRatio = ratioOf('parse5 + render');
  fs.writeFileSync(
    path.join(outDir, 'content.json'),
    JSON.stringify(
      { postBytes: longPostBytes, rounds, convertMs, handMs, convertOnlyMs, ratio, floorMs, floorRatio, parseMs, parseRatio },
      null,
      2,
    ),
  );
  return [
    `Content: a classic-editor WordPress post, ${fmt(longPostBytes / 1024, 1)} kB of HTML (${expectedSections} long sections, an FAQ of five, a conclusion).`,
    '',
    '| | convert + render | render by hand | ratio |',
    '|---|---|---|---|',
    `| articleFromWordPress + Article, renderToString, ms per post (median of ${settings.rounds} rounds) | ${fmt(convertMs, 2)} ms | ${fmt(handMs, 2)} ms | ${fmt(ratio, 2)}× |`,
    `| of which articleFromWordPress alone (parse, sanitise, recognise and build the React nodes) | ${fmt(convertOnlyMs, 2)} ms | | |`,
    `| library floor: parse5 into hast + hast-util-sanitize + hast-util-to-jsx-runtime, then the same render | ${fmt(floorMs, 2)} ms | | ${fmt(floorRatio, 2)}× |`,
    `| parse5 alone (its own tree), then the same render | ${fmt(parseMs, 2)} ms | | ${fmt(parseRatio, 2)}× |`,
    '',
    'render by hand = the same ArticleData with React nodes for bodies. Target in issue 9: ratio at most 2×.',
    'The floors recognise nothing (no sections, FAQ, ids, notes or WordPress fields): what any converter on these libraries pays first.',
  ];
}
