import { isValidElement, type ReactNode } from 'react';
import { devWarning } from './devWarning';

/**
 * True if React can render `node`. Content from a CMS or JSON can hold a plain
 * object where text should be (`{}` for an empty field), and React throws on
 * one, taking the whole page down with it.
 */
export function isRenderable(node: unknown): boolean {
  if (typeof node !== 'object' || node === null) return true;
  if (isValidElement(node)) return true;
  if (Array.isArray(node)) return node.every(isRenderable);
  // Portals, lazy and server references, promises (React 19 unwraps them) and other iterables.
  return '$$typeof' in node || typeof (node as { then?: unknown }).then === 'function' || Symbol.iterator in node;
}

/**
 * `node` as given when React can render it. Otherwise what can be rendered of
 * it (a list keeps its good entries), with a development warning naming the
 * component and the prop.
 */
export function renderableContent(node: unknown, component: string, prop: string): ReactNode {
  if (isRenderable(node)) return node as ReactNode;
  if (process.env.NODE_ENV !== 'production')
    devWarning(component, prop, 'holds an object that is not text or a React element; that part is not shown.');
  return Array.isArray(node) ? node.filter(isRenderable) : null;
}
