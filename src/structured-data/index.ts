export { buildArticleGraph } from './buildArticleGraph';
export type {
  BuildArticleGraphOptions,
  StructuredArticleInput,
  StructuredBreadcrumb,
  StructuredFaqItem,
  StructuredImage,
  StructuredPublisher,
  StructuredTopic,
} from './types';
