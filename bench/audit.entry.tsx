// What bench/audit.mjs measures: the editorial check on the sample article, in English and Spanish, and its floor.
import type { ArticleData } from '../src/components/Article/Article.types';
import { readParts } from '../src/audit/auditArticle';
import { parseProse, type AuditLanguage } from '../src/audit/language';

export { auditArticle } from '../src/audit';
export { es } from '../src/locale';
export { ketamineArticleData, ketamineArticleDataEs } from '../stories/fixtures/ketamineArticleData';

/**
 * The check's floor: what every audit does before any rule runs. Every part read to text as auditArticle reads
 * it (readParts) and that text split into sentences and words by the language's retext parser.
 */
export function readAndParse(article: ArticleData, language: AuditLanguage): number {
  let sentences = 0;
  for (const part of readParts(article).parts) sentences += parseProse(part.text.paragraphs, language).sentences.length;
  return sentences;
}
