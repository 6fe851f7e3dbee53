import type { Element, ElementContent, RootContent } from 'hast';
import { isHeading, meaningful } from './blocks';
import { elementChildren, excerpt, hasClass, idOf, isElement, type Notes, textOf, walk } from './hast';
import type { FaqPart, Recognition, SectionPart } from './parts';
import { takeClosingParagraphs, takeClosingSection } from './recogniseConclusion';

/**
 * The FAQ: an h2 with the FAQ words followed by h3 questions, and FAQ plugin
 * blocks (Yoast SEO, Rank Math) anywhere. Questions from several places are
 * joined into one FAQ, which the page shows after the sections.
 */

/** The FAQ found so far while the sections are read. */
export interface FaqFound {
  heading?: string;
  items: FaqPart[];
  /** Where each group of questions came from ('h3 questions', a plugin's name), for the note when several are joined. */
  sources: string[];
  /** The index in `parts.sections` where the FAQ was in the source; -1 until one is found. */
  foundAt: number;
  /** An FAQ block with the author's text after it in the same part: the FAQ was mid-part. */
  insidePart: boolean;
  /** Indexes in `parts.sections` of the sections after the FAQ. */
  sectionsAfter: number[];
}

export const noFaqFound = (): FaqFound => ({ items: [], sources: [], foundAt: -1, insidePart: false, sectionsAfter: [] });

// ---------------------------------------------------------------------------
// FAQ plugin blocks: found anywhere, replaced by a marker at the top level, where the sections are read.

const FAQ_BLOCK = 'mp-faq-block';

type FaqBlock = { plugin: string; items: FaqPart[] };

/** Replaces each FAQ plugin block by a marker at the top level; a block nested in a wrapper is placed after it. */
export function markFaqBlocks(blocks: RootContent[]): RootContent[] {
  const out: RootContent[] = [];
  for (const block of blocks) {
    if (block.type !== 'element') {
      out.push(block);
      continue;
    }
    const direct = faqBlockItems(block);
    if (direct) {
      out.push(marker(direct));
      continue;
    }
    // Nested inside a wrapper: take it out, put the marker after the wrapper.
    const found: FaqBlock[] = [];
    takeNestedFaqBlocks(block, found);
    if (!(found.length > 0 && textOf(block) === '' && !hasMedia(block))) out.push(block);
    out.push(...found.map(marker));
  }
  return out;
}

/** The FAQ plugin block a marker stands for. */
export const faqBlockOf = (node: RootContent): FaqBlock | undefined =>
  isElement(node, FAQ_BLOCK) ? (node.data as unknown as { faq: FaqBlock }).faq : undefined;

const hasFaqBlock = (blocks: RootContent[]) => blocks.some((block) => faqBlockOf(block));

const marker = (found: FaqBlock): Element => ({
  type: 'element',
  tagName: FAQ_BLOCK,
  properties: {},
  children: [],
  data: { faq: found } as unknown as Element['data'],
});

function faqBlockItems(node: Element): FaqBlock | undefined {
  if (hasClass(node, 'schema-faq')) return { plugin: 'Yoast SEO', items: yoastItems(node) };
  if ((node.properties.id === 'rank-math-faq' || hasClass(node, 'rank-math-block')) && hasRankMathItem(node)) {
    return { plugin: 'Rank Math', items: rankMathItems(node) };
  }
  return undefined;
}

function yoastItems(block: Element): FaqPart[] {
  const items: FaqPart[] = [];
  walk(block, (node) => {
    if (!isElement(node) || !hasClass(node, 'schema-faq-section')) return;
    let question = '';
    const answer: ElementContent[] = [];
    for (const child of elementChildren(node)) {
      if (hasClass(child, 'schema-faq-question')) question = textOf(child);
      else if (hasClass(child, 'schema-faq-answer')) answer.push(child.tagName === 'p' ? child : { ...child, tagName: 'div' });
    }
    items.push({ question, id: idOf(node), blocks: answer });
    return 'skip';
  });
  return items;
}

function rankMathItems(block: Element): FaqPart[] {
  const items: FaqPart[] = [];
  walk(block, (node) => {
    if (!isElement(node) || !hasClass(node, 'rank-math-list-item')) return;
    let question = '';
    const answer: ElementContent[] = [];
    for (const child of elementChildren(node)) {
      if (hasClass(child, 'rank-math-question')) question = textOf(child);
      else if (hasClass(child, 'rank-math-answer')) answer.push(...child.children);
    }
    items.push({ question, id: idOf(node), blocks: answer });
    return 'skip';
  });
  return items;
}

function hasRankMathItem(node: Element): boolean {
  let found = false;
  walk(node, (child) => {
    if (isElement(child) && hasClass(child, 'rank-math-list-item')) found = true;
  });
  return found;
}

/** Takes FAQ plugin blocks out of `parent` into `found`; a children list is copied only where one is taken out. */
function takeNestedFaqBlocks(parent: Element, found: FaqBlock[]): void {
  let kept: ElementContent[] | undefined;
  const children = parent.children;
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index]!;
    const items = child.type === 'element' ? faqBlockItems(child) : undefined;
    if (items) {
      found.push(items);
      kept ??= children.slice(0, index);
      continue;
    }
    if (child.type === 'element') takeNestedFaqBlocks(child, found);
    kept?.push(child);
  }
  if (kept) parent.children = kept;
}

const hasMedia = (node: Element) => {
  let media = false;
  walk(node, (child) => {
    if (isElement(child, 'img', 'iframe', 'video', 'table')) media = true;
  });
  return media;
};

// ---------------------------------------------------------------------------
// Taking the FAQ out of the parts as the sections are read.

function takeFaq({ faq, parts }: Recognition, items: FaqPart[], source: string): void {
  if (faq.foundAt < 0) faq.foundAt = parts.sections.length;
  faq.items.push(...items);
  faq.sources.push(source);
}

/** Blocks of a part, with an FAQ plugin block taken out (and closing paragraphs after it: the conclusion). */
export function takeFaqBlocks(list: RootContent[], recognition: Recognition): RootContent[] {
  const out: RootContent[] = [];
  for (let index = 0; index < list.length; index += 1) {
    const found = faqBlockOf(list[index]!);
    if (!found) {
      out.push(list[index]!);
      continue;
    }
    takeFaq(recognition, found.items, found.plugin);
    const kept = takeClosingParagraphs(list.slice(index + 1), recognition);
    // Text of the same part after the block: the FAQ, which the page shows after the sections, was mid-part.
    if (meaningful(kept).length > 0) recognition.faq.insidePart = true;
    out.push(...kept);
    break;
  }
  return out;
}

/**
 * An h2 section with the FAQ words, h3 questions or a plugin block after it, becomes the FAQ: true if it did. With
 * the words but no questions, it stays a section, with a note.
 */
export function takeFaqSection(heading: string, blocks: RootContent[], recognition: Recognition): boolean {
  const { words, notes, parts, faq } = recognition;
  if (!words.isFaqHeading(heading) || faq.items.length > 0) return false;
  const found = faqFromHeadings(blocks, notes);
  const plugin = blocks.map(faqBlockOf).find(Boolean);
  if (found.items.length === 0 && !plugin) {
    notes.add({
      kind: 'unrecognised',
      element: 'h2',
      message: `"${heading}" looks like an FAQ heading but no h3 questions follow it; it is kept as a section.`,
    });
    return false;
  }
  faq.heading = heading;
  if (found.items.length > 0) {
    takeFaq(recognition, found.items, 'h3 questions');
    const last = found.items.at(-1)!;
    last.blocks = takeClosingParagraphs(last.blocks as RootContent[], recognition) as ElementContent[];
  }
  const at = found.before.findIndex((block) => faqBlockOf(block));
  const before = at < 0 ? found.before : found.before.slice(0, at);
  const after = at < 0 ? [] : takeFaqBlocks(found.before.slice(at), recognition);
  // The page has no place between the FAQ heading and its questions, nor between the FAQ and the conclusion:
  // such text is kept at the end of the part before the FAQ.
  for (const [moved, where] of [
    [before, 'between the FAQ heading and its first question'],
    [after, 'after the FAQ block'],
  ] as const) {
    if (meaningful(moved).length === 0) continue;
    (parts.sections.at(-1)?.blocks ?? parts.intro).push(...moved);
    notes.add({
      kind: 'rewritten',
      element: 'p',
      message: `Text ${where} was moved to the end of the part before the FAQ.`,
      source: excerpt(moved.map((block) => textOf(block as Element)).join(' ')),
    });
  }
  return true;
}

/** An FAQ written as h3 questions: each answer is everything up to the next h3. */
function faqFromHeadings(blocks: RootContent[], notes: Notes): { before: RootContent[]; items: FaqPart[] } {
  const before: RootContent[] = [];
  const items: FaqPart[] = [];
  for (const block of blocks) {
    if (isHeading(block, 3)) items.push({ question: textOf(block), id: idOf(block), blocks: [] });
    else if (items.length > 0) items.at(-1)!.blocks.push(block as ElementContent);
    else before.push(block);
  }
  for (const item of items) {
    if (meaningful(item.blocks as RootContent[]).length === 0) {
      notes.add({
        kind: 'unrecognised',
        element: 'h3',
        message: `The FAQ question "${item.question}" has no answer after it.`,
        source: excerpt(item.question),
      });
    }
  }
  return { before, items };
}

/**
 * Adds a section (and its subsections) to the parts, keeping track of where the FAQ stood: `sourceBlocks` are the
 * section's blocks as written, before its FAQ block was taken out.
 */
export function addSection({ parts, faq }: Recognition, sourceBlocks: RootContent[], section: SectionPart[]): void {
  const faqInThisSection = hasFaqBlock(sourceBlocks);
  if (faq.foundAt >= 0 && !faqInThisSection) faq.sectionsAfter.push(parts.sections.length);
  const sectionsBefore = parts.sections.length;
  parts.sections.push(...section);
  // An FAQ block first found inside this section is placed after it (text after the block sets `insidePart`).
  if (faqInThisSection && faq.foundAt === sectionsBefore) faq.foundAt = parts.sections.length;
}

/**
 * Once every section is read: the FAQ becomes a part, and the section closing the article after it the conclusion;
 * notes say what moved.
 */
export function placeFaq({ parts, faq, notes }: Recognition): void {
  if (faq.items.length > 0) {
    parts.faq = { ...(faq.heading ? { heading: faq.heading } : {}), items: faq.items };
    if (faq.sources.length > 1) {
      notes.add({
        kind: 'rewritten',
        element: 'faq',
        message: `Questions from ${faq.sources.length} FAQ blocks (${faq.sources.join(', ')}) were joined into one FAQ.`,
      });
    }
    // The last section after the FAQ is its closing section; others move up to before the FAQ.
    takeClosingSection(parts, faq.sectionsAfter);
    if (parts.sections.length > faq.foundAt || faq.insidePart) {
      notes.add({
        kind: 'rewritten',
        element: 'faq',
        message: 'The FAQ was in the middle of the post; it is shown after the sections, where the page puts its FAQ.',
      });
    }
  }
  if (faq.items.some((item) => item.question === '')) {
    notes.add({
      kind: 'unrecognised',
      element: 'faq',
      message: 'An FAQ item has no question text; it is shown with a generic one. Add the question in the CMS.',
    });
  }
}
