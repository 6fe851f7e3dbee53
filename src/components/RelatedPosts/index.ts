export { RelatedPosts } from './RelatedPosts';
export { defaultRelatedPostsLabels } from './RelatedPosts.labels';
export type { LinkComponent, LinkComponentProps, RelatedPost, RelatedPostsLabels, RelatedPostsProps } from './RelatedPosts.types';
