import type { Element, ElementContent, RootContent } from 'hast';
import { elementChildren, isBlank, isElement, textOf } from './hast';

/** Small helpers over the article's top-level blocks, shared by the recognisers (`recognise*.ts`). */

/** An h1–h6, of `level` (or `other`) if given. */
export function isHeading(node: RootContent | undefined, level?: number, other?: number): node is Element {
  if (node === undefined || node.type !== 'element') return false;
  const name = node.tagName;
  if (name.length !== 2 || name.charCodeAt(0) !== 104 /* h */) return false;
  const found = name.charCodeAt(1) - 48;
  if (found < 1 || found > 6) return false;
  return level === undefined || found === level || found === other;
}

/** The blocks that are not whitespace or comments. */
export const meaningful = (nodes: readonly RootContent[]) => nodes.filter((node) => !isBlank(node));

/** A heading, or a paragraph that is only bold text (how many editors write a small heading). */
export function headingText(node: RootContent | undefined): string | undefined {
  if (node === undefined || node.type !== 'element') return undefined;
  if (/^h[2-6]$/.test(node.tagName)) return textOf(node);
  if (node.tagName === 'p') {
    const inner = meaningful(node.children);
    if (inner.length === 1 && isElement(inner[0], 'strong', 'b')) return textOf(node);
  }
  return undefined;
}

/** The contents of each `li` of a list. */
export function listItems(list: Element): ElementContent[][] {
  return elementChildren(list)
    .filter((child) => child.tagName === 'li')
    .map((item) => item.children);
}
