// @vitest-environment node
// The command's file-type dispatch: HTML and WordPress posts go through medprose/content.
import { describe, expect, it, vi } from 'vitest';
import { articleFromFile, contentLoader, InputError, type ContentLoader } from '../../src/cli/loadArticle';
import { es } from '../../src';

const converted = { article: { title: 'Converted', sections: [] }, notes: [{ kind: 'removed' as const, message: 'script removed' }] };

function fakeContent() {
  const content = { articleFromHtml: vi.fn(() => converted), articleFromWordPress: vi.fn(() => converted) };
  const load: ContentLoader = async () => content;
  return { content, load };
}

describe('articleFromFile', () => {
  it('reads ArticleData JSON as it is, without loading the converter', async () => {
    const { content, load } = fakeContent();
    const result = await articleFromFile('a.json', JSON.stringify({ title: 'T', sections: [] }), { loadContent: load });
    expect(result).toEqual({ kind: 'article', article: { title: 'T', sections: [] }, notes: [] });
    expect(content.articleFromHtml).not.toHaveBeenCalled();
  });

  it('sends HTML (by extension or by its first character) to articleFromHtml, with the locale', async () => {
    const { content, load } = fakeContent();
    expect(await articleFromFile('post.html', '<p>x</p>', { loadContent: load, locale: es })).toEqual({ kind: 'html', ...converted });
    expect(content.articleFromHtml).toHaveBeenCalledWith('<p>x</p>', { locale: es });
    await articleFromFile('post.txt', '  <article>y</article>', { loadContent: load });
    expect(content.articleFromHtml).toHaveBeenCalledTimes(2);
  });

  it('sends a WordPress REST post (content.rendered) to articleFromWordPress', async () => {
    const { content, load } = fakeContent();
    const post = { title: { rendered: 'T' }, content: { rendered: '<p>x</p>' } };
    expect(await articleFromFile('post.json', JSON.stringify(post), { loadContent: load })).toEqual({ kind: 'wordpress', ...converted });
    expect(content.articleFromWordPress).toHaveBeenCalledWith(post, { locale: undefined });
  });

  it('when the converter cannot be loaded, HTML input fails with a clear InputError', async () => {
    const error = await articleFromFile('post.html', '<p>x</p>', { loadContent: contentLoader('medprose/no-such-entry') }).catch(
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toMatch(/^HTML input needs medprose\/content/);
  });

  it('rejects JSON that is not an article', async () => {
    await expect(articleFromFile('a.json', '{"title": 3}')).rejects.toThrow(/is not ArticleData/);
  });
});
