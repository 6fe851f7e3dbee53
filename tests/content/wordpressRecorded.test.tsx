import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { articleFromWordPress, type WordPressPost } from '../../src/content';
import { textOf } from '../../src/content/hast';
import { parseHtml } from '../../src/content/pipeline';
import type { WordPressManifest } from '../wordpress/harness/manifest';
import { serverPage } from './serverPage';

/**
 * What a real WordPress 6.1 returned for /wp-json/wp/v2/posts/<id>?_embed (and its related posts), saved by
 * `npm run wordpress:record` from the live site the `wordpress` test project starts, with the site's address
 * replaced by http://wordpress.test. The live project checks much more; these run in the fast unit suite.
 */
const fixtures = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/wordpress');
const read = (file: string) => JSON.parse(fs.readFileSync(path.join(fixtures, file), 'utf8'));
const manifest = read('manifest.json') as WordPressManifest;
const recorded = (name: string) => read(`${name}.json`) as { post: WordPressPost; related: WordPressPost[] };
const names = Object.keys(manifest.posts);

describe.each(names)('the recorded WordPress %s post', (name) => {
  const { post, related } = recorded(name);
  const { article } = articleFromWordPress(post, { related });
  const { document, html } = serverPage({ article });

  it('renders with nothing that can run: no script but JSON-LD, no on* attribute, no script URL, no srcdoc', () => {
    for (const script of document.querySelectorAll('script')) expect(script.getAttribute('type')).toBe('application/ld+json');
    for (const element of document.querySelectorAll('*')) {
      for (const attribute of element.getAttributeNames()) expect(attribute, element.outerHTML.slice(0, 80)).not.toMatch(/^on/i);
    }
    expect(html).not.toMatch(/javascript:|vbscript:|data:text|srcdoc/i);
    expect(document.querySelectorAll('iframe, object, embed, form, base, meta, noscript, style, template')).toHaveLength(0);
  });

  it('shows the title, author and first category WordPress gave the post', () => {
    expect(document.querySelector('h1')?.textContent).toBe(textOf(parseHtml(post.title!.rendered!)));
    expect(document.querySelector('header')?.textContent).toContain(manifest.posts[name as keyof WordPressManifest['posts']].author);
    const category = typeof article.category === 'object' ? article.category.label : article.category;
    expect(category).toBe(manifest.posts[name as keyof WordPressManifest['posts']].categories[0]);
  });
});

describe('the recorded post an administrator saved with hostile markup', () => {
  it('notes every payload it removed', () => {
    const { notes } = articleFromWordPress(recorded('hostile').post);
    expect(notes.filter((note) => note.kind === 'removed').map((note) => note.element)).toEqual(
      expect.arrayContaining(['script', 'img onerror', 'a', 'a onclick', 'iframe', 'noscript']),
    );
  });
});

describe('the recorded password-protected post', () => {
  it('has no body and a note that WordPress sent no content for it', () => {
    const { post } = recorded('protected');
    expect(post.content?.protected).toBe(true);
    const { article, notes } = articleFromWordPress(post);
    expect(article.sections ?? []).toEqual([]);
    expect(notes.some((note) => note.element === 'content' && /password-protected/.test(note.message))).toBe(true);
  });
});
