export { ArticleSection } from './ArticleSection';
export { SectionIdScope } from '../../internal/sectionIds';
export { defaultArticleSectionLabels } from './ArticleSection.labels';
export type { ArticleSectionLabels, ArticleSectionProps } from './ArticleSection.types';
