import type { Root, RootContent } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import type { ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { CiteMark } from '../components/Article/Article.types';
import type { LinkComponent } from '../internal/link';
import { CITE } from './ids';
import type { ContentComponents } from './types';

export interface RenderContext {
  components: ContentComponents;
  linkComponent?: LinkComponent;
  /** The article's URL: links to the same host are internal. */
  url?: string;
}

function hostOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  try {
    return new URL(url).host.toLowerCase();
  } catch {
    return undefined;
  }
}

/** A relative link, or one to the article's own host (and not a fragment on this page). */
export function isInternal(href: string, host: string | undefined): boolean {
  if (href.startsWith('#')) return false;
  if (href.startsWith('//')) return host !== undefined && href.slice(2).split(/[/?#]/)[0]!.toLowerCase() === host;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(href)) return true;
  return host !== undefined && /^https?:/i.test(href) && hostOf(href) === host;
}

type LinkProps = { href?: string; className?: string; children?: ReactNode } & Record<string, unknown>;

/**
 * Renders a sanitised tree with React's JSX runtime: in Server Components and
 * with react-dom/server, no DOM and no `dangerouslySetInnerHTML`.
 */
export function createRenderer(context: RenderContext) {
  const host = hostOf(context.url);
  const Link = context.linkComponent;
  const ContentLink = ({ href, className, children, ...rest }: LinkProps) => {
    if (Link && typeof href === 'string' && isInternal(href, host)) {
      return jsx(Link, { href, className, children });
    }
    return jsx('a', { href, className, ...rest, children });
  };

  return (nodes: RootContent[], cite?: CiteMark): ReactNode => {
    const CiteBridge = (props: Record<string, unknown>) => {
      const ids = String(props['data-ids'] ?? '').split(' ').filter(Boolean);
      return cite && ids.length > 0 ? cite(ids.length === 1 ? ids[0]! : ids) : null;
    };
    const components = { a: ContentLink, ...context.components, [CITE]: CiteBridge } as unknown as Partial<Components>;
    const tree: Root = { type: 'root', children: nodes };
    return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true });
  };
}
