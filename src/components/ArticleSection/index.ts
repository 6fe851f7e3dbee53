export { ArticleSection } from './ArticleSection';
export type { ArticleSectionProps } from './ArticleSection.types';
