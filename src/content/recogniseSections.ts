import type { Element, RootContent } from 'hast';
import { isHeading, meaningful } from './blocks';
import { excerpt, idOf, isElement, type Notes, textOf, walk } from './hast';
import type { Recognition, SectionPart } from './parts';
import { addSection, faqBlockOf, noFaqFound, takeFaqBlocks, takeFaqSection } from './recogniseFaq';
import { type ReferenceList, isFootnotes, takeReferencesSection, takeTrailingReferences } from './recogniseReferences';
import { takeTakeaways, takeTakeawaysSection } from './recogniseTakeaways';
import type { Words } from './words';

/**
 * Sections: the article read as an intro and h2 sections with their h3
 * subsections. Each h2 part is offered to the other recognisers first (an FAQ,
 * references, key takeaways); what none of them takes is a section.
 */

/** Unwraps layout containers (Gutenberg groups, an `.entry-content` div) that hold the article's h2s; an h1 becomes an h2. */
export function flattenLayout(blocks: RootContent[], notes: Notes): RootContent[] {
  const out: RootContent[] = [];
  for (const block of blocks) {
    if (isElement(block, 'div', 'section', 'article', 'main', 'header', 'footer') && !isFootnotes(block) && containsH2(block)) {
      out.push(...flattenLayout(block.children as RootContent[], notes));
    } else if (isHeading(block, 1)) {
      notes.add(
        {
          kind: 'rewritten',
          element: 'h1',
          message: 'An <h1> in the content became an <h2>: the page has one h1, the article title.',
          source: excerpt(textOf(block)),
        },
        'h1',
      );
      out.push({ ...block, tagName: 'h2' });
    } else out.push(block);
  }
  return out;
}

const containsH2 = (node: Element): boolean =>
  node.children.some((child) => isHeading(child as RootContent, 1, 2) || (isElement(child) && containsH2(child)));

/**
 * Reads the top-level blocks (layout flattened, footnotes and FAQ plugin blocks already taken out or marked) into
 * the intro and sections, with the key takeaways, references and FAQ found among them. `placeFaq` then places the FAQ.
 */
export function recogniseSections(
  blocks: RootContent[],
  { words, notes, references }: { words: Words; notes: Notes; references: ReferenceList },
): Recognition {
  // Split into the intro and h2 segments.
  const intro: RootContent[] = [];
  const segments: { heading: Element; blocks: RootContent[] }[] = [];
  for (const block of blocks) {
    if (isHeading(block, 2)) segments.push({ heading: block, blocks: [] });
    else (segments.at(-1)?.blocks ?? intro).push(block);
  }
  if (segments.length === 0 && meaningful(intro).length > 0 && !intro.some((block) => faqBlockOf(block))) {
    notes.add({
      kind: 'unrecognised',
      element: 'h2',
      message: 'The content has no h2 headings, so it has no sections: all of it is shown as the introduction.',
    });
  }

  const recognition: Recognition = {
    words,
    notes,
    references,
    parts: { intro: [], sections: [], references: references.references },
    faq: noFaqFound(),
  };
  const { parts } = recognition;
  // Key takeaways before the first section.
  parts.intro = takeFaqBlocks(takeTakeaways(intro, words, parts), recognition);

  segments.forEach((segment, index) => {
    const heading = sectionTitle(segment.heading, notes);
    if (takeFaqSection(heading, segment.blocks, recognition)) return;
    if (takeReferencesSection(heading, segment.blocks, words, references)) return;
    if (index === 0 && takeTakeawaysSection(heading, segment.blocks, words, parts)) return;

    let blocksOfSection = segment.blocks;
    if (parts.sections.length === 0 && !parts.keyTakeaways && meaningful(parts.intro).length === 0) {
      blocksOfSection = takeTakeaways(blocksOfSection, words, parts);
    }
    blocksOfSection = takeTrailingReferences(takeFaqBlocks(blocksOfSection, recognition), words, references);
    addSection(recognition, segment.blocks, subsections(heading, idOf(segment.heading), blocksOfSection, notes));
  });
  return recognition;
}

/**
 * A heading's text. A heading that holds only an image (an icon with its alt text) is titled by the alt text, with a
 * note, so neither the title nor the words the author gave the image are lost.
 */
function sectionTitle(heading: Element | undefined, notes: Notes): string {
  if (heading === undefined) return '';
  const text = textOf(heading);
  if (text !== '') return text;
  const alts: string[] = [];
  walk(heading, (node) => {
    if (isElement(node, 'img') && typeof node.properties.alt === 'string' && node.properties.alt.trim() !== '')
      alts.push(node.properties.alt.trim());
  });
  if (alts.length === 0) return '';
  const title = alts.join(' ');
  notes.add({
    kind: 'rewritten',
    element: heading.tagName,
    message: `A heading held only an image; its alternative text "${title}" is the section title, and the image is not shown in it.`,
    source: excerpt(title),
  });
  return title;
}

/** A section and its h3 subsections (level 3, each right after its section). */
function subsections(heading: string, id: string | undefined, blocks: RootContent[], notes: Notes): SectionPart[] {
  const out: SectionPart[] = [{ heading, id, level: 2, blocks: [] }];
  for (const block of blocks) {
    if (isHeading(block, 3)) out.push({ heading: sectionTitle(block as Element, notes), id: idOf(block as Element), level: 3, blocks: [] });
    else out.at(-1)!.blocks.push(block);
  }
  return out;
}
