import type { ArticleData } from '../components/Article/Article.types';
import { helplineLines } from '../helplines/lines';
import { formatDate, parseDate } from '../internal/dates';
import { dialable } from '../internal/helplines/dialable';
import { localeCode } from '../locale/resolve';
import { auditLabelsByLanguage } from '../locale/auditLabels';
import { toolLabels } from '../locale/toolLabels';
import type {
  AuditFinding,
  AuditLabels,
  AuditOptions,
  AuditRuleId,
  AuditRuleOptions,
  AuditSeverity,
  AuditWhere,
  ReadingEaseTargets,
} from './audit.types';
import { readContent, type PartText } from './extract';
import { combine, parseProse, readability, styleMessages, type AuditLanguage, type Prose, type ReadabilityFigures } from './language';
import { isWholly, matches, mentions, wordLists } from './wordLists';

/** Reading targets: `standard` (grade 8, reading age about 13) and `nhs` (reading age 9 to 11). */
export const readingPresets: Record<'standard' | 'nhs', ReadingEaseTargets> = {
  standard: { maxGrade: 8, minSzigrisztPazos: 55, minFernandezHuerta: 60 },
  // Reading age 11 ≈ U.S. grade 6; INFLESZ 65+ is "bastante fácil" (primary school).
  nhs: { maxGrade: 6, minSzigrisztPazos: 65, minFernandezHuerta: 70 },
};

/** Each rule's severity unless `options.rules` changes it. */
export const defaultSeverities: Record<AuditRuleId, AuditSeverity> = {
  'reading-ease': 'warning',
  'long-sentence': 'warning',
  'passive-voice': 'info',
  'simpler-word': 'info',
  'no-reviewer': 'error',
  'review-age': 'warning',
  'review-overdue': 'error',
  'no-references': 'warning',
  'uncited-claim': 'warning',
  'no-disclaimer': 'warning',
  'faq-answer': 'warning',
  'crisis-help': 'error',
  'method-words': 'warning',
  'title-length': 'warning',
  'summary-length': 'warning',
  'heading-levels': 'warning',
  'image-alt': 'error',
  'link-text': 'warning',
  'unreadable-part': 'error',
  'unchecked-language': 'warning',
};

/** The rules that need the language's parser, formulas or word lists (English and Spanish). */
const LANGUAGE_RULES: AuditRuleId[] = [
  'reading-ease',
  'long-sentence',
  'passive-voice',
  'simpler-word',
  'uncited-claim',
  'crisis-help',
  'method-words',
  'link-text',
];

const SEVERITY_ORDER: Record<AuditSeverity, number> = { error: 0, warning: 1, info: 2 };
/** The numbers of the crisis lines in medprose's table (988, 116 123, 13 11 14, …), as the components dial them. */
const CRISIS_NUMBERS = new Set(
  helplineLines
    .filter((line) => line.kind === 'crisis')
    .flatMap((line) => [dialable(line.tel), dialable('sms' in line ? line.sms : undefined)])
    .filter((number): number is string => number !== null),
);
/** A `tel:` or `sms:` link to one of those lines, written by the author in a body (common in CMS posts). */
const linksToCrisisLine = (part: Part) =>
  part.text.links.some((link) => {
    const number = /^(?:tel|sms):([^?;]*)/i.exec(link.href.trim())?.[1];
    // `tel:116%20123`, `tel:116-123` and `tel:116123` are one number (an escape is not a digit).
    const digits = number === undefined ? null : dialable(number.replace(/%[0-9a-f]{2}/gi, ''));
    return digits !== null && CRISIS_NUMBERS.has(digits);
  });
const FILE_NAME = /^(?:[\w\-.~ %]+\.(?:jpe?g|png|gif|webp|avif|svg|bmp|tiff?|heic)|(?:img|dsc|dcim|pxl|screenshot)[-_ ]?\d[\w\-. ]*)$/i;
const DAY_MS = 86_400_000;
/** retext-simplify words that are the right word in health writing ("side effect", "the benefit of a treatment"). */
const DEFAULT_SIMPLIFY_IGNORE = ['effect', 'benefit', 'function', 'condition', 'require', 'requirement', 'assistance'];

export interface Part {
  where: AuditWhere;
  text: PartText;
  /** Level of the heading the part's body sits under (its own headings should start one below). */
  baseLevel: number;
  /** Whether the part is prose that reading ease is scored on alone. */
  scored: boolean;
  /** Its text as sentences, parsed once for every rule. */
  prose?: Prose;
}

/** The article's language for the formulas and word lists; `null` for a language without them. */
function languageOf(options: AuditOptions): AuditLanguage | null {
  const code = typeof options.locale === 'string' ? options.locale : options.locale?.code;
  if (code === undefined || code === '') return 'en';
  const language = code.split('-')[0]!.toLowerCase();
  return language === 'en' || language === 'es' ? language : null;
}

const plain = (value: string) => {
  const bare = value
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '');
  // In ASCII, \p{L} and \p{N} are [A-Za-z] and [0-9]; the Unicode class was most of the check's time on Spanish FAQs.
  // eslint-disable-next-line no-control-regex -- an ASCII test: the range starts at NUL on purpose
  const words = /^[\x00-\x7f]*$/.test(bare) ? bare.replace(/[^A-Za-z0-9]+/g, ' ') : bare.replace(/[^\p{L}\p{N}]+/gu, ' ');
  return words.trim();
};

const FILLER = new Set(['yes', 'no', 'si', 'it', 'they', 'them', 'this']);

/** True when an answer says nothing but its question's own words (three words or more, all from the question). */
function repeats(answer: string, question: string): boolean {
  if (answer === question) return true;
  const asked = new Set(question.split(' '));
  // "Yes, anxiety can cause insomnia" says no more than "Can anxiety cause insomnia?".
  const said = answer.split(' ').filter((word) => !FILLER.has(word));
  return said.length >= 3 && said.length <= asked.size + 2 && said.every((word) => asked.has(word));
}

/** Every part the reader sees, in page order, read from its server HTML (the FAQ answers also apart, in order). */
export function readParts(article: ArticleData): { parts: Part[]; faqParts: Part[] } {
  const parts: Part[] = [];
  if (article.summary !== undefined && article.summary !== null) {
    parts.push({ where: { part: 'summary' }, text: readContent(article.summary), baseLevel: 1, scored: false });
  }
  if (Array.isArray(article.keyTakeaways) && article.keyTakeaways.length > 0) {
    const items = article.keyTakeaways.map((item, index) => <li key={index}>{item}</li>);
    parts.push({ where: { part: 'keyTakeaways' }, text: readContent(<ul>{items}</ul>), baseLevel: 2, scored: false });
  }
  if (article.intro !== undefined) {
    parts.push({ where: { part: 'intro' }, text: readContent(article.intro), baseLevel: 1, scored: true });
  }
  const sectionList = Array.isArray(article.sections) ? article.sections : [];
  sectionList.forEach((section, index) => {
    if (section === null || typeof section !== 'object') return;
    parts.push({
      where: { part: 'section', index, heading: String(section.heading ?? '') },
      text: readContent(section.body),
      baseLevel: section.level === 3 ? 3 : 2,
      scored: true,
    });
  });
  const faqItems = Array.isArray(article.faq?.items) ? article.faq!.items : [];
  const faqParts = faqItems.map((item, index) => {
    const part: Part = {
      where: { part: 'faq', index, heading: String(item?.question ?? '') },
      text: readContent(item?.answer),
      baseLevel: 3,
      scored: false,
    };
    parts.push(part);
    return part;
  });
  if (article.conclusion && typeof article.conclusion === 'object') {
    parts.push({
      where: { part: 'conclusion', heading: String(article.conclusion.heading ?? '') },
      text: readContent(article.conclusion.body),
      baseLevel: article.conclusion.level === 3 ? 3 : 2,
      scored: true,
    });
  }

  return { parts, faqParts };
}

/**
 * The editorial check: reading ease, plain language, trust (review, sources,
 * disclaimer), safe messaging and structure, for one article as `ArticleData`.
 * Runs on the server or at build time: React bodies are rendered to static
 * HTML and read through an HTML parser. Returns findings, errors first;
 * messages are in the words of `options.locale`.
 */
export function auditArticle(article: ArticleData, options: AuditOptions = {}): AuditFinding[] {
  if (article === null || typeof article !== 'object') {
    throw new TypeError('auditArticle: `article` must be an ArticleData object.');
  }
  const language = languageOf(options);
  const labels: AuditLabels = toolLabels(options.locale, 'Audit', auditLabelsByLanguage, 'auditArticle');
  const code = localeCode(options.locale, 'auditArticle');
  const nowParsed = parseDate(options.now ?? new Date());
  const now = nowParsed ? nowParsed.date : new Date();
  const findings: AuditFinding[] = [];

  const settings = <K extends AuditRuleId>(rule: K): AuditRuleOptions[K] | null => {
    const value = options.rules?.[rule];
    if (value === false) return null;
    return (value ?? {}) as AuditRuleOptions[K];
  };
  const add = (
    rule: AuditRuleId,
    where: AuditWhere,
    message: string,
    value?: string | number,
    target?: string | number,
    severity?: AuditSeverity,
  ) => {
    const config = settings(rule);
    if (!config) return;
    const finding: AuditFinding = { rule, severity: severity ?? config.severity ?? defaultSeverities[rule], message, where };
    if (value !== undefined) finding.value = value;
    if (target !== undefined) finding.target = target;
    findings.push(finding);
  };

  // Read every part the reader sees, in page order.
  const title = typeof article.title === 'string' ? article.title : '';
  const { parts, faqParts } = readParts(article);

  for (const part of parts) {
    if (part.text.error !== undefined) add('unreadable-part', part.where, labels.unreadablePart(part.text.error));
    if (language) part.prose = parseProse(part.text.paragraphs, language);
  }
  // Never silent: an editor must know which checks, crisis help among them, did not run.
  if (language === null) {
    const skipped = LANGUAGE_RULES.filter((rule) => settings(rule) !== null);
    if (skipped.length > 0) add('unchecked-language', { part: 'page' }, labels.uncheckedLanguage(code, skipped.join(', ')), code);
  }

  // --- Reading ease, per part and for the whole page.
  const reading = settings('reading-ease');
  if (reading && language) {
    const targets = { ...readingPresets[options.preset ?? 'standard'], ...reading };
    const minWords = reading.minWords ?? 60;
    const judge = (figures: ReadabilityFigures, where: AuditWhere, always: boolean) => {
      if (figures.words === 0 || (!always && figures.words < minWords)) return;
      // A score that misses its target says what to do; one on target only says so, as information.
      const report = (
        value: number,
        target: number,
        missed: boolean,
        advice: typeof labels.readingGrade,
        onTarget: typeof labels.readingGrade,
      ) => {
        if (missed) add('reading-ease', where, advice(value, target), value, target);
        else if (always) add('reading-ease', where, onTarget(value, target), value, target, 'info');
      };
      if (language === 'en') {
        const grade = figures.grade!;
        report(grade, targets.maxGrade, grade > targets.maxGrade, labels.readingGrade, labels.readingGradeOnTarget);
        return;
      }
      const sp = figures.szigrisztPazos!;
      const fh = figures.fernandezHuerta!;
      report(
        sp,
        targets.minSzigrisztPazos,
        sp < targets.minSzigrisztPazos,
        labels.readingSzigrisztPazos,
        labels.readingSzigrisztPazosOnTarget,
      );
      report(
        fh,
        targets.minFernandezHuerta,
        fh < targets.minFernandezHuerta,
        labels.readingFernandezHuerta,
        labels.readingFernandezHuertaOnTarget,
      );
    };
    const figures = parts.map((part) => readability(part.prose!, language));
    judge(combine(figures, language), { part: 'page' }, true);
    parts.forEach((part, index) => {
      if (part.scored) judge(figures[index]!, part.where, false);
    });
  }

  // --- Plain language: long sentences (any language with a parser), passive voice and simpler words (English).
  const long = settings('long-sentence');
  const passive = settings('passive-voice');
  const simplify = settings('simpler-word');
  if (language) {
    const style =
      language === 'en' && (passive || simplify)
        ? styleMessages(
            parts.map((part) => part.prose!),
            simplify?.ignore ?? DEFAULT_SIMPLIFY_IGNORE,
          )
        : [];
    parts.forEach((part, index) => {
      if (long) {
        const max = long.maxWords ?? 25;
        for (const sentence of part.prose!.sentences) {
          if (sentence.words > max) add('long-sentence', part.where, labels.longSentence(sentence.words, max), sentence.text, max);
        }
      }
      for (const message of style[index] ?? []) {
        if (message.source === 'retext-passive') add('passive-voice', part.where, labels.passiveVoice(message.actual), message.sentence);
        else add('simpler-word', part.where, labels.simplerWord(message.actual, message.expected.join(', ')), message.sentence);
      }
    });
  }

  // --- Trust: reviewer, review dates, sources, disclaimer, FAQ answers.
  const reviewers = article.review?.reviewer;
  const reviewerNames = (Array.isArray(reviewers) ? reviewers : reviewers ? [reviewers] : []).filter(
    (person) => person && typeof person.name === 'string' && person.name.trim() !== '',
  );
  if (reviewerNames.length === 0) add('no-reviewer', { part: 'review' }, labels.noReviewer);
  const reviewDates = [parseDate(article.review?.date), parseDate(article.lastReviewed)].filter((date) => date !== null);
  const ageRule = settings('review-age');
  if (ageRule && reviewDates.length > 0) {
    const latest = Math.max(...reviewDates.map((date) => date.date.getTime()));
    const months = Math.floor((now.getTime() - latest) / (DAY_MS * 30.4375));
    const max = ageRule.maxMonths ?? 12;
    if (months > max) add('review-age', { part: 'review' }, labels.reviewAge(months, max), months, max);
  }
  const due = parseDate(article.nextReviewDue);
  if (due && due.date.getTime() < now.getTime()) {
    add('review-overdue', { part: 'review' }, labels.reviewOverdue(formatDate(due, code)), due.dateTime);
  }
  if (!Array.isArray(article.references) || article.references.length === 0) {
    add('no-references', { part: 'references' }, labels.noReferences);
  }
  if (language) {
    for (const part of parts) {
      if (!part.scored || part.text.citations > 0) continue;
      const claim = part.prose!.sentences.find((sentence) => mentions(wordLists[language].claim, sentence.text));
      if (claim) add('uncited-claim', part.where, labels.uncitedClaim, claim.text);
    }
  }
  if (article.disclaimer === false) add('no-disclaimer', { part: 'disclaimer' }, labels.noDisclaimer);
  faqParts.forEach((part) => {
    const answer = plain(part.text.paragraphs.join(' '));
    const question = plain(part.where.heading ?? '');
    if (answer === '') add('faq-answer', part.where, labels.faqAnswerEmpty);
    else if (question !== '' && repeats(answer, question)) {
      add('faq-answer', part.where, labels.faqAnswerRepeats, part.text.paragraphs.join(' '));
    }
  });

  // --- Safe messaging: suicide or self-harm mentioned, crisis help present, method words.
  if (language) {
    const lists = wordLists[language];
    const textOf = (part: Part) =>
      [part.where.heading ?? '', ...part.text.headings.map((heading) => heading.text), ...part.text.paragraphs].join('\n');
    const mentions = [
      { where: { part: 'title' } as AuditWhere, text: title },
      ...parts.map((part) => ({ where: part.where, text: textOf(part) })),
    ]
      .map((entry) => ({ ...entry, words: matches(lists.suicide, entry.text) }))
      .filter((entry) => entry.words.length > 0);
    if (mentions.length > 0) {
      const urgent = typeof article.disclaimer === 'object' && article.disclaimer !== null && article.disclaimer.variant === 'urgent';
      const crisisHelp = urgent || parts.some((part) => part.text.crisisHelp || linksToCrisisLine(part));
      if (!crisisHelp) add('crisis-help', mentions[0]!.where, labels.crisisHelp, mentions[0]!.words.join(', '));
      for (const part of parts) {
        const found = matches(lists.methods, textOf(part));
        if (found.length > 0) add('method-words', part.where, labels.methodWords(found.join(', ')), found.join(', '));
      }
    }
  }

  // --- Structure and search.
  const titleLength = [...title.trim()].length;
  const titleRule = settings('title-length');
  if (titleRule && titleLength > (titleRule.max ?? 60)) {
    add('title-length', { part: 'title' }, labels.titleLength(titleLength, titleRule.max ?? 60), titleLength, titleRule.max ?? 60);
  }
  const summaryRule = settings('summary-length');
  const summary = parts.find((part) => part.where.part === 'summary');
  if (summaryRule && summary) {
    const length = [...summary.text.paragraphs.join(' ')].length;
    const max = summaryRule.max ?? 160;
    if (length > max) add('summary-length', { part: 'summary' }, labels.summaryLength(length, max), length, max);
  }
  for (const part of parts) {
    let previous = part.baseLevel;
    for (const heading of part.text.headings) {
      if (heading.level > previous + 1)
        add('heading-levels', part.where, labels.headingLevels(previous, heading.level), heading.text, previous + 1);
      previous = heading.level;
    }
  }
  const images = [
    ...(article.image
      ? [
          {
            where: { part: 'title' } as AuditWhere,
            image: { src: String(article.image.src ?? ''), alt: article.image.alt as string | undefined },
          },
        ]
      : []),
    ...parts.flatMap((part) => part.text.images.map((image) => ({ where: part.where, image }))),
  ];
  for (const { where, image } of images) {
    if (image.alt === undefined || image.alt === null) add('image-alt', where, labels.imageNoAlt(image.src), image.src);
    else if (FILE_NAME.test(image.alt.trim())) add('image-alt', where, labels.imageFileNameAlt(image.alt), image.alt);
  }
  if (language) {
    for (const part of parts) {
      for (const link of part.text.links) {
        if (isWholly(wordLists[language].vagueLink, link.text)) add('link-text', part.where, labels.linkText(link.text), link.href);
      }
    }
  }

  return findings
    .map((finding, order) => ({ finding, order }))
    .sort((a, b) => SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] || a.order - b.order)
    .map(({ finding }) => finding);
}
