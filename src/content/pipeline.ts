import type { Root, RootContent } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import type { ArticleData } from '../components/Article/Article.types';
import { removePluginNoise } from './cleanup';
import { excerpt, isBlank, isElement, type Notes, textOf } from './hast';
import { assignIds } from './ids';
import { wrapTables } from './media';
import { markFaqBlocks, placeFaq } from './recogniseFaq';
import { createReferenceList, takeFootnotes } from './recogniseReferences';
import { flattenLayout, recogniseSections } from './recogniseSections';
import { createRenderer } from './render';
import { finalGuard, removeHostileMarkup } from './safety';
import { contentSchema } from './schema';
import type { ContentOptions, ContentResult } from './types';
import { wordsFor } from './words';

/**
 * The one place the transforms are composed (unified style, each a small pure
 * step over hast):
 *
 *   parse (parse5) → plugin noise (and lazy-loaded images) → hostile markup
 *   → sanitise (allowlist) → wide tables in scrolling regions
 *   → recognise the article's parts → ids and citation links → React
 *
 * Recognising the parts (each recogniser its own module, `recognise*.ts`):
 *
 *   layout unwrapped, h1 → h2 (sections) → footnotes → references
 *   → FAQ plugin blocks marked (FAQ) → intro and h2 sections, each h2 part
 *     offered to the FAQ, references and key takeaways recognisers first
 *   → the FAQ placed after the sections, what closes the article after it
 *     the conclusion (FAQ, conclusion)
 */

export { parseHtml } from './parse';

// The two schemas, built once (hast-util-sanitize only reads them).
const schemas = new Map<boolean, ReturnType<typeof contentSchema>>();
function schemaFor(embeds: boolean) {
  let schema = schemas.get(embeds);
  if (schema === undefined) schemas.set(embeds, (schema = contentSchema({ embeds })));
  return schema;
}

/** The `ArticleData` fields a caller may give in the options: everything but the converter's own options. */
function overridesOf(options: ContentOptions): Partial<ArticleData> {
  const { locale: _locale, linkComponent: _link, components: _components, allowEmbeds: _embeds, ...rest } = options;
  return Object.fromEntries(Object.entries(rest).filter(([, value]) => value !== undefined)) as Partial<ArticleData>;
}

export function emptyResult(options: ContentOptions, notes: Notes, message: string): ContentResult {
  notes.add({ kind: 'unrecognised', message });
  return { article: { title: '', sections: [], ...overridesOf(options) }, notes: notes.list };
}

/**
 * Converts a parsed tree. `tree` is changed in place. `fallbackFields` gives fields the content does not say (from a
 * CMS's own fields); as a function, it is given the sanitised tree first (the WordPress standfirst may be the
 * body's first paragraph).
 */
export function convertTree(
  tree: Root,
  options: ContentOptions,
  notes: Notes,
  fallbackFields: Partial<ArticleData> | ((safe: Root) => Partial<ArticleData>) = {},
): ContentResult {
  const allowEmbeds = Array.isArray(options.allowEmbeds) ? options.allowEmbeds.filter((host) => typeof host === 'string') : [];
  const words = wordsFor(options.locale);

  const { aliases } = removePluginNoise(tree, notes);
  removeHostileMarkup(tree, notes, { allowEmbeds });
  const safe = sanitize(tree, schemaFor(allowEmbeds.length > 0)) as Root;
  finalGuard(safe);
  wrapTables(safe, words.tableLabel);
  const fallback = typeof fallbackFields === 'function' ? fallbackFields(safe) : fallbackFields;

  // A leading h1 is the title (common in Markdown and pasted documents).
  let title = options.title ?? fallback.title;
  const first = safe.children.find((node) => !isBlank(node));
  if (isElement(first, 'h1')) {
    const text = textOf(first);
    if (title === undefined || title.trim() === '' || text === title.trim()) {
      if (title === undefined || title.trim() === '') title = text;
      safe.children = safe.children.filter((node) => node !== first);
      notes.add({
        kind: 'rewritten',
        element: 'h1',
        message: 'The heading at the top of the content is the article title; it is shown once, as the page title.',
        source: excerpt(text),
      });
    }
  }

  const references = createReferenceList();
  const blocks = markFaqBlocks(takeFootnotes(flattenLayout(safe.children, notes), references));
  const recognition = recogniseSections(blocks, { words, notes, references });
  placeFaq(recognition);
  const { parts } = recognition;
  assignIds(parts, notes, aliases);

  const url = options.url ?? fallback.url;
  const render = createRenderer({ components: options.components ?? {}, linkComponent: options.linkComponent, url });
  const hasContent = (nodes: RootContent[]) => nodes.some((node) => !isBlank(node));
  const body = render.body;

  for (const section of parts.sections) {
    if (section.heading === '') {
      notes.add({
        kind: 'unrecognised',
        element: `h${section.level}`,
        message: 'A heading has no text (an image or an empty heading); the section is shown without a title. Write a heading in the CMS.',
      });
    }
  }

  const article: ArticleData = {
    title: title ?? '',
    ...(url !== undefined ? { url } : {}),
    ...fallback,
    ...(parts.keyTakeaways ? { keyTakeaways: parts.keyTakeaways.map((item) => render.nodes(item as RootContent[])) } : {}),
    ...(hasContent(parts.intro) ? { intro: body(parts.intro) } : {}),
    sections: parts.sections.map((section) => ({
      id: section.id,
      heading: section.heading,
      ...(section.level === 3 ? { level: 3 as const } : {}),
      body: body(section.blocks),
    })),
    ...(parts.faq
      ? {
          faq: {
            ...(parts.faq.heading ? { heading: parts.faq.heading } : {}),
            items: parts.faq.items.map((item) => ({
              id: item.id,
              question: item.question,
              answer: render.nodes(item.blocks as RootContent[]),
            })),
          },
        }
      : {}),
    ...(parts.conclusion
      ? { conclusion: { id: parts.conclusion.id, heading: parts.conclusion.heading, body: body(parts.conclusion.blocks) } }
      : {}),
    ...(parts.references.length > 0 ? { references: parts.references.map((part) => part.reference) } : {}),
  };
  article.title = title ?? '';
  Object.assign(article, overridesOf(options));
  if (article.title.trim() === '') {
    notes.add({ kind: 'unrecognised', element: 'title', message: 'The article has no title: give one in the CMS or in the title option.' });
  }
  return { article, notes: notes.list };
}
