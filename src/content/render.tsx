import type { Root, RootContent } from 'hast';
import { toJsxRuntime, type Components } from 'hast-util-to-jsx-runtime';
import { cloneElement, isValidElement, type ReactElement, type ReactNode } from 'react';
import { Fragment, jsx, jsxs } from 'react/jsx-runtime';
import type { ArticleBody, CiteMark } from '../components/Article/Article.types';
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

type SlotProps = { 'data-ids'?: unknown };
type BridgeProps = { cite: CiteMark; ids: string[] };

/** Where a citation mark goes in a built body: replaced by `CiteBridge` on each render, never rendered itself. */
const CiteSlot = (_props: SlotProps): ReactNode => null;
/** A component (not a bare call of `cite`) so the mark sits where it always did in the tree. */
const CiteBridge = ({ cite, ids }: BridgeProps): ReactNode => (ids.length > 0 ? cite(ids.length === 1 ? ids[0]! : ids) : null);

const idsOf = (props: SlotProps): string[] =>
  String(props['data-ids'] ?? '')
    .split(' ')
    .filter(Boolean);
const childrenOf = (node: ReactElement): ReactNode => (node.props as { children?: ReactNode }).children;

/**
 * A body for `ArticleData`: the React nodes themselves when it cites nothing,
 * else a function of `cite` that copies only the path from the top to each
 * mark (the rest of the nodes are shared). The hast → React conversion runs
 * once, at conversion time, never per render.
 */
function bodyOf(node: ReactNode): ArticleBody {
  // Arrays and elements on the way to a mark, found once.
  const holders = new WeakSet<object>();
  const find = (current: ReactNode): boolean => {
    if (Array.isArray(current)) {
      let found = false;
      for (const child of current as ReactNode[]) if (find(child)) found = true;
      if (found) holders.add(current);
      return found;
    }
    if (!isValidElement(current)) return false;
    if (current.type === CiteSlot) return true;
    const found = find(childrenOf(current));
    if (found) holders.add(current);
    return found;
  };
  if (!find(node)) return node;

  return ({ cite }) => {
    const fill = (current: ReactNode): ReactNode => {
      if (Array.isArray(current)) return holders.has(current) ? (current as ReactNode[]).map(fill) : current;
      if (!isValidElement(current)) return current;
      if (current.type === CiteSlot) return jsx(CiteBridge, { cite, ids: idsOf(current.props as SlotProps) }, current.key ?? undefined);
      if (!holders.has(current)) return current;
      return cloneElement(current, { children: fill(childrenOf(current)) } as Record<string, unknown>);
    };
    return fill(node);
  };
}

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
  const components = { a: ContentLink, ...context.components, [CITE]: CiteSlot } as unknown as Partial<Components>;
  const toReact = (nodes: RootContent[]): ReactNode => {
    const tree: Root = { type: 'root', children: nodes };
    // No keys: every children list is static (built once, `jsxs`), and a key per child cost a Map per element.
    return toJsxRuntime(tree, { Fragment, jsx, jsxs, components, ignoreInvalidStyle: true, passKeys: false });
  };

  return {
    /** Content where no citation mark can be (FAQ answers, key takeaways). */
    nodes: toReact,
    /** A part's body, which may hold citation marks. */
    body: (nodes: RootContent[]): ArticleBody => bodyOf(toReact(nodes)),
  };
}
