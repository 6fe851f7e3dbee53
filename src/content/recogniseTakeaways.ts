import type { Element, RootContent } from 'hast';
import { headingText, listItems, meaningful } from './blocks';
import { isElement } from './hast';
import type { Parts } from './parts';
import type { Words } from './words';

/**
 * Key takeaways: a heading with the takeaways words then a list, at the start
 * of the article (alone, in a box, or as the whole first section). Found once;
 * a summary list further on stays where it is.
 */

/** Key takeaways among the first blocks of a part: a heading with the words then a list, alone or in a box. */
export function takeTakeaways(blocks: RootContent[], words: Words, parts: Pick<Parts, 'keyTakeaways'>): RootContent[] {
  if (parts.keyTakeaways) return blocks;
  const list = meaningful(blocks);
  // Only the first few blocks: a summary list at the end of a part stays where it is.
  for (let index = 0; index < Math.min(list.length, 3); index += 1) {
    const block = list[index]!;
    const text = headingText(block);
    if (text !== undefined && words.isTakeawaysHeading(text) && isElement(list[index + 1], 'ul', 'ol')) {
      parts.keyTakeaways = listItems(list[index + 1] as Element);
      return blocks.filter((node) => node !== block && node !== list[index + 1]);
    }
    if (isElement(block, 'div', 'aside', 'section', 'blockquote')) {
      let inner = meaningful(block.children as RootContent[]);
      // Gutenberg groups wrap their content in an inner container.
      while (inner.length === 1 && isElement(inner[0], 'div')) inner = meaningful(inner[0].children as RootContent[]);
      const innerText = headingText(inner[0]);
      if (inner.length === 2 && innerText !== undefined && words.isTakeawaysHeading(innerText) && isElement(inner[1], 'ul', 'ol')) {
        parts.keyTakeaways = listItems(inner[1]);
        return blocks.filter((node) => node !== block);
      }
    }
  }
  return blocks;
}

/**
 * A first section headed with the takeaways words that is one list becomes the key takeaways: true if it did.
 * (`parts.sections` is empty for the first section; the caller says whether this is the article's first h2.)
 */
export function takeTakeawaysSection(heading: string, blocks: RootContent[], words: Words, parts: Parts): boolean {
  const body = meaningful(blocks);
  if (
    parts.sections.length !== 0 ||
    parts.keyTakeaways ||
    !words.isTakeawaysHeading(heading) ||
    body.length !== 1 ||
    !isElement(body[0], 'ul', 'ol')
  )
    return false;
  parts.keyTakeaways = listItems(body[0]);
  return true;
}
