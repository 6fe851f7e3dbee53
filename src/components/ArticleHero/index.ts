export { ArticleHero } from './ArticleHero';
export { defaultArticleHeroLabels } from './ArticleHero.labels';
export type { ArticleHeroLabels, ArticleHeroProps } from './ArticleHero.types';
