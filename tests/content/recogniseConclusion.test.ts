// @vitest-environment node
// The conclusion recogniser alone (src/content/recogniseConclusion.ts).
import { describe, expect, it } from 'vitest';
import { Notes, textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/parse';
import type { Parts, Recognition, SectionPart } from '../../src/content/parts';
import { takeClosingParagraphs, takeClosingSection } from '../../src/content/recogniseConclusion';
import { noFaqFound } from '../../src/content/recogniseFaq';
import { createReferenceList } from '../../src/content/recogniseReferences';
import { wordsFor } from '../../src/content/words';

const recognition = (): Recognition => ({
  words: wordsFor(undefined),
  notes: new Notes(),
  parts: { intro: [], sections: [], references: [] },
  references: createReferenceList(),
  faq: noFaqFound(),
});
const blocks = (html: string) => parseHtml(html).children;

describe('takeClosingParagraphs', () => {
  it('makes a closing paragraph and what follows it the conclusion, under the generated heading, with a note', () => {
    const found = recognition();
    const kept = takeClosingParagraphs(
      blocks('<p>Last answer.</p><p>In conclusion, most people recover.</p><p>See your GP if unsure.</p>'),
      found,
    );
    expect(kept.map((node) => textOf(node))).toEqual(['Last answer.']);
    expect(found.parts.conclusion).toMatchObject({ heading: 'Conclusion', generatedHeading: true, level: 2 });
    expect(found.parts.conclusion?.blocks.map((node) => textOf(node))).toEqual([
      'In conclusion, most people recover.',
      'See your GP if unsure.',
    ]);
    expect(found.notes.list).toEqual([
      expect.objectContaining({ kind: 'rewritten', element: 'p', source: 'In conclusion, most people recover.' }),
    ]);
  });

  it('leaves paragraphs without a closing phrase, and takes none once there is a conclusion', () => {
    const found = recognition();
    expect(takeClosingParagraphs(blocks('<p>Concluding trials are under way.</p>'), found)).toHaveLength(1);
    expect(found.parts.conclusion).toBeUndefined();
    found.parts.conclusion = { heading: 'Earlier', level: 2, blocks: [], generatedHeading: false };
    expect(takeClosingParagraphs(blocks('<p>In conclusion, again.</p>'), found)).toHaveLength(1);
    expect(found.parts.conclusion.heading).toBe('Earlier');
  });
});

describe('takeClosingSection', () => {
  const section = (heading: string, level: 2 | 3 = 2): SectionPart => ({
    heading,
    level,
    id: heading.toLowerCase(),
    blocks: blocks(`<p>${heading} text.</p>`),
  });

  it('makes the last h2 section after the FAQ the conclusion, its subsections inside it as h3s', () => {
    const parts: Parts = {
      intro: [],
      references: [],
      sections: [section('Before'), section('After one'), section('Closing'), section('Detail', 3)],
    };
    takeClosingSection(parts, [1, 2, 3]);
    expect(parts.sections.map((part) => part.heading)).toEqual(['Before', 'After one']);
    expect(parts.conclusion).toMatchObject({ heading: 'Closing', id: 'closing', generatedHeading: false });
    expect(parts.conclusion?.blocks.map((node) => (node.type === 'element' ? `${node.tagName}: ${textOf(node)}` : ''))).toEqual([
      'p: Closing text.',
      'h3: Detail',
      'p: Detail text.',
    ]);
  });

  it('changes nothing with no section after the FAQ or a conclusion already found', () => {
    const parts: Parts = { intro: [], references: [], sections: [section('Only')] };
    takeClosingSection(parts, []);
    expect(parts.conclusion).toBeUndefined();
    parts.conclusion = { heading: 'Found', level: 2, blocks: [], generatedHeading: true };
    takeClosingSection(parts, [0]);
    expect(parts.sections).toHaveLength(1);
  });
});
