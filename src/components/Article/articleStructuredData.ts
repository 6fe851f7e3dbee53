import { Fragment, isValidElement, type ReactNode } from 'react';
import type { StructuredArticleInput, StructuredFaqItem } from '../../structured-data/types';
import type { ArticleData, ArticleStructuredDataOptions } from './Article.types';

/**
 * The plain text of simple content: strings, numbers, and host elements
 * (`<p>`, `<em>`, …) around them. `null` when a component is inside, whose
 * output cannot be known without rendering it.
 */
export function plainText(node: ReactNode): string | null {
  if (node === null || node === undefined || typeof node === 'boolean') return '';
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (Array.isArray(node)) {
    // Sibling blocks (paragraphs, lists), with or without the line breaks a CMS leaves between them, are separate
    // lines of text; inline content is joined as it is.
    const blocks = node.some(isBlock) && node.every((child) => isBlock(child) || (typeof child === 'string' && child.trim() === ''));
    const parts = (blocks ? node.filter(isBlock) : node).map(plainText);
    if (parts.some((part) => part === null)) return null;
    return parts.filter((part) => part !== '').join(blocks ? '\n\n' : '');
  }
  // A fragment (what medprose/content and hast-util-to-jsx-runtime give) is its children.
  if (isValidElement<{ children?: ReactNode }>(node) && (typeof node.type === 'string' || node.type === Fragment))
    return plainText(node.props.children);
  return null;
}

const BLOCKS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'div',
  'blockquote',
  'table',
  'figure',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'dl',
  'pre',
  'section',
]);
const isBlock = (node: ReactNode) => isValidElement(node) && typeof node.type === 'string' && BLOCKS.has(node.type);

/**
 * The article's structured-data input, built only from what `Article` shows:
 * title, standfirst, image, authors, reviewer, dates, and (opted in) the
 * questions with the ids the page gives them.
 */
export function articleStructuredInput(
  article: ArticleData & { url: string },
  questions: { id: string; question: string; answer: ReactNode }[],
  language: string,
  options: ArticleStructuredDataOptions,
): { input: StructuredArticleInput; skippedQuestions: number[] } {
  const skippedQuestions: number[] = [];
  const faq: StructuredFaqItem[] = [];
  if (options.faq) {
    questions.forEach((item, index) => {
      const answerText = plainText(item.answer);
      if (answerText === null || answerText.trim() === '') skippedQuestions.push(index);
      else faq.push({ id: item.id, question: item.question, answerText });
    });
  }
  const summary = plainText(article.summary);
  return {
    input: {
      url: article.url,
      headline: article.title,
      description: summary === null || summary === '' ? undefined : summary,
      image: article.image,
      author: article.authors,
      reviewer: article.review?.reviewer,
      lastReviewed: article.lastReviewed ?? article.review?.date,
      published: article.published,
      updated: article.updated,
      about: options.about,
      audience: options.audience,
      publisher: options.publisher,
      faq: faq.length > 0 ? faq : undefined,
      language,
    },
    skippedQuestions,
  };
}
