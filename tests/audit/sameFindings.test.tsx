// @vitest-environment node
// The editorial check was made faster (decision 0017): the bodies parsed without source positions, each sentence
// walked once, retext-passive and retext-simplify run once per article instead of once per part, passive voice only
// looked for where a "to be" form is. None of that may change a finding. These tests hold it to that: against
// the plugins run the plain way, part by part, and against the findings main gave before the change.
import { unified } from 'unified';
import retextEnglish from 'retext-english';
import retextPassive from 'retext-passive';
import retextSimplify from 'retext-simplify';
import { VFile } from 'vfile';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { auditArticle, defaultAuditLabels as words, type AuditFinding } from '../../src/audit';
import { readContent } from '../../src/audit/extract';
import { es, type ArticleData } from '../../src';
import { ketamineArticleData, ketamineArticleDataEs } from '../../stories/fixtures/ketamineArticleData';
import before from './fixtures/sampleFindings.json';

const NOW = '2026-12-01';
const IGNORE = ['effect', 'benefit', 'function', 'condition', 'require', 'requirement', 'assistance'];
const reference = unified().use(retextEnglish).use(retextPassive).use(retextSimplify, { ignore: IGNORE }).freeze();

/** The article's parts in page order, as auditArticle reads them. */
function partsOf(article: ArticleData): { where: AuditFinding['where']; content: unknown }[] {
  const parts: { where: AuditFinding['where']; content: unknown }[] = [];
  if (article.summary !== undefined) parts.push({ where: { part: 'summary' }, content: article.summary });
  if (article.keyTakeaways?.length) {
    parts.push({
      where: { part: 'keyTakeaways' },
      content: (
        <ul>
          {article.keyTakeaways.map((item, i) => (
            <li key={i}>{item}</li>
          ))}
        </ul>
      ),
    });
  }
  if (article.intro !== undefined) parts.push({ where: { part: 'intro' }, content: article.intro });
  (article.sections ?? []).forEach((section, index) =>
    parts.push({ where: { part: 'section', index, heading: String(section.heading) }, content: section.body }),
  );
  (article.faq?.items ?? []).forEach((item, index) =>
    parts.push({ where: { part: 'faq', index, heading: String(item.question) }, content: item.answer }),
  );
  if (article.conclusion)
    parts.push({ where: { part: 'conclusion', heading: String(article.conclusion.heading) }, content: article.conclusion.body });
  return parts;
}

/** What the two plugins say about one part's text, run alone on it, mapped to its sentences by offset. */
function pluginFindings(article: ArticleData): [string, AuditFinding['where'], string, string][] {
  return partsOf(article).flatMap(({ where, content }) => {
    const text = readContent(content as ReactNode).paragraphs.join('\n\n');
    const file = new VFile(text);
    const tree = reference.parse(file);
    reference.runSync(tree, file);
    const spans: { start: number; end: number; text: string }[] = [];
    for (const paragraph of tree.children) {
      if (paragraph.type !== 'ParagraphNode') continue;
      for (const sentence of paragraph.children) {
        if (sentence.type !== 'SentenceNode') continue;
        spans.push({
          start: sentence.position!.start.offset!,
          end: sentence.position!.end.offset!,
          text: text.slice(sentence.position!.start.offset, sentence.position!.end.offset).trim(),
        });
      }
    }
    const seen = new Set<string>();
    return file.messages.flatMap((message): [string, AuditFinding['where'], string, string][] => {
      if (message.source === 'retext-simplify' && (message.expected ?? []).length === 0) return [];
      const offset = message.place && 'start' in message.place ? message.place.start.offset! : 0;
      const sentence = spans.find((span) => offset >= span.start && offset < span.end)!.text;
      const key = `${message.source} ${String(message.actual).toLowerCase()} ${sentence}`;
      if (seen.has(key)) return [];
      seen.add(key);
      const actual = String(message.actual);
      return message.source === 'retext-passive'
        ? [['passive-voice', where, words.passiveVoice(actual), sentence]]
        : [['simpler-word', where, words.simplerWord(actual, (message.expected ?? []).join(', ')), sentence]];
    });
  });
}

/** The check's passive-voice and simpler-word findings, in its order. */
const styleFindings = (article: ArticleData) =>
  auditArticle(article, { now: NOW })
    .filter((finding) => finding.rule === 'passive-voice' || finding.rule === 'simpler-word')
    .map((finding) => [finding.rule, finding.where, finding.message, finding.value]);

const sound: ArticleData = {
  title: 'Sleep and worry',
  review: { reviewer: { name: 'Dr Ada Reviewer' }, date: '2026-09-01' },
  references: [{ id: 'guide', title: 'A guide to sleep' }],
  sections: [],
};

describe('passive voice and simpler words', () => {
  it('are what retext-passive and retext-simplify report part by part, on the sample article', () => {
    const expected = pluginFindings(ketamineArticleData);
    expect(expected.length).toBeGreaterThan(20);
    expect(styleFindings(ketamineArticleData)).toEqual(expected);
  });

  it('report the same sentence in every part it is in, in page order, passive voice before simpler words', () => {
    const data: ArticleData = {
      ...sound,
      intro: ['The tablets were given at night. You can utilize a diary.'],
      sections: [{ heading: 'Doses', body: ['The tablets were given at night.'] }],
    };
    expect(styleFindings(data)).toEqual([
      ['passive-voice', { part: 'intro' }, words.passiveVoice('given'), 'The tablets were given at night.'],
      ['simpler-word', { part: 'intro' }, words.simplerWord('utilize', 'use'), 'You can utilize a diary.'],
      ['passive-voice', { part: 'section', index: 0, heading: 'Doses' }, words.passiveVoice('given'), 'The tablets were given at night.'],
    ]);
    expect(styleFindings(data)).toEqual(pluginFindings(data));
  });

  it('find passive voice after any "to be" form, in any case, and not a participle without one', () => {
    const data: ArticleData = {
      ...sound,
      intro: ['The dose WAS given twice. It has been shown to help. Given at night, the tablets help. Mistakes made early matter.'],
    };
    expect(styleFindings(data).map(([, , message]) => message)).toEqual([words.passiveVoice('given'), words.passiveVoice('shown')]);
    expect(styleFindings(data)).toEqual(pluginFindings(data));
  });

  it('give the same advice once per sentence', () => {
    const data: ArticleData = { ...sound, intro: ['You can utilize it and utilize it again.'] };
    expect(styleFindings(data)).toEqual([
      ['simpler-word', { part: 'intro' }, words.simplerWord('utilize', 'use'), 'You can utilize it and utilize it again.'],
    ]);
  });
});

describe('the sample article', () => {
  const strip = (findings: AuditFinding[]) => findings.map(({ message: _message, ...rest }) => rest);

  it('gives the findings it gave before the speed work, in English', () => {
    const findings = auditArticle(ketamineArticleData, { now: before.now });
    expect(strip(findings)).toEqual(before.en);
    // What those findings say, read once by a person: grade 10.1 for the page, 20 long sentences, 17 passives.
    expect(findings.find((finding) => finding.where.part === 'page')).toMatchObject({ rule: 'reading-ease', value: 10.1, target: 8 });
    expect(findings.filter((finding) => finding.rule === 'long-sentence')).toHaveLength(20);
    expect(findings.filter((finding) => finding.rule === 'passive-voice')).toHaveLength(17);
  });

  it('gives the findings it gave before the speed work, in Spanish', () => {
    const findings = auditArticle(ketamineArticleDataEs, { now: before.now, locale: es });
    expect(strip(findings)).toEqual(before.es);
    const page = findings.filter((finding) => finding.where.part === 'page');
    expect(page.map((finding) => finding.target)).toEqual([55, 60]);
    expect(findings.some((finding) => finding.rule === 'passive-voice' || finding.rule === 'simpler-word')).toBe(false);
  });
});

describe('an FAQ answer that repeats its question', () => {
  it('is found with accents, Spanish punctuation and non-Latin letters alike', () => {
    const findings = auditArticle(
      {
        ...sound,
        faq: {
          items: [
            { question: '¿La ansiedad causa insomnio?', answer: 'Sí, la ansiedad causa insomnio.' },
            { question: 'Η ανησυχία προκαλεί αϋπνία;', answer: 'Η ανησυχία προκαλεί αϋπνία.' },
            { question: 'Can worry cause insomnia?', answer: 'Yes, worry can cause insomnia.' },
            { question: 'Can worry cause insomnia?', answer: 'Worry can cause insomnia in teenagers.' },
          ],
        },
      },
      { now: NOW, locale: es },
    );
    expect(findings.filter((finding) => finding.rule === 'faq-answer').map((finding) => finding.where.index)).toEqual([0, 1, 2]);
  });
});
