import { describe, expect, it, vi } from 'vitest';
import { buildArticleGraph, serializeJsonLd, type StructuredArticleInput } from '../../src';
import { byType, nodes, one, PAGE, references, sampleInput, walk } from './helpers';

const warnings = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('buildArticleGraph: bad input', () => {
  it('drops javascript: and data: URLs, keeping the rest of the node, and warns naming the prop', () => {
    const warn = warnings();
    const g = buildArticleGraph({
      url: PAGE,
      headline: 'H',
      image: ['javascript:alert(1)', { src: 'data:image/png;base64,AAAA' }, '/ok.jpg'],
      author: { name: 'Ana', href: 'java\tscript:alert(1)' },
      breadcrumbs: [{ name: 'Home', href: 'javascript:void(0)' }],
      publisher: { name: 'P', logo: 'data:image/svg+xml,<svg/>' },
    });
    const text = JSON.stringify(g);
    expect(text).not.toMatch(/javascript|data:/i);
    expect(one(g, 'Article').image).toBe('https://health.example.org/ok.jpg');
    expect(one(g, 'Person')).toMatchObject({ name: 'Ana' });
    expect(one(g, 'BreadcrumbList').itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Home' }]);
    expect(one(g, 'Organization')).toMatchObject({ name: 'P' });
    for (const prop of ['image\\[0\\]', 'image\\[1\\]\\.src', 'author\\.href', 'breadcrumbs\\[0\\]\\.href', 'publisher\\.logo']) {
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`buildArticleGraph.*\`${prop}\`.*not a safe URL`)));
    }
  });

  it('a mailto: link is not a web address for a profile: left out, with a warning', () => {
    const warn = warnings();
    const g = buildArticleGraph({ url: PAGE, headline: 'H', author: { name: 'Ana', href: 'mailto:ana@example.org' } });
    expect(one(g, 'Person').url).toBeUndefined();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/author\.href.*not a web address/));
  });

  it('drops invalid dates with a warning; valid ones stay', () => {
    const warn = warnings();
    const g = buildArticleGraph({ url: PAGE, headline: 'H', published: '2026-02-31', updated: 'soon', lastReviewed: '2026-10-12' });
    expect(one(g, 'Article').datePublished).toBeUndefined();
    expect(one(g, 'Article').dateModified).toBeUndefined();
    expect(one(g, 'MedicalWebPage').lastReviewed).toBe('2026-10-12');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/buildArticleGraph.*`published`: "2026-02-31" is not a valid date/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/`updated`: "soon"/));
  });

  it('a URL that is not absolute: ids relative to the page, no url, a warning; references still resolve', () => {
    const warn = warnings();
    const g = buildArticleGraph({ ...sampleInput, url: '/articles/a' });
    const page = one(g, 'MedicalWebPage');
    expect(page['@id']).toBe('#webpage');
    expect(page.url).toBeUndefined();
    const ids = nodes(g).map((node) => node['@id']);
    for (const [path, ref] of references(g)) expect(ids, path).toContain(ref['@id']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/buildArticleGraph.*`url`.*not an absolute http\(s\) URL/));
  });

  it('people, steps, topics and questions without a name are left out, each with a warning', () => {
    const warn = warnings();
    const g = buildArticleGraph(
      {
        url: PAGE,
        headline: 'H',
        author: [{ name: '  ' }, { name: 'Bo' }],
        breadcrumbs: [{ name: '' }, { name: 'Here' }],
        about: [{ name: '' }, 'Asthma'],
        faq: [
          { question: 'Q?', answerText: '' },
          { question: 'R?', answerText: 'Yes.' },
        ],
      },
      { faq: true },
    );
    expect(byType(g, 'Person')).toHaveLength(1);
    // Positions stay 1, 2, 3… with no gap where a step was left out.
    expect(one(g, 'BreadcrumbList').itemListElement).toEqual([{ '@type': 'ListItem', position: 1, name: 'Here' }]);
    expect(one(g, 'MedicalWebPage').about).toEqual({ '@type': 'MedicalCondition', name: 'Asthma' });
    expect(one(g, 'FAQPage').mainEntity).toHaveLength(1);
    for (const prop of ['author\\[0\\]\\.name', 'breadcrumbs\\[0\\]\\.name', 'about\\[0\\]', 'faq\\[0\\]']) {
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`buildArticleGraph.*\`${prop}\``)));
    }
  });

  it('opting in to the FAQ with no questions adds nothing and warns', () => {
    const warn = warnings();
    expect(byType(buildArticleGraph({ url: PAGE, headline: 'H' }, { faq: true }), 'FAQPage')).toHaveLength(0);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/buildArticleGraph.*`faq`/));
  });

  it('never throws, whatever it is given', () => {
    warnings();
    const garbage = [
      undefined,
      null,
      {},
      { url: 42, headline: {}, author: [null, 7], image: [null], breadcrumbs: 'home', about: [null], faq: [null], publisher: {} },
      { url: PAGE, headline: 'H', audience: 'everyone', language: 5, reviewer: null, description: ['x'] },
    ] as unknown as StructuredArticleInput[];
    for (const input of garbage) {
      const g = buildArticleGraph(input, { faq: true });
      expect(g['@context']).toBe('https://schema.org');
      expect(byType(g, 'Article')).toHaveLength(1);
      for (const [path, value] of walk(g)) {
        expect(value, path).not.toBe('');
        expect(value, path).not.toBeUndefined();
      }
    }
  });

  it('hostile text is kept as data (the graph is honest) and made safe by serializeJsonLd', () => {
    const hostile = '</script><script>alert(1)</script>';
    const g = buildArticleGraph({ url: PAGE, headline: hostile, faq: [{ question: hostile, answerText: '<!--' }] }, { faq: true });
    expect(one(g, 'Article').headline).toBe(hostile);
    const json = serializeJsonLd(g);
    expect(json).not.toMatch(/[<>&]/);
    expect(JSON.parse(json)).toEqual(g);
  });
});
