export { Article } from './Article';
export type { ArticleBody, ArticleData, ArticleProps, ArticleSectionContent, CiteMark } from './Article.types';
