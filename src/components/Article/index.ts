export { Article } from './Article';
export type {
  ArticleBody,
  ArticleData,
  ArticleProps,
  ArticleSectionContent,
  ArticleStructuredDataOptions,
  CiteMark,
} from './Article.types';
