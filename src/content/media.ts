import type { Element, Parents, Root } from 'hast';
import { isElement, rewrite, textOf } from './hast';

/**
 * Wide tables scroll inside the column instead of widening the page: each
 * table is wrapped in a region a keyboard can reach (`tabindex="0"`) and a
 * screen reader can name, by the table's caption or its figure's caption,
 * else by the locale's word for a table. Runs after the sanitiser (the
 * wrapper's attributes are the converter's, not the author's). The prose
 * styles (src/internal/prose.ts) make `[data-mp-scroll]` scroll.
 */
export function wrapTables(tree: Root, tableLabel: string): void {
  rewrite(tree, (node, parent) => {
    // The wrapper's own table (its children are mapped next) stays as it is.
    if (!isElement(node, 'table') || (parent.type === 'element' && parent.properties.dataMpScroll !== undefined)) return node;
    return {
      type: 'element',
      tagName: 'div',
      properties: { dataMpScroll: '', role: 'region', tabIndex: 0, ariaLabel: tableName(node, parent) ?? tableLabel },
      children: [node],
    };
  });
}

/** A table's own caption, or the caption of the figure it is the table of (WordPress's table block). */
function tableName(table: Element, parent: Parents): string | undefined {
  const caption = table.children.find((child): child is Element => isElement(child, 'caption'));
  const captionText = caption ? textOf(caption) : '';
  if (captionText !== '') return captionText;
  if (!isElement(parent, 'figure')) return undefined;
  const figcaption = parent.children.find((child): child is Element => isElement(child, 'figcaption'));
  const figcaptionText = figcaption ? textOf(figcaption) : '';
  return figcaptionText === '' ? undefined : figcaptionText;
}
