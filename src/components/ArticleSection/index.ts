export { ArticleSection } from './ArticleSection';
export { defaultArticleSectionLabels } from './ArticleSection.labels';
export type { ArticleSectionLabels, ArticleSectionProps } from './ArticleSection.types';
