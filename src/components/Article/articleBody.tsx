import type { ReactNode } from 'react';
import type { ArticleBody, CiteMark } from './Article.types';

/** Renders body content: paragraphs from a list of strings, marks through `cite`, anything else as given. */
export function renderArticleBody(body: ArticleBody, cite: CiteMark): ReactNode {
  if (typeof body === 'function') return body({ cite });
  if (Array.isArray(body) && body.every((part) => typeof part === 'string')) {
    return body.map((paragraph, index) => <p key={index}>{paragraph}</p>);
  }
  return body as ReactNode;
}
