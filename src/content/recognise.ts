import type { Element, ElementContent, Root, RootContent } from 'hast';
import type { Reference } from '../components/References/References.types';
import { safeHref } from '../internal/safeHref';
import { createSlugger } from '../internal/slug';
import { elementChildren, excerpt, hasClass, idOf, isBlank, isElement, Notes, textOf, walk } from './hast';
import type { Words } from './words';

/**
 * The recognisers: they read the sanitised tree as an article (intro,
 * sections by h2, subsections by h3, FAQ, key takeaways, references, a
 * conclusion) and leave every other block where it is.
 */

export interface SectionPart {
  heading: string;
  id?: string;
  level: 2 | 3;
  blocks: RootContent[];
}

export interface FaqPart {
  question: string;
  id?: string;
  blocks: ElementContent[];
}

export interface ReferencePart {
  key: string;
  /** The id the entry had in the source, which links in the text point to. */
  sourceId?: string;
  reference: Reference;
}

export interface Parts {
  intro: RootContent[];
  sections: SectionPart[];
  faq?: { heading?: string; items: FaqPart[] };
  conclusion?: SectionPart & { generatedHeading: boolean };
  keyTakeaways?: ElementContent[][];
  references: ReferencePart[];
}

const FAQ_BLOCK = 'mp-faq-block';

/** An h1–h6, of `level` (or `other`) if given. */
function isHeading(node: RootContent | undefined, level?: number, other?: number): node is Element {
  if (node === undefined || node.type !== 'element') return false;
  const name = node.tagName;
  if (name.length !== 2 || name.charCodeAt(0) !== 104 /* h */) return false;
  const found = name.charCodeAt(1) - 48;
  if (found < 1 || found > 6) return false;
  return level === undefined || found === level || found === other;
}

const meaningful = (nodes: readonly RootContent[]) => nodes.filter((node) => !isBlank(node));

/** A heading, or a paragraph that is only bold text (how many editors write a small heading). */
function headingText(node: RootContent | undefined): string | undefined {
  if (node === undefined || node.type !== 'element') return undefined;
  if (/^h[2-6]$/.test(node.tagName)) return textOf(node);
  if (node.tagName === 'p') {
    const inner = meaningful(node.children);
    if (inner.length === 1 && isElement(inner[0], 'strong', 'b')) return textOf(node);
  }
  return undefined;
}

// ---------------------------------------------------------------------------
// FAQ plugin blocks (Yoast SEO, Rank Math): found anywhere, replaced by a marker.

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

function faqBlockItems(node: Element): { plugin: string; items: FaqPart[] } | undefined {
  if (hasClass(node, 'schema-faq')) return { plugin: 'Yoast SEO', items: yoastItems(node) };
  if ((node.properties.id === 'rank-math-faq' || hasClass(node, 'rank-math-block')) && hasRankMathItem(node)) {
    return { plugin: 'Rank Math', items: rankMathItems(node) };
  }
  return undefined;
}

function hasRankMathItem(node: Element): boolean {
  let found = false;
  walk(node, (child) => {
    if (isElement(child) && hasClass(child, 'rank-math-list-item')) found = true;
  });
  return found;
}

/** Replaces each FAQ plugin block by a marker at the top level, where the recognisers see it. */
type FaqBlock = { plugin: string; items: FaqPart[] };

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

function markFaqBlocks(blocks: RootContent[], notes: Notes): RootContent[] {
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
  void notes;
  return out;
}

const hasMedia = (node: Element) => {
  let media = false;
  walk(node, (child) => {
    if (isElement(child, 'img', 'iframe', 'video', 'table')) media = true;
  });
  return media;
};

const marker = (found: { plugin: string; items: FaqPart[] }): Element => ({
  type: 'element',
  tagName: FAQ_BLOCK,
  properties: {},
  children: [],
  data: { faq: found } as unknown as Element['data'],
});
const markerItems = (node: RootContent): { plugin: string; items: FaqPart[] } | undefined =>
  isElement(node, FAQ_BLOCK) ? ((node.data as unknown as { faq: { plugin: string; items: FaqPart[] } }).faq) : undefined;

// ---------------------------------------------------------------------------
// References: a headed list, WordPress core footnotes, Markdown footnotes.

function referenceFromItem(item: Element, index: number): { reference: Omit<Reference, 'id'>; sourceId?: string } {
  const sourceId = idOf(item);
  // Back-links to the text ("↩") are the list's own: References draws new ones.
  const cleaned = structuredClone(item);
  const links: Element[] = [];
  const dropBackLinks = (parent: Element) => {
    parent.children = parent.children.filter((child) => {
      if (!isElement(child)) return true;
      const href = typeof child.properties.href === 'string' ? child.properties.href : '';
      if (child.tagName === 'a' && (href.startsWith('#') || child.properties.dataFootnoteBackref !== undefined)) return false;
      if (child.tagName === 'a') links.push(child);
      dropBackLinks(child);
      return true;
    });
  };
  dropBackLinks(cleaned);
  let title = textOf(cleaned).replace(/[\s↩︎↑^]+$/u, '');
  let doi: string | undefined;
  let pmid: string | undefined;
  let url: string | undefined;
  for (const link of links) {
    const href = typeof link.properties.href === 'string' ? link.properties.href : '';
    const linkText = textOf(link);
    // References normalises and links DOIs itself; here a doi.org link only needs recognising.
    const foundDoi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i.exec(href)?.[1] ?? null;
    const foundPmid = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/i.exec(href)?.[1];
    const isBareUrl = linkText === href || linkText.replace(/^https?:\/\//, '') === href.replace(/^https?:\/\//, '') || /^(?:doi:|pmid:)/i.test(linkText);
    if (foundDoi && !doi) doi = decodeURIComponent(foundDoi);
    else if (foundPmid && !pmid) pmid = foundPmid;
    else if (!url && /^https?:/i.test(href) && safeHref(href)) url = href;
    else continue;
    // The list shows DOIs, PubMed ids and URLs itself: drop them from the text when they were only the address.
    if (isBareUrl && linkText !== '') title = title.replace(linkText, '');
  }
  if (!doi) {
    const inText = /\bdoi:\s*(10\.\d{4,9}\/\S+?)[.,;]?(?:\s|$)/i.exec(title);
    if (inText?.[1]) {
      doi = inText[1];
      title = title.replace(inText[0], ' ');
    }
  }
  title = title.replace(/\s+/g, ' ').replace(/[\s,;:]+$/u, '').trim();
  if (title === '') title = url ?? (doi ? `doi:${doi}` : `Reference ${index + 1}`);
  return { reference: { title, ...(doi ? { doi } : {}), ...(pmid ? { pmid } : {}), ...(url ? { url } : {}) }, sourceId };
}

/** Keys for entries: `ref-3` → `3` (so the entry keeps its anchor `ref-3`), `fn-who` → `who`. */
function referenceKey(sourceId: string | undefined, fallback: string): string {
  if (sourceId === undefined) return fallback;
  const bare = sourceId.replace(/^(?:ref|fn|cite-note|footnote)-/i, '');
  return bare === '' ? fallback : bare;
}

// ---------------------------------------------------------------------------

export interface RecogniseInput {
  tree: Root;
  words: Words;
  notes: Notes;
}

/** Unwraps layout containers (Gutenberg groups, an `.entry-content` div) that hold the article's h2s. */
function flatten(blocks: RootContent[], notes: Notes): RootContent[] {
  const out: RootContent[] = [];
  for (const block of blocks) {
    if (isElement(block, 'div', 'section', 'article', 'main', 'header', 'footer') && !isFootnotes(block) && containsH2(block)) {
      out.push(...flatten(block.children as RootContent[], notes));
    } else if (isHeading(block, 1)) {
      notes.add({ kind: 'rewritten', element: 'h1', message: 'An <h1> in the content became an <h2>: the page has one h1, the article title.', source: excerpt(textOf(block)) }, 'h1');
      out.push({ ...block, tagName: 'h2' });
    } else out.push(block);
  }
  return out;
}

const containsH2 = (node: Element): boolean => node.children.some((child) => isHeading(child as RootContent, 1, 2) || (isElement(child) && containsH2(child)));

const isFootnotes = (node: Element) =>
  (isElement(node, 'section') && node.properties.dataFootnotes !== undefined) || (isElement(node, 'ol') && hasClass(node, 'wp-block-footnotes'));

export function recognise({ tree, words, notes }: RecogniseInput): Parts {
  const references: ReferencePart[] = [];
  const keys = createSlugger();
  const addReferences = (list: Element, origin: string) => {
    for (const item of elementChildren(list).filter((child) => child.tagName === 'li')) {
      const { reference, sourceId } = referenceFromItem(item, references.length);
      const key = keys.reserve(referenceKey(sourceId, String(references.length + 1)));
      references.push({ key, sourceId, reference: { id: key, ...reference } });
    }
    void origin;
  };

  // Footnote lists anywhere become references (WordPress core footnotes, Markdown footnotes).
  let blocks = flatten(tree.children, notes).filter((block) => {
    if (block.type === 'element' && isFootnotes(block)) {
      const list = block.tagName === 'ol' ? block : elementChildren(block).find((child) => child.tagName === 'ol');
      if (list) addReferences(list, 'footnotes');
      return false;
    }
    return true;
  });
  blocks = markFaqBlocks(blocks, notes);

  // Split into the intro and h2 segments.
  const intro: RootContent[] = [];
  const segments: { heading: Element; blocks: RootContent[] }[] = [];
  for (const block of blocks) {
    if (isHeading(block, 2)) segments.push({ heading: block, blocks: [] });
    else (segments.at(-1)?.blocks ?? intro).push(block);
  }
  if (segments.length === 0 && meaningful(intro).length > 0 && !intro.some((block) => markerItems(block))) {
    notes.add({ kind: 'unrecognised', element: 'h2', message: 'The content has no h2 headings, so it has no sections: all of it is shown as the introduction.' });
  }

  const parts: Parts = { intro: [], sections: [], references };
  const faqItems: FaqPart[] = [];
  let faqHeading: string | undefined;
  let faqFoundAt = -1; // index in `sections` where the FAQ was in the source
  let faqInsidePart = false; // an FAQ block with the author's text after it in the same part
  const faqSources: string[] = [];
  let conclusion: Parts['conclusion'];
  const sectionsAfterFaq: number[] = [];

  const takeFaq = (items: FaqPart[], source: string) => {
    if (faqFoundAt < 0) faqFoundAt = parts.sections.length;
    faqItems.push(...items);
    faqSources.push(source);
  };

  /** Closing paragraphs ("In conclusion, …") after an FAQ's last answer become the conclusion. */
  const splitClosing = (after: RootContent[]): RootContent[] => {
    const at = after.findIndex((block) => isElement(block, 'p') && words.isClosing(textOf(block)));
    if (at < 0 || conclusion) return after;
    conclusion = { heading: words.conclusionHeading, level: 2, blocks: after.slice(at), generatedHeading: true };
    notes.add({
      kind: 'rewritten',
      element: 'p',
      message: `The closing paragraph after the FAQ became the conclusion, headed "${words.conclusionHeading}".`,
      source: excerpt(textOf(after[at]!)),
    });
    return after.slice(0, at);
  };

  /** Blocks of a part, with FAQ plugin blocks taken out (and closing paragraphs after them). */
  const withoutFaqBlocks = (list: RootContent[]): RootContent[] => {
    const out: RootContent[] = [];
    for (let index = 0; index < list.length; index += 1) {
      const found = markerItems(list[index]!);
      if (!found) {
        out.push(list[index]!);
        continue;
      }
      takeFaq(found.items, found.plugin);
      const rest = list.slice(index + 1);
      const kept = splitClosing(rest);
      // Text of the same part after the block: the FAQ, which the page shows after the sections, was mid-part.
      if (meaningful(kept).length > 0) faqInsidePart = true;
      out.push(...kept);
      break;
    }
    return out;
  };

  // Key takeaways before the first section.
  parts.intro = withoutFaqBlocks(takeTakeaways(intro, words, parts));

  segments.forEach((segment, index) => {
    const heading = sectionTitle(segment.heading, notes);
    const body = meaningful(segment.blocks);

    if (words.isFaqHeading(heading) && faqItems.length === 0) {
      const found = faqFromHeadings(segment.blocks, notes);
      const plugin = segment.blocks.map(markerItems).find(Boolean);
      if (found.items.length > 0 || plugin) {
        faqHeading = heading;
        if (found.items.length > 0) {
          takeFaq(found.items, 'h3 questions');
          const last = found.items.at(-1)!;
          last.blocks = splitClosing(last.blocks as RootContent[]) as ElementContent[];
        }
        const at = found.before.findIndex((block) => markerItems(block));
        const before = at < 0 ? found.before : found.before.slice(0, at);
        const after = at < 0 ? [] : withoutFaqBlocks(found.before.slice(at));
        // The page has no place between the FAQ heading and its questions, nor between the FAQ and the conclusion:
        // such text is kept at the end of the part before the FAQ.
        for (const [moved, where] of [[before, 'between the FAQ heading and its first question'], [after, 'after the FAQ block']] as const) {
          if (meaningful(moved).length === 0) continue;
          (parts.sections.at(-1)?.blocks ?? parts.intro).push(...moved);
          notes.add({
            kind: 'rewritten',
            element: 'p',
            message: `Text ${where} was moved to the end of the part before the FAQ.`,
            source: excerpt(moved.map((block) => textOf(block as Element)).join(' ')),
          });
        }
        return;
      }
      notes.add({ kind: 'unrecognised', element: 'h2', message: `"${heading}" looks like an FAQ heading but no h3 questions follow it; it is kept as a section.` });
    }

    if (words.isReferencesHeading(heading) && body.length > 0 && body.every((block) => isElement(block, 'ol', 'ul'))) {
      for (const list of body) addReferences(list as Element, 'list');
      return;
    }

    if (index === 0 && parts.sections.length === 0 && !parts.keyTakeaways && words.isTakeawaysHeading(heading) && body.length === 1 && isElement(body[0], 'ul', 'ol')) {
      parts.keyTakeaways = listItems(body[0]);
      return;
    }

    let blocksOfSection = segment.blocks;
    if (parts.sections.length === 0 && !parts.keyTakeaways && meaningful(parts.intro).length === 0) {
      blocksOfSection = takeTakeaways(blocksOfSection, words, parts);
    }
    blocksOfSection = trailingReferences(withoutFaqBlocks(blocksOfSection), words, addReferences);
    const faqInThisSection = markerInSection(segment.blocks);
    if (faqFoundAt >= 0 && !faqInThisSection) sectionsAfterFaq.push(parts.sections.length);
    const sectionsBefore = parts.sections.length;
    parts.sections.push(...subsections(heading, idOf(segment.heading), blocksOfSection, notes));
    // An FAQ block first found inside this section is placed after it (text after the block sets `faqInsidePart`).
    if (faqInThisSection && faqFoundAt === sectionsBefore) faqFoundAt = parts.sections.length;
  });

  if (faqItems.length > 0) {
    parts.faq = { ...(faqHeading ? { heading: faqHeading } : {}), items: faqItems };
    if (faqSources.length > 1) {
      notes.add({ kind: 'rewritten', element: 'faq', message: `Questions from ${faqSources.length} FAQ blocks (${faqSources.join(', ')}) were joined into one FAQ.` });
    }
    // The last section after the FAQ is its closing section; others move up to before the FAQ.
    const after = sectionsAfterFaq.filter((at) => (parts.sections[at]?.level ?? 2) === 2);
    if (!conclusion && after.length > 0) {
      const at = after.at(-1)!;
      const moved = parts.sections.splice(at);
      const [first, ...subs] = moved;
      conclusion = { ...first!, generatedHeading: false };
      // Subsections of the closing section stay inside it as h3s.
      for (const sub of subs) conclusion.blocks.push({ type: 'element', tagName: 'h3', properties: sub.id ? { id: sub.id } : {}, children: [{ type: 'text', value: sub.heading }] }, ...sub.blocks);
    }
    if (parts.sections.length > faqFoundAt || faqInsidePart) {
      notes.add({
        kind: 'rewritten',
        element: 'faq',
        message: 'The FAQ was in the middle of the post; it is shown after the sections, where the page puts its FAQ.',
      });
    }
  }
  if (conclusion) parts.conclusion = conclusion;
  if (faqItems.some((item) => item.question === '')) {
    notes.add({ kind: 'unrecognised', element: 'faq', message: 'An FAQ item has no question text; it is shown with a generic one. Add the question in the CMS.' });
  }
  return parts;
}

const markerInSection = (blocks: RootContent[]) => blocks.some((block) => markerItems(block));

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
    if (isElement(node, 'img') && typeof node.properties.alt === 'string' && node.properties.alt.trim() !== '') alts.push(node.properties.alt.trim());
  });
  if (alts.length === 0) return '';
  const title = alts.join(' ');
  notes.add({ kind: 'rewritten', element: heading.tagName, message: `A heading held only an image; its alternative text "${title}" is the section title, and the image is not shown in it.`, source: excerpt(title) });
  return title;
}

function listItems(list: Element): ElementContent[][] {
  return elementChildren(list)
    .filter((child) => child.tagName === 'li')
    .map((item) => item.children);
}

/** Key takeaways at the start of a part: a heading with the words then a list, alone or in a box. */
function takeTakeaways(blocks: RootContent[], words: Words, parts: Parts): RootContent[] {
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

/** A "References" h3/h4 with a list at the very end of a section. */
function trailingReferences(blocks: RootContent[], words: Words, add: (list: Element, origin: string) => void): RootContent[] {
  const list = meaningful(blocks);
  const last = list.at(-1);
  const before = list.at(-2);
  const text = headingText(before);
  if (isElement(last, 'ol', 'ul') && text !== undefined && words.isReferencesHeading(text)) {
    add(last, 'list');
    return blocks.filter((node) => node !== last && node !== before);
  }
  return blocks;
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
      notes.add({ kind: 'unrecognised', element: 'h3', message: `The FAQ question "${item.question}" has no answer after it.`, source: excerpt(item.question) });
    }
  }
  return { before, items };
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

