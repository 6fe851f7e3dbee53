// medprose/content: CMS content (WordPress REST posts, HTML, Markdown) as a safe,
// typed ArticleData. Server-only: it parses and sanitises with the unified/hast
// family, so it belongs in a route, a Server Component or a build script, never
// in a client bundle. It renders with React's JSX runtime and needs no context.
export { articleFromHtml } from './html';
export { articleFromWordPress } from './wordpress';
export { articleFromMarkdown } from './markdown';
export type { ContentLabels } from '../locale/contentLabels';
export type {
  ContentComponents,
  ContentNote,
  ContentOptions,
  ContentResult,
  WordPressAuthor,
  WordPressMedia,
  WordPressOptions,
  WordPressPost,
  WordPressTerm,
} from './types';
