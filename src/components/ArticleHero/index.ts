export { ArticleHero, defaultArticleHeroLabels } from './ArticleHero';
export type { ArticleHeroLabels, ArticleHeroProps } from './ArticleHero.types';
