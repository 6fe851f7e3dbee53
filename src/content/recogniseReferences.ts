import type { Element, RootContent } from 'hast';
import type { Reference } from '../components/References/References.types';
import { safeHref } from '../internal/safeHref';
import { createSlugger } from '../internal/slug';
import { headingText, meaningful } from './blocks';
import { elementChildren, hasClass, idOf, isElement, textOf } from './hast';
import type { ReferencePart } from './parts';
import type { Words } from './words';

/**
 * References: WordPress core footnotes and Markdown footnotes anywhere, a
 * "References" section of lists, and a "References" h3/h4 with a list at the
 * very end of a section. Each list item becomes one entry, in source order.
 */

/** The entries found so far, each with a unique key. */
export interface ReferenceList {
  readonly references: ReferencePart[];
  /** Adds each `li` of `list` as an entry. */
  add(list: Element): void;
}

export function createReferenceList(): ReferenceList {
  const references: ReferencePart[] = [];
  const keys = createSlugger();
  return {
    references,
    add(list) {
      for (const item of elementChildren(list).filter((child) => child.tagName === 'li')) {
        const { reference, sourceId } = referenceFromItem(item, references.length);
        const key = keys.reserve(referenceKey(sourceId, String(references.length + 1)));
        references.push({ key, sourceId, reference: { id: key, ...reference } });
      }
    },
  };
}

/** A footnotes block: WordPress core's `ol.wp-block-footnotes`, or a Markdown `section[data-footnotes]`. */
export const isFootnotes = (node: Element) =>
  (isElement(node, 'section') && node.properties.dataFootnotes !== undefined) ||
  (isElement(node, 'ol') && hasClass(node, 'wp-block-footnotes'));

/** Takes footnote lists out of the top-level blocks into `references`. */
export function takeFootnotes(blocks: RootContent[], references: ReferenceList): RootContent[] {
  return blocks.filter((block) => {
    if (block.type === 'element' && isFootnotes(block)) {
      const list = block.tagName === 'ol' ? block : elementChildren(block).find((child) => child.tagName === 'ol');
      if (list) references.add(list);
      return false;
    }
    return true;
  });
}

/**
 * A section headed with the references words that holds nothing but lists becomes references: true if it did. A
 * line of text in it keeps it a section (the author's words are not dropped).
 */
export function takeReferencesSection(heading: string, blocks: RootContent[], words: Words, references: ReferenceList): boolean {
  const body = meaningful(blocks);
  if (!words.isReferencesHeading(heading) || body.length === 0 || !body.every((block) => isElement(block, 'ol', 'ul'))) return false;
  for (const list of body) references.add(list as Element);
  return true;
}

/** A "References" h3/h4 (or bold line) with a list at the very end of a section: the list becomes references. */
export function takeTrailingReferences(blocks: RootContent[], words: Words, references: ReferenceList): RootContent[] {
  const list = meaningful(blocks);
  const last = list.at(-1);
  const before = list.at(-2);
  const text = headingText(before);
  if (isElement(last, 'ol', 'ul') && text !== undefined && words.isReferencesHeading(text)) {
    references.add(last);
    return blocks.filter((node) => node !== last && node !== before);
  }
  return blocks;
}

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
  let title = textOf(cleaned).replace(/(?:[\s\u21A9\u2191^]|\uFE0E)+$/u, '');
  let doi: string | undefined;
  let pmid: string | undefined;
  let url: string | undefined;
  for (const link of links) {
    const href = typeof link.properties.href === 'string' ? link.properties.href : '';
    const linkText = textOf(link);
    // References normalises and links DOIs itself; here a doi.org link only needs recognising.
    const foundDoi = /^https?:\/\/(?:dx\.)?doi\.org\/(10\.\d{4,9}\/\S+)$/i.exec(href)?.[1] ?? null;
    const foundPmid = /pubmed\.ncbi\.nlm\.nih\.gov\/(\d+)/i.exec(href)?.[1];
    const isBareUrl =
      linkText === href || linkText.replace(/^https?:\/\//, '') === href.replace(/^https?:\/\//, '') || /^(?:doi:|pmid:)/i.test(linkText);
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
  title = title
    .replace(/\s+/g, ' ')
    .replace(/[\s,;:]+$/u, '')
    .trim();
  if (title === '') title = url ?? (doi ? `doi:${doi}` : `Reference ${index + 1}`);
  return { reference: { title, ...(doi ? { doi } : {}), ...(pmid ? { pmid } : {}), ...(url ? { url } : {}) }, sourceId };
}

/** Keys for entries: `ref-3` → `3` (so the entry keeps its anchor `ref-3`), `fn-who` → `who`. */
function referenceKey(sourceId: string | undefined, fallback: string): string {
  if (sourceId === undefined) return fallback;
  const bare = sourceId.replace(/^(?:ref|fn|cite-note|footnote)-/i, '');
  return bare === '' ? fallback : bare;
}
