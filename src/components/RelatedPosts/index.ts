export { RelatedPosts } from './RelatedPosts';
export type { LinkComponent, LinkComponentProps, RelatedPost, RelatedPostsProps } from './RelatedPosts.types';
