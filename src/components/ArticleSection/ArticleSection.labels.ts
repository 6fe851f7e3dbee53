import type { ArticleSectionLabels } from './ArticleSection.types';

/** The section's English words: the defaults, and the `en` locale's group. */
export const defaultArticleSectionLabels: ArticleSectionLabels = {
  permalink: (heading) => `Link to section: ${heading}`,
};
