// `medprose audit <file>`: the editorial check for editors and CI.
// Built to dist/cli.js, which the package's `bin` (bin/medprose.mjs) runs; in a checkout the bin runs this file's
// source instead (scripts/cli-from-source.mjs). Run it with `npx medprose audit article.json`.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { auditArticle } from '../audit/auditArticle';
import type { AuditSeverity } from '../audit/audit.types';
import { countsText, formatFindingsTable } from '../audit/format';
import { en } from '../locale/en';
import { es } from '../locale/es';
import type { MedproseLocale } from '../locale/types';
import { articleFromFile, InputError, type ContentLoader } from './loadArticle';

export { contentLoader } from './loadArticle';

const USAGE = `Usage: medprose audit <file> [options]

  <file>              ArticleData JSON, article HTML, or a WordPress REST post (JSON)

Options:
  --json              print the findings as JSON
  --fail-on <level>   exit 1 when a finding is at or above: error (default), warning, info, never
  --locale <tag>      the article's language: en (default) or es, for formulas and messages
  --preset <name>     reading targets: standard (grade 8, default) or nhs (reading age 9 to 11)
  --now <date>        "today" for the review-date rules (ISO date), for repeatable runs
  --no-color          plain output even in a terminal (NO_COLOR=1 does the same)
  -h, --help          show this help
`;

const LEVELS: Record<string, number> = { info: 0, warning: 1, error: 2 };
const RANK: Record<AuditSeverity, number> = { info: 0, warning: 1, error: 2 };

function localeFor(tag: string | undefined): MedproseLocale | string {
  if (tag === undefined || /^en(-|$)/i.test(tag)) return en;
  if (/^es(-|$)/i.test(tag)) return tag.toLowerCase() === 'es' ? es : { ...es, code: tag };
  return tag;
}

export interface MainOptions {
  /** Where HTML and WordPress input find `medprose/content` (default: the package's own entry, beside the built command). */
  loadContent?: ContentLoader;
}

/** Runs the command; returns the exit code (0 clean, 1 findings at or above --fail-on, 2 bad usage or input). */
export async function main(
  argv: string[],
  io = { stdout: process.stdout, stderr: process.stderr },
  options: MainOptions = {},
): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        'fail-on': { type: 'string' },
        locale: { type: 'string' },
        preset: { type: 'string' },
        now: { type: 'string' },
        'no-color': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.stderr.write(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const [command, file, ...extra] = positionals;
  if (command !== 'audit' || file === undefined || extra.length > 0) {
    io.stderr.write(USAGE);
    return 2;
  }
  const failOn = values['fail-on'] ?? 'error';
  if (failOn !== 'never' && !(failOn in LEVELS)) {
    io.stderr.write(`--fail-on must be error, warning, info or never (got "${failOn}").\n`);
    return 2;
  }
  const preset = values.preset ?? 'standard';
  if (preset !== 'standard' && preset !== 'nhs') {
    io.stderr.write(`--preset must be standard or nhs (got "${preset}").\n`);
    return 2;
  }
  if (values.now !== undefined && Number.isNaN(new Date(values.now).getTime())) {
    io.stderr.write(`--now must be a date such as 2026-12-01 (got "${values.now}").\n`);
    return 2;
  }
  const locale = localeFor(values.locale);

  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    io.stderr.write(`Cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}\n`);
    return 2;
  }
  try {
    const { article, notes, kind } = await articleFromFile(file, text, {
      locale,
      ...(options.loadContent ? { loadContent: options.loadContent } : {}),
    });
    const findings = auditArticle(article, { locale, preset, ...(values.now !== undefined ? { now: values.now } : {}) });
    if (values.json) {
      io.stdout.write(`${JSON.stringify({ file, input: kind, findings, notes }, null, 2)}\n`);
    } else {
      const color = !values['no-color'] && !process.env.NO_COLOR && (Boolean(process.env.FORCE_COLOR) || io.stdout.isTTY === true);
      io.stdout.write(
        `${formatFindingsTable(findings, { locale, color, width: io.stdout.columns ? Math.max(40, io.stdout.columns - 70) : 72 })}\n`,
      );
      // The tally last, where a terminal leaves the eye: "0 errors · 29 warnings · 25 info findings".
      if (findings.length > 0) io.stdout.write(`\n${countsText(findings, locale)}\n`);
      for (const note of notes) io.stderr.write(`note (${note.kind}): ${note.message}\n`);
    }
    const threshold = failOn === 'never' ? Infinity : LEVELS[failOn]!;
    return findings.some((finding) => RANK[finding.severity] >= threshold) ? 1 : 0;
  } catch (error) {
    if (error instanceof InputError) {
      io.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

// Run when executed (the bin), not when imported by a test.
const invoked = process.argv[1] ? fs.realpathSync(process.argv[1]) : '';
if (invoked !== '' && import.meta.url === pathToFileURL(invoked).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`medprose: ${(error as Error).stack ?? String(error)}\n`);
      process.exitCode = 2;
    },
  );
}
