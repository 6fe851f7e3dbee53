// @vitest-environment node
// The key takeaways recogniser alone (src/content/recogniseTakeaways.ts).
import type { Element, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/parse';
import type { Parts } from '../../src/content/parts';
import { takeTakeaways, takeTakeawaysSection } from '../../src/content/recogniseTakeaways';
import { wordsFor } from '../../src/content/words';

const words = wordsFor(undefined);
const blocks = (html: string) => parseHtml(html).children;
const itemsText = (parts: Pick<Parts, 'keyTakeaways'>) =>
  parts.keyTakeaways?.map((item) => item.map((node) => textOf(node as RootContent)).join(''));

describe('takeTakeaways', () => {
  it('takes a takeaways heading and the list after it out of the first blocks', () => {
    const parts: Pick<Parts, 'keyTakeaways'> = {};
    const rest = takeTakeaways(
      blocks('<p><strong>Key takeaways</strong></p><ul><li>Drink water.</li><li>Rest.</li></ul><p>Body text.</p>'),
      words,
      parts,
    );
    expect(itemsText(parts)).toEqual(['Drink water.', 'Rest.']);
    expect(rest.map((node) => textOf(node))).toEqual(['Body text.']);
  });

  it('takes a takeaways box (a Gutenberg group with its inner container) whole', () => {
    const parts: Pick<Parts, 'keyTakeaways'> = {};
    const rest = takeTakeaways(
      blocks('<div class="wp-block-group"><div class="inner"><h3>Key points</h3><ol><li>One.</li></ol></div></div><p>After.</p>'),
      words,
      parts,
    );
    expect(itemsText(parts)).toEqual(['One.']);
    expect(rest.map((node) => (node as Element).tagName)).toEqual(['p']);
  });

  it('leaves a takeaways list after the first three blocks, and takes none once some are found', () => {
    const late = '<p>A.</p><p>B.</p><p>C.</p><h3>Key takeaways</h3><ul><li>Late.</li></ul>';
    const parts: Pick<Parts, 'keyTakeaways'> = {};
    expect(takeTakeaways(blocks(late), words, parts)).toHaveLength(5);
    expect(parts.keyTakeaways).toBeUndefined();
    const found: Pick<Parts, 'keyTakeaways'> = { keyTakeaways: [[]] };
    expect(takeTakeaways(blocks('<h3>Key takeaways</h3><ul><li>Second.</li></ul>'), words, found)).toHaveLength(2);
  });
});

describe('takeTakeawaysSection', () => {
  const empty = (): Parts => ({ intro: [], sections: [], references: [] });

  it('makes a first section headed with the words and holding one list the takeaways', () => {
    const parts = empty();
    expect(takeTakeawaysSection('Key takeaways', blocks('<ul><li>Sleep.</li></ul>'), words, parts)).toBe(true);
    expect(itemsText(parts)).toEqual(['Sleep.']);
  });

  it('keeps the section when it holds more than the list or sections came before it', () => {
    expect(takeTakeawaysSection('Key takeaways', blocks('<ul><li>Sleep.</li></ul><p>More.</p>'), words, empty())).toBe(false);
    const later = { ...empty(), sections: [{ heading: 'First', level: 2 as const, blocks: [] }] };
    expect(takeTakeawaysSection('Key takeaways', blocks('<ul><li>Sleep.</li></ul>'), words, later)).toBe(false);
    expect(later).not.toHaveProperty('keyTakeaways');
  });
});
