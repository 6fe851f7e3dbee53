import type { Element, ElementContent, Nodes, Parents, Root, RootContent } from 'hast';
import { toString } from 'hast-util-to-string';
import type { ContentNote } from './types';

/** Small helpers over hast shared by the transforms. */

/**
 * True for an element, and if names are given, one of those. Named parameters,
 * not a rest list: the passes call this for most nodes, and a rest list is an
 * array allocated on every call.
 */
export function isElement(
  node: Nodes | undefined,
  a?: string,
  b?: string,
  c?: string,
  d?: string,
  e?: string,
  f?: string,
): node is Element {
  if (node === undefined || node.type !== 'element') return false;
  if (a === undefined) return true;
  const name = node.tagName;
  return name === a || name === b || name === c || name === d || name === e || name === f;
}

/**
 * True if one of the element's class tokens is `token` (or matches it).
 * WordPress often leaves stray spaces in class attributes; several passes call
 * this for most elements, so the usual case allocates nothing.
 */
export function hasClass(node: Element, token: string | RegExp): boolean {
  const value: unknown = node.properties.className;
  // A string or a list of them; anything else (most elements have no class) matches nothing, and no list is made.
  if (typeof value === 'string') return classTokenMatches(value, token);
  if (!Array.isArray(value)) return false;
  for (const item of value) if (classTokenMatches(String(item), token)) return true;
  return false;
}

function classTokenMatches(text: string, token: string | RegExp): boolean {
  // The parser splits class attributes already; a token with spaces inside comes only from a hand-made tree.
  if (/\s/.test(text))
    return text.split(/\s+/).some((part) => part !== '' && (typeof token === 'string' ? part === token : token.test(part)));
  return text !== '' && (typeof token === 'string' ? text === token : token.test(text));
}

export const idOf = (node: Element): string | undefined => {
  const id = node.properties.id;
  return typeof id === 'string' && id.trim() !== '' ? id.trim().replace(/\s+/g, '-') : undefined;
};

/** Text as a reader reads it: whitespace collapsed, trimmed. */
export const textOf = (node: Nodes): string => toString(node).replace(/\s+/g, ' ').trim();

/** True for a text node of only whitespace (between block elements). */
export const isBlank = (node: Nodes): boolean => node.type === 'comment' || (node.type === 'text' && node.value.trim() === '');

export const elementChildren = (node: Parents): Element[] =>
  (node.children as RootContent[]).filter((child): child is Element => child.type === 'element');

/**
 * Depth-first walk; the visitor may return 'skip' to leave a node's children
 * alone. It may change a node's properties, not a children list (use `rewrite`).
 */
export function walk(node: Nodes, visit: (node: Nodes, parent: Parents | undefined) => void | 'skip', parent?: Parents): void {
  if (visit(node, parent) === 'skip') return;
  if ('children' in node) {
    const children = node.children;
    for (let index = 0; index < children.length; index += 1) walk(children[index]!, visit, node);
  }
}

/**
 * Rebuilds every parent's children through `map`, top-down: return the node
 * (its children are then mapped), a list of nodes (an unwrap: each is mapped
 * in turn), or `null` to drop it with everything inside. `keep`, if given, is
 * asked about each element after its children were mapped: `false` drops it.
 * A children list is copied only when something in it changes.
 */
export function rewrite(
  node: Parents,
  map: (node: RootContent, parent: Parents) => RootContent | RootContent[] | null,
  keep?: (node: Element) => boolean,
): void {
  const process = (children: RootContent[], parent: Parents): RootContent[] => {
    let next: RootContent[] | undefined; // the new list, from the first change on
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      const result = map(child, parent);
      let kept: RootContent | RootContent[] | null = result;
      if (result !== null && !Array.isArray(result)) {
        if ('children' in result) {
          const mapped = process(result.children, result);
          if (mapped !== result.children) result.children = mapped as typeof result.children;
        }
        if (keep && result.type === 'element' && !keep(result)) kept = null;
      } else if (Array.isArray(result)) kept = process(result, parent);
      if (next === undefined) {
        if (kept === child) continue;
        next = children.slice(0, index);
      }
      if (kept === null) continue;
      if (Array.isArray(kept)) next.push(...kept);
      else next.push(kept);
    }
    return next ?? children;
  };
  const mapped = process(node.children, node);
  if (mapped !== node.children) node.children = mapped as typeof node.children;
}

export const root = (children: RootContent[]): Root => ({ type: 'root', children });

export const element = (tagName: string, properties: Element['properties'], children: ElementContent[] = []): Element => ({
  type: 'element',
  tagName,
  properties,
  children,
});

/** A short excerpt for a note: at most 80 characters of text. */
export function excerpt(text: string): string | undefined {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean === '') return undefined;
  return clean.length > 80 ? `${clean.slice(0, 79)}…` : clean;
}

/**
 * Collects notes. The same removal repeated (a `style` attribute on every
 * span of a pasted document) becomes one note with a count, so the list stays
 * readable.
 */
export class Notes {
  readonly list: ContentNote[] = [];
  private readonly seen = new Map<string, ContentNote>();

  add(note: ContentNote, mergeKey?: string): void {
    if (mergeKey !== undefined) {
      const known = this.seen.get(mergeKey);
      if (known) {
        known.count = (known.count ?? 1) + 1;
        return;
      }
      this.seen.set(mergeKey, note);
    }
    this.list.push(note);
  }
}
