import type { ArticleData } from '../components/Article/Article.types';
import type { LocaleInput } from '../locale/types';

import type { articleFromHtml, articleFromWordPress, ContentResult } from '../content';

export type { ContentResult };
/** The part of `medprose/content` the command uses (types only: the module itself is loaded lazily). */
interface ContentModule {
  articleFromHtml: typeof articleFromHtml;
  articleFromWordPress: typeof articleFromWordPress;
}

/** A problem with the command's input: printed without a stack trace, exit code 2. */
export class InputError extends Error {
  override name = 'InputError';
}

/** The converter entry, loaded only for HTML or WordPress input. */
export type ContentLoader = () => Promise<ContentModule>;

// The package's own entry by name (a self-reference), so the built CLI finds the
// built converter beside it; a variable so that no bundler inlines it.
const CONTENT_ENTRY = 'medprose/content';

/** A loader for the converter at `specifier`; a failure to load becomes a clear InputError. */
export function contentLoader(specifier: string): ContentLoader {
  return async () => {
    try {
      return (await import(/* @vite-ignore */ specifier)) as ContentModule;
    } catch (error) {
      throw new InputError(
        `HTML input needs medprose/content, which could not be loaded (${(error as Error).message.split('\n')[0]}). Pass ArticleData JSON instead.`,
      );
    }
  };
}

export const loadContent: ContentLoader = contentLoader(CONTENT_ENTRY);

const isWordPressPost = (value: Record<string, unknown>) =>
  typeof value.content === 'object' && value.content !== null && 'rendered' in value.content;

/**
 * Turns a file's text into an article by its kind: ArticleData JSON as it is;
 * a WordPress REST post (JSON with `content.rendered`) or HTML (`.html`,
 * `.htm`, or text that starts with `<`) through `medprose/content`.
 */
export async function articleFromFile(
  name: string,
  text: string,
  options: { locale?: LocaleInput; loadContent?: ContentLoader } = {},
): Promise<ContentResult & { kind: 'article' | 'html' | 'wordpress' }> {
  const load = options.loadContent ?? loadContent;
  const trimmed = text.trimStart();
  if (/\.html?$/i.test(name) || trimmed.startsWith('<')) {
    const content = await load();
    return { kind: 'html', ...content.articleFromHtml(text, { locale: options.locale }) };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${name} is neither JSON nor HTML: ${(error as Error).message}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new InputError(`${name} must hold one object: ArticleData or a WordPress REST post.`);
  }
  const record = data as Record<string, unknown>;
  if (isWordPressPost(record)) {
    const content = await load();
    return { kind: 'wordpress', ...content.articleFromWordPress(record, { locale: options.locale }) };
  }
  if (typeof record.title !== 'string' || !Array.isArray(record.sections)) {
    throw new InputError(`${name} is not ArticleData: it needs a "title" string and a "sections" list.`);
  }
  return { kind: 'article', article: record as unknown as ArticleData, notes: [] };
}
