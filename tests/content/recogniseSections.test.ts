// @vitest-environment node
// The sections recogniser alone (src/content/recogniseSections.ts): layout unwrapped, the intro and h2 sections
// with their h3 subsections. The whole converter's behaviour is in html.test.tsx.
import { describe, expect, it } from 'vitest';
import { Notes, textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/parse';
import { createReferenceList } from '../../src/content/recogniseReferences';
import { flattenLayout, recogniseSections } from '../../src/content/recogniseSections';
import { wordsFor } from '../../src/content/words';

const read = (html: string) => {
  const notes = new Notes();
  const { parts } = recogniseSections(flattenLayout(parseHtml(html).children, notes), {
    words: wordsFor(undefined),
    notes,
    references: createReferenceList(),
  });
  return { parts, notes: notes.list };
};

describe('recogniseSections', () => {
  it('reads an intro, h2 sections and their h3 subsections, with the source ids', () => {
    const { parts, notes } = read(
      '<p>Why this matters.</p><h2 id="old">Side effects</h2><p>Most are mild.</p><h3>Rare</h3><p>Rash.</p><h2>Dosing</h2><p>Read the label.</p>',
    );
    expect(parts.intro.map((node) => textOf(node))).toEqual(['Why this matters.']);
    expect(
      parts.sections.map(({ heading, level, id, blocks }) => ({ heading, level, id, text: blocks.map((node) => textOf(node)) })),
    ).toEqual([
      { heading: 'Side effects', level: 2, id: 'old', text: ['Most are mild.'] },
      { heading: 'Rare', level: 3, id: undefined, text: ['Rash.'] },
      { heading: 'Dosing', level: 2, id: undefined, text: ['Read the label.'] },
    ]);
    expect(notes).toEqual([]);
  });

  it('keeps content with no h2 as the intro, with a note', () => {
    const { parts, notes } = read('<p>One thought.</p><h3>A small heading</h3><p>Another.</p>');
    expect(parts.sections).toEqual([]);
    expect(parts.intro).toHaveLength(3);
    expect(notes).toEqual([
      expect.objectContaining({ kind: 'unrecognised', element: 'h2', message: expect.stringMatching(/no h2 headings/) }),
    ]);
  });

  it('titles a heading that holds only an image by its alternative text, with a note', () => {
    const { parts, notes } = read('<h2><img src="/i.png" alt="Sleep"></h2><p>Rest helps.</p>');
    expect(parts.sections[0]?.heading).toBe('Sleep');
    expect(notes).toEqual([expect.objectContaining({ kind: 'rewritten', element: 'h2', source: 'Sleep' })]);
  });
});

describe('flattenLayout', () => {
  it('unwraps layout containers that hold the h2s, leaves other boxes, and makes an h1 an h2 with one note', () => {
    const notes = new Notes();
    const blocks = flattenLayout(
      parseHtml('<div class="entry-content"><h1>Start</h1><h2>Next</h2><div class="box"><p>Inside</p></div></div><h1>Again</h1>').children,
      notes,
    );
    expect(blocks.map((node) => (node.type === 'element' ? node.tagName : node.type))).toEqual(['h2', 'h2', 'div', 'h2']);
    expect(notes.list).toEqual([expect.objectContaining({ kind: 'rewritten', element: 'h1', count: 2 })]);
  });
});
