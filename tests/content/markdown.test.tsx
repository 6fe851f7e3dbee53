import { describe, expect, it } from 'vitest';
import { articleFromMarkdown } from '../../src/content';
import { markdownPost } from '../../stories/fixtures/content';
import { serverPage } from './serverPage';

describe('articleFromMarkdown', () => {
  const result = articleFromMarkdown(markdownPost, { url: 'https://health.example.org/hay-fever/' });
  const { document, html, text } = serverPage({ article: result.article });

  it('takes the title from the leading heading and makes sections from ## headings', () => {
    expect(result.article.title).toBe('Hay fever: easing the symptoms');
    expect(result.article.sections.map((section) => section.heading)).toEqual([
      'Reducing contact with pollen',
      'Treatments from a pharmacy',
      'When to get help',
    ]);
  });

  it('turns footnotes into references and their marks into Cite marks', () => {
    expect(result.article.references?.map((reference) => reference.id)).toEqual(['pollen', 'nhs']);
    expect(result.article.references?.[1]).toMatchObject({ title: 'NHS. Hay fever.', url: 'https://www.nhs.uk/conditions/hay-fever/' });
    expect([...document.querySelectorAll('a[id^="cite-"]')].map((a) => a.getAttribute('href'))).toEqual(['#ref-pollen', '#ref-nhs']);
    expect(document.querySelector('[data-footnotes]')).toBeNull();
  });

  it('keeps GFM tables and task lists, and sanitises raw HTML in the Markdown', () => {
    expect(document.querySelectorAll('table tbody tr')).toHaveLength(3);
    expect(document.querySelectorAll('input[type="checkbox"][disabled]')).toHaveLength(2);
    expect(text).toContain('Pollen counts are usually highest');
    expect(html).not.toMatch(/onclick|alert\('markdown'\)/);
    expect(result.notes.some((note) => note.element === 'script')).toBe(true);
  });

  it('notes the leading # heading taken as the title and a later # heading made a section', () => {
    const converted = articleFromMarkdown(
      '# Sunburn\n\nSunburn usually gets better within a week.\n\n## Easing the pain\n\nCool the skin with a cool shower or damp towel.\n\n# When to get help\n\nGet urgent advice for a child or baby with sunburn, or if the skin blisters badly.\n',
    );
    expect(converted.article.title).toBe('Sunburn');
    expect(converted.article.sections.map((section) => section.heading)).toEqual(['Easing the pain', 'When to get help']);
    expect(converted.notes.filter((note) => note.element === 'h1')).toEqual([
      expect.objectContaining({ kind: 'rewritten', source: 'Sunburn', message: expect.stringMatching(/article title/) }),
      expect.objectContaining({ kind: 'rewritten', source: 'When to get help', message: expect.stringMatching(/became an <h2>/) }),
    ]);
    const page = serverPage({ article: converted.article });
    expect([...page.document.querySelectorAll('h1')].map((h1) => h1.textContent)).toEqual(['Sunburn']);
    expect(page.document.getElementById('when-to-get-help')?.textContent).toContain('Get urgent advice for a child or baby with sunburn');
  });

  it('gives an empty article and a note for empty or non-string input', () => {
    for (const input of ['', undefined]) {
      const empty = articleFromMarkdown(input as string);
      expect(empty.article.sections).toEqual([]);
      expect(empty.notes).toHaveLength(1);
    }
  });
});
