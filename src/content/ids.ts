import type { Element, ElementContent, RootContent } from 'hast';
import { createSlugger } from '../internal/slug';
import { excerpt, isBlank, isElement, type Notes, textOf } from './hast';
import type { Parts } from './parts';

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
export const CITATION_TEXT = /^[[(]?\s*[\d\s,–-]*\s*[\])]?$/u;
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
      notes.add({
        kind: 'rewritten',
        element: 'id',
        message: `The id "${source}" of ${what} is used twice on the page; this one is now "${result}".`,
      });
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
  // aria-describedby names ids (a caption's): it follows a renamed id too. Elements are numbered in document order.
  let order = 0;
  const describers: { element: Element; at: number }[] = [];
  const byOriginalId = new Map<string, { element: Element; at: number }[]>();
  let marks = 0;
  const citedKeys = new Set<string>();
  const claimId = (child: Element) => {
    if (typeof child.properties.id !== 'string') return;
    const id = child.properties.id.trim().replace(/\s+/g, '-');
    if (id === '') {
      delete child.properties.id;
      return;
    }
    const next = content.reserve(id);
    child.properties.id = next;
    const known = byOriginalId.get(id);
    if (known) known.push({ element: child, at: order });
    else byOriginalId.set(id, [{ element: child, at: order }]);
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
          for (const key of String(mark.properties.dataIds).split(' ')) citedKeys.add(key);
          children[index] = mark;
          continue;
        }
      }
      order += 1;
      claimId(child);
      if (child.properties.ariaDescribedBy !== undefined) describers.push({ element: child, at: order });
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
  for (const { element, at } of describers) describedByFollows(element, at, byOriginalId);
  if (marks > 0) {
    notes.add({
      kind: 'rewritten',
      element: 'sup',
      message: `${marks} citation link(s) became numbered citation marks; the references are numbered in the order the text cites them.`,
    });
  }
  // References the text never cites are the author's choice (or a plain list), not a developer's mistake: one note
  // here instead of References' development warning on every render.
  const uncited = parts.references.filter((part) => !citedKeys.has(part.key));
  for (const part of uncited) part.reference.uncited = true;
  if (uncited.length > 0) {
    notes.add({
      kind: 'unrecognised',
      element: 'references',
      message: `${uncited.length} of ${parts.references.length} reference(s) are not cited in the text; they are listed ${uncited.length < parts.references.length ? 'after the cited ones' : 'in the order of the list'}. Link the text to a reference's entry for a numbered citation mark.`,
      source: excerpt(uncited[0]!.reference.title),
    });
  }
  if (toEntries > 0) {
    notes.add({ kind: 'rewritten', element: 'a', message: `${toEntries} link(s) to references point to the reference list's entries.` });
  }
  if (aliases.size > 0) {
    notes.add({
      kind: 'rewritten',
      element: 'id',
      message: `${aliases.size} table-of-contents anchor(s) inside headings were merged into the headings' own ids; links to them follow.`,
    });
  }
}

/**
 * The Cite mark that replaces a citation link (`<a href="#ref-1">1</a>`) or a
 * `<sup>` holding only citation links, or undefined for any other element.
 */
function citeMark(node: Element, referenceBySource: Map<string, string>): Element | undefined {
  if (node.tagName === 'sup') {
    const links = node.children.filter(
      (inner) => !(inner.type === 'text' && SEPARATOR.test(inner.value)) && !isBlank(inner as RootContent),
    );
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

/**
 * Points `aria-describedby` at the element that had each id in the source: the first such element after it (a
 * caption follows its image or figure), else the last before. An id no element has is dropped (a caption the
 * sanitiser removed), and the attribute with it when none is left.
 */
function describedByFollows(element: Element, at: number, byOriginalId: Map<string, { element: Element; at: number }[]>): void {
  const value = element.properties.ariaDescribedBy;
  const ids = (Array.isArray(value) ? value : String(value).split(/\s+/)).map(String).filter(Boolean);
  const next: string[] = [];
  for (const id of ids) {
    const candidates = byOriginalId.get(id);
    if (candidates === undefined) continue;
    const target = candidates.find((candidate) => candidate.at > at) ?? candidates.at(-1)!;
    next.push(String(target.element.properties.id));
  }
  if (next.length > 0) element.properties.ariaDescribedBy = next;
  else delete element.properties.ariaDescribedBy;
}
