import type { ArticleHeroLabels } from './ArticleHero.types';

/** The hero's English words: the defaults, and the `en` locale's group. */
export const defaultArticleHeroLabels: ArticleHeroLabels = {
  by: 'By',
  reviewedBy: 'Medically reviewed by',
  on: 'on',
  published: 'Published',
  updated: 'Updated',
  readingTime: (minutes) => `${minutes} min read`,
};
