import { devWarning } from '../../internal/devWarning';
import { isRecord } from '../../internal/isRecord';
import type { FaqItem } from '../FaqAccordion/FaqAccordion.types';
import type { ArticleData, ArticleSectionContent } from './Article.types';

/**
 * The parts of an `ArticleData` that `Article` lays out, checked once: data
 * from a CMS or JSON can hold `null` where a section or a question should be.
 * What cannot be read is left out with a development warning naming where it
 * was; everything else is kept as it is, so an author's content is never
 * dropped silently.
 */

const COMPONENT = 'Article';

/** The entries of a list that are objects, each with its index in the author's list (warnings name that one). */
function objectsIn<T>(value: unknown, prop: string, what: string): { entry: T; index: number }[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, prop, `expected an array of ${what}s; none is shown.`);
    return [];
  }
  const kept: { entry: T; index: number }[] = [];
  value.forEach((entry: unknown, index) => {
    if (isRecord(entry)) kept.push({ entry: entry as T, index });
    else if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, `${prop}[${index}]`, `is not a ${what} object; it is left out.`);
  });
  return kept;
}

export interface ArticleParts {
  sections: ArticleSectionContent[];
  faqItems: FaqItem[];
  /** Where each of `faqItems` is in `article.faq.items`. */
  faqIndexes: number[];
  /** The FAQ's own heading, if it has one. */
  faqHeading: string | undefined;
  conclusion: ArticleSectionContent | undefined;
}

export function articleParts(article: ArticleData): ArticleParts {
  const sections = objectsIn<ArticleSectionContent>(article.sections, 'article.sections', 'section').map(({ entry }) => entry);
  // An empty list is data (a post with no headings keeps its text in `intro`; a protected post has none, and the
  // converter notes it): only a list that is missing is the developer's to fix.
  if (process.env.NODE_ENV !== 'production' && (article.sections === undefined || article.sections === null)) {
    devWarning(COMPONENT, 'article.sections', 'is missing; the article has no body sections.');
  }
  const faq: unknown = article.faq;
  if (process.env.NODE_ENV !== 'production' && faq !== undefined && faq !== null && !isRecord(faq)) {
    devWarning(COMPONENT, 'article.faq', 'expected an object with items; no FAQ is shown.');
  }
  const questions = isRecord(faq) ? objectsIn<FaqItem>(faq.items, 'article.faq.items', 'question') : [];
  const faqHeading = isRecord(faq) && typeof faq.heading === 'string' ? faq.heading : undefined;
  const conclusion: unknown = article.conclusion;
  if (process.env.NODE_ENV !== 'production' && conclusion !== undefined && conclusion !== null && !isRecord(conclusion)) {
    devWarning(COMPONENT, 'article.conclusion', 'is not a section object; it is left out.');
  }
  return {
    sections,
    faqItems: questions.map(({ entry }) => entry),
    faqIndexes: questions.map(({ index }) => index),
    faqHeading,
    conclusion: isRecord(conclusion) ? (conclusion as unknown as ArticleSectionContent) : undefined,
  };
}

/** A heading as text: a section from a CMS may have none (`ArticleSection` warns and shows it untitled). */
export const headingText = (heading: unknown): string => (typeof heading === 'string' ? heading : '');
