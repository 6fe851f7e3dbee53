import type { LocaleInput } from '../locale/types';
import { auditLabelsByLanguage } from '../locale/auditLabels';
import { localeCode } from '../locale/resolve';
import { toolLabels } from '../locale/toolLabels';
import { formatNumber } from '../internal/numbers';
import type { PluralWords } from '../locale/auditLabels';
import type { AuditFinding, AuditLabels, AuditPart, AuditSeverity, AuditWhere } from './audit.types';

const PART_LABEL: Record<AuditPart, keyof AuditLabels> = {
  page: 'partPage',
  title: 'partTitle',
  summary: 'partSummary',
  keyTakeaways: 'partKeyTakeaways',
  intro: 'partIntro',
  section: 'partSection',
  faq: 'partFaq',
  conclusion: 'partConclusion',
  references: 'partReferences',
  review: 'partReview',
  disclaimer: 'partDisclaimer',
};

const SEVERITY_LABEL: Record<AuditSeverity, keyof AuditLabels> = {
  error: 'severityError',
  warning: 'severityWarning',
  info: 'severityInfo',
};

/** The words of a finding's severity, in the locale. */
export function severityText(severity: AuditSeverity, locale?: LocaleInput): string {
  return String(toolLabels(locale, 'Audit', auditLabelsByLanguage, 'severityText')[SEVERITY_LABEL[severity]]);
}

const COUNT_LABEL: Record<AuditSeverity, 'countError' | 'countWarning' | 'countInfo'> = {
  error: 'countError',
  warning: 'countWarning',
  info: 'countInfo',
};

/** The word for `count` in the plural category `Intl.PluralRules` picks for it in the locale (`other` when missing). */
function pluralWord(words: PluralWords, count: number, code: string): string {
  return words[new Intl.PluralRules(code).select(count)] ?? words.other;
}

/**
 * How many findings of each severity, in the locale's words and plurals:
 * "0 errors · 1 warning · 25 info findings", "0 errores graves · 1 aviso · 25 notas".
 */
export function countsText(findings: readonly AuditFinding[], locale?: LocaleInput): string {
  const labels = toolLabels(locale, 'Audit', auditLabelsByLanguage, 'countsText');
  const code = localeCode(locale, 'countsText');
  return (['error', 'warning', 'info'] as const)
    .map((severity) => {
      const count = findings.filter((finding) => finding.severity === severity).length;
      return `${formatNumber(count, code)} ${pluralWord(labels[COUNT_LABEL[severity]], count, code)}`;
    })
    .join(labels.countSeparator);
}

/** Where a finding is, for a person: "Section 3: How it works". */
export function whereText(where: AuditWhere, locale?: LocaleInput): string {
  const labels = toolLabels(locale, 'Audit', auditLabelsByLanguage, 'whereText');
  const part = String(labels[PART_LABEL[where.part]] ?? where.part);
  const number = where.index !== undefined ? ` ${where.index + 1}` : '';
  return where.heading ? `${part}${number}: ${where.heading}` : `${part}${number}`;
}

/** The message with the sentence or word it is about, when the value is text. */
export function findingText(finding: AuditFinding): string {
  return typeof finding.value === 'string' && finding.value !== '' && !finding.message.includes(finding.value)
    ? `${finding.message} “${finding.value}”`
    : finding.message;
}

export interface TableOptions {
  locale?: LocaleInput;
  /** ANSI colours for a terminal. Default `false` (plain text, for CI logs and files). */
  color?: boolean;
  /** Wrap the finding column at this many characters. Default 72. */
  width?: number;
}

const COLOURS: Record<AuditSeverity, string> = { error: '\u001b[31;1m', warning: '\u001b[33m', info: '\u001b[36m' };
const RESET = '\u001b[0m';
const DIM = '\u001b[2m';

function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line !== '' && [...line].length + 1 + [...word].length > width) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

const pad = (text: string, width: number) => text + ' '.repeat(Math.max(0, width - [...text].length));

/** The findings as a readable text table: severity, where, rule, finding. */
export function formatFindingsTable(findings: readonly AuditFinding[], options: TableOptions = {}): string {
  const labels = toolLabels(options.locale, 'Audit', auditLabelsByLanguage, 'formatFindingsTable');
  if (findings.length === 0) return labels.noFindings;
  const width = options.width ?? 72;
  const rows = findings.map((finding) => ({
    severity: finding.severity,
    cells: [severityText(finding.severity, options.locale), whereText(finding.where, options.locale), finding.rule],
    text: wrap(findingText(finding), width),
  }));
  const headings = [labels.columnSeverity, labels.columnWhere, labels.columnRule, labels.columnMessage];
  const widths = [0, 1, 2].map((column) =>
    Math.min(column === 1 ? 32 : 24, Math.max([...headings[column]!].length, ...rows.map((row) => [...row.cells[column]!].length))),
  );
  const clip = (text: string, max: number) => ([...text].length > max ? `${[...text].slice(0, max - 1).join('')}…` : text);
  const paint = (text: string, code: string) => (options.color ? `${code}${text}${RESET}` : text);
  const out = [paint(headings.map((heading, column) => (column < 3 ? pad(heading, widths[column]!) : heading)).join('  '), DIM)];
  for (const row of rows) {
    const [severity, where, rule] = row.cells.map((cell, column) => pad(clip(cell, widths[column]!), widths[column]!));
    out.push(`${paint(severity!, COLOURS[row.severity])}  ${where}  ${rule}  ${row.text[0]}`);
    const indent = ' '.repeat(widths[0]! + widths[1]! + widths[2]! + 6);
    for (const more of row.text.slice(1)) out.push(`${indent}${more}`);
  }
  return out.join('\n');
}
