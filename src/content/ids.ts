import type { Element, ElementContent, RootContent } from 'hast';
import { createSlugger } from '../internal/slug';
import { excerpt, isBlank, isElement, Notes, textOf } from './hast';
import type { Parts } from './recognise';

/**
 * Ids and in-page links. The page's own ids are worked out exactly as
 * `Article` makes them (one slugger, same order), and written onto the parts
 * so `Article` keeps them. Ids in the content are kept unless they clash with
 * one of those; then they are renamed and every link to them follows. Links to
 * references become `Cite` marks in the text, or links to the entry elsewhere.
 */

export const CITE = 'mp-cite';

const fragmentOf = (href: unknown): string | undefined => {
  if (typeof href !== 'string' || !href.startsWith('#') || href.length < 2) return undefined;
  try {
    return decodeURIComponent(href.slice(1));
  } catch {
    return href.slice(1);
  }
};

/** Text a citation link carries: a number, `[3]`, `1,2`, or nothing. */
const CITATION_TEXT = /^[[(]?\s*[\d\s,–-]*\s*[\])]?$/u;
/** Text between marks inside one `<sup>`: commas, brackets, spaces. */
const SEPARATOR = /^[\s,;[\]()–-]*$/u;

function eachNodeList(parts: Parts, visit: (nodes: RootContent[], citeable: boolean) => void): void {
  visit(parts.intro, true);
  for (const section of parts.sections) visit(section.blocks, true);
  if (parts.conclusion) visit(parts.conclusion.blocks, true);
  for (const item of parts.faq?.items ?? []) visit(item.blocks as RootContent[], false);
  for (const item of parts.keyTakeaways ?? []) visit(item as RootContent[], false);
}

export function assignIds(parts: Parts, notes: Notes, aliases: Map<string, string>): void {
  // 1. The page's ids, in Article's order.
  const page = createSlugger();
  const given = (id: string | undefined) => (id !== undefined && id.trim() !== '' ? id : undefined);
  const claim = (id: string | undefined, text: string, fallback: string | undefined, what: string) => {
    const source = given(id);
    const result = source !== undefined ? page.reserve(source) : page.slug(text, fallback);
    if (source !== undefined && result !== source) {
      notes.add({ kind: 'rewritten', element: 'id', message: `The id "${source}" of ${what} is used twice on the page; this one is now "${result}".` });
    }
    return result;
  };
  for (const section of parts.sections) section.id = claim(section.id, section.heading, undefined, `the section "${section.heading}"`);
  const pageIds = new Set(parts.sections.map((section) => section.id!));
  if (parts.faq && parts.faq.items.length > 0) {
    pageIds.add(page.reserve('faq'));
    for (const item of parts.faq.items) {
      item.id = claim(item.id, item.question, 'question', `the question "${item.question}"`);
      for (const id of [item.id, `${item.id}-question`, `${item.id}-answer`]) pageIds.add(id);
    }
  }
  if (parts.conclusion) {
    parts.conclusion.id = claim(parts.conclusion.id, parts.conclusion.heading, undefined, 'the conclusion');
    pageIds.add(parts.conclusion.id);
  }
  if (parts.references.length > 0) pageIds.add(page.reserve('references'));
  for (const reference of parts.references) pageIds.add(`ref-${reference.key}`);
  const isPageId = (id: string) => pageIds.has(id) || parts.references.some((reference) => id.startsWith(`cite-${reference.key}-`));

  // 2. and 3. in one walk, in document order: links to references become Cite marks where the text can hold
  // them; content ids that clash with the page's are renamed; in-page links are collected for step 4.
  const referenceBySource = new Map<string, string>();
  for (const reference of parts.references) {
    if (reference.sourceId) referenceBySource.set(reference.sourceId, reference.key);
  }
  const content = createSlugger();
  for (const id of pageIds) content.reserve(id);
  const renamed = new Map<string, string>();
  const inPageLinks: { link: Element; target: string }[] = [];
  let marks = 0;
  const claimId = (child: Element) => {
    if (typeof child.properties.id !== 'string') return;
    const id = child.properties.id.trim().replace(/\s+/g, '-');
    if (id === '') {
      delete child.properties.id;
      return;
    }
    const next = content.reserve(id);
    child.properties.id = next;
    if (next === id) return;
    if (isPageId(id) && !renamed.has(id)) renamed.set(id, next);
    notes.add({
      kind: 'rewritten',
      element: 'id',
      message: isPageId(id)
        ? `The id "${id}" in the content clashes with one the page makes; it is now "${next}", and links to it follow.`
        : `The id "${id}" is used twice in the content; the second is now "${next}".`,
      source: excerpt(textOf(child)),
    });
  };
  const visit = (children: ElementContent[], citeable: boolean) => {
    for (let index = 0; index < children.length; index += 1) {
      const child = children[index]!;
      if (child.type !== 'element') continue;
      if (citeable) {
        const mark = citeMark(child, referenceBySource);
        if (mark !== undefined) {
          marks += 1;
          children[index] = mark;
          continue;
        }
      }
      claimId(child);
      if (child.tagName === 'a') {
        const target = fragmentOf(child.properties.href);
        if (target !== undefined) inPageLinks.push({ link: child, target });
      }
      visit(child.children, citeable);
    }
  };
  eachNodeList(parts, (nodes, citeable) => visit(nodes as ElementContent[], citeable));

  // 4. Every in-page link follows: to a moved anchor, a renamed id, or a reference's entry.
  let toEntries = 0;
  for (const { link, target } of inPageLinks) {
    const key = referenceBySource.get(target);
    if (key !== undefined) {
      link.properties.href = `#ref-${encodeURIComponent(key)}`;
      toEntries += 1;
      continue;
    }
    const aliased = aliases.get(target) ?? target;
    const next = renamed.get(aliased) ?? aliased;
    if (next !== target) link.properties.href = `#${encodeURIComponent(next)}`;
  }
  if (marks > 0) {
    notes.add({ kind: 'rewritten', element: 'sup', message: `${marks} citation link(s) became numbered citation marks; the references are numbered in the order the text cites them.` });
  }
  if (toEntries > 0) {
    notes.add({ kind: 'rewritten', element: 'a', message: `${toEntries} link(s) to references point to the reference list's entries.` });
  }
  if (aliases.size > 0) {
    notes.add({ kind: 'rewritten', element: 'id', message: `${aliases.size} table-of-contents anchor(s) inside headings were merged into the headings' own ids; links to them follow.` });
  }
}

/**
 * The Cite mark that replaces a citation link (`<a href="#ref-1">1</a>`) or a
 * `<sup>` holding only citation links, or undefined for any other element.
 */
function citeMark(node: Element, referenceBySource: Map<string, string>): Element | undefined {
  if (node.tagName === 'sup') {
    const links = node.children.filter((inner) => !(inner.type === 'text' && SEPARATOR.test(inner.value)) && !isBlank(inner as RootContent));
    const keys = links.map((link) => citationKey(link, referenceBySource));
    if (links.length > 0 && keys.every((key) => key !== undefined)) return mark(keys as string[]);
  }
  const key = citationKey(node, referenceBySource);
  return key === undefined ? undefined : mark([key]);
}

const mark = (keys: string[]): Element => ({ type: 'element', tagName: CITE, properties: { dataIds: keys.join(' ') }, children: [] });

function citationKey(node: ElementContent, referenceBySource: Map<string, string>): string | undefined {
  if (!isElement(node, 'a')) return undefined;
  const target = fragmentOf(node.properties.href);
  const key = target === undefined ? undefined : referenceBySource.get(target);
  return key !== undefined && CITATION_TEXT.test(textOf(node)) ? key : undefined;
}
