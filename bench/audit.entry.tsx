// What bench/audit.mjs measures: the editorial check on the sample article, in English and Spanish, and its floor.
import type { ArticleData } from '../src/components/Article/Article.types';
import { readContent } from '../src/audit/extract';
import { parseProse, type AuditLanguage } from '../src/audit/language';

export { auditArticle } from '../src/audit';
export { es } from '../src/locale';
export { ketamineArticleData, ketamineArticleDataEs } from '../stories/fixtures/ketamineArticleData';

/**
 * The check's floor: what every audit must do before any rule runs. The bodies read to text (rendered and parsed,
 * as auditArticle does) and that text split into sentences and words by the language's retext parser.
 */
export function readAndParse(article: ArticleData, language: AuditLanguage): number {
  const bodies = [
    article.summary,
    article.intro,
    ...(article.sections ?? []).map((section) => section.body),
    ...(article.faq?.items ?? []).map((item) => item.answer),
    article.conclusion?.body,
  ].filter((body) => body !== undefined && body !== null);
  let sentences = 0;
  for (const body of bodies) sentences += parseProse(readContent(body).paragraphs, language).sentences.length;
  return sentences;
}
