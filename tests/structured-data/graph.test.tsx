import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { buildArticleGraph, FaqAccordion } from '../../src';
import { byType, nodes, one, PAGE, references, sampleInput, walk } from './helpers';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?Z)?$/;

describe('buildArticleGraph: the graph', () => {
  const graph = buildArticleGraph(sampleInput);

  it('is one schema.org @graph with a MedicalWebPage, an Article, the people, the publisher and the breadcrumbs', () => {
    expect(Object.keys(graph).sort()).toEqual(['@context', '@graph']);
    expect(graph['@context']).toBe('https://schema.org');
    expect(nodes(graph).map((node) => node['@type'])).toEqual([
      'MedicalWebPage',
      'Article',
      'Person',
      'Person',
      'Organization',
      'BreadcrumbList',
    ]);
  });

  it('every node has a unique @id, and every { @id } reference names a node in the graph', () => {
    const ids = nodes(graph).map((node) => node['@id'] as string);
    expect(new Set(ids).size).toBe(ids.length);
    const refs = references(graph);
    expect(refs.length).toBeGreaterThanOrEqual(6);
    for (const [path, ref] of refs) expect(ids, path).toContain(ref['@id']);
  });

  it('MedicalWebPage: the review date, the reviewer, the topic and the audience', () => {
    const page = one(graph, 'MedicalWebPage');
    expect(page).toMatchObject({
      '@id': `${PAGE}#webpage`,
      url: PAGE,
      name: sampleInput.headline,
      lastReviewed: '2026-10-12',
      reviewedBy: { '@id': 'https://health.example.org/reviewers/samuel-reyes#person' },
      medicalAudience: { '@type': 'Patient' },
      breadcrumb: { '@id': `${PAGE}#breadcrumb` },
      inLanguage: 'en-GB',
    });
    expect(page.about).toEqual([
      {
        '@type': 'MedicalCondition',
        name: 'Post-traumatic stress disorder',
        sameAs: 'https://en.wikipedia.org/wiki/Post-traumatic_stress_disorder',
      },
      { '@type': 'MedicalCondition', name: 'Ketamine' },
    ]);
  });

  it('Article: headline, description, absolute image, author, ISO dates, and the page it is the main entity of', () => {
    expect(one(graph, 'Article')).toMatchObject({
      headline: sampleInput.headline,
      description: sampleInput.description,
      image: 'https://health.example.org/images/calm-lake.jpg',
      author: { '@id': 'https://health.example.org/authors/amara-okafor#person' },
      datePublished: '2026-03-04',
      dateModified: '2026-10-19',
      mainEntityOfPage: { '@id': `${PAGE}#webpage` },
      publisher: { '@id': 'https://health.example.org/#organization' },
    });
  });

  it('people carry their name, credentials and absolute profile URL', () => {
    expect(byType(graph, 'Person')).toContainEqual({
      '@type': 'Person',
      '@id': 'https://health.example.org/reviewers/samuel-reyes#person',
      name: 'Dr. Samuel Reyes',
      honorificSuffix: 'MD, psychiatrist',
      url: 'https://health.example.org/reviewers/samuel-reyes',
    });
  });

  it('BreadcrumbList: positions from 1, absolute items, the current page without a link', () => {
    expect(one(graph, 'BreadcrumbList').itemListElement).toEqual([
      { '@type': 'ListItem', position: 1, name: 'Home', item: 'https://health.example.org/' },
      { '@type': 'ListItem', position: 2, name: 'Mental health', item: 'https://health.example.org/mental-health' },
      { '@type': 'ListItem', position: 3, name: sampleInput.headline },
    ]);
  });

  it('never carries an empty string, an empty array or undefined; every date is ISO', () => {
    for (const [path, value] of walk(graph)) {
      expect(value, path).not.toBe('');
      expect(value, path).not.toBeUndefined();
      if (Array.isArray(value)) expect(value.length, path).toBeGreaterThan(0);
      if (/\.(lastReviewed|datePublished|dateModified)$/.test(path)) expect(value, path).toMatch(ISO_DATE);
    }
  });

  it('a Date object becomes an ISO instant', () => {
    const at = new Date(Date.UTC(2026, 9, 19, 8, 30));
    expect(one(buildArticleGraph({ ...sampleInput, updated: at }), 'Article').dateModified).toBe('2026-10-19T08:30:00.000Z');
  });

  it('an author who also reviewed is one Person node, referenced twice', () => {
    const same = { name: 'Dr. Ada Lovelace', credentials: 'MD', href: '/people/ada' };
    const g = buildArticleGraph({ url: PAGE, headline: 'H', author: same, reviewer: same });
    expect(byType(g, 'Person')).toHaveLength(1);
    expect(one(g, 'Article').author).toEqual(one(g, 'MedicalWebPage').reviewedBy);
  });

  it('people without a profile get an id on the page; several authors are an array', () => {
    const g = buildArticleGraph({ url: PAGE, headline: 'H', author: [{ name: 'Ana Ruiz' }, { name: 'Bo Li' }] });
    expect(one(g, 'Article').author).toEqual([{ '@id': `${PAGE}#person-ana-ruiz` }, { '@id': `${PAGE}#person-bo-li` }]);
  });

  it('clinician audience is the schema.org Clinician audience type', () => {
    expect(one(buildArticleGraph({ ...sampleInput, audience: 'clinician' }), 'MedicalWebPage').medicalAudience).toBe(
      'https://schema.org/Clinician',
    );
  });

  it('only what is given: a minimal input gives a page and an article with no empty fields', () => {
    const g = buildArticleGraph({ url: PAGE, headline: 'Title' });
    expect(nodes(g)).toEqual([
      { '@type': 'MedicalWebPage', '@id': `${PAGE}#webpage`, url: PAGE, name: 'Title' },
      { '@type': 'Article', '@id': `${PAGE}#article`, mainEntityOfPage: { '@id': `${PAGE}#webpage` }, headline: 'Title' },
    ]);
  });
});

describe('buildArticleGraph: FAQPage', () => {
  it('is absent unless opted in, even when the input has questions', () => {
    expect(byType(buildArticleGraph(sampleInput), 'FAQPage')).toHaveLength(0);
    expect(byType(buildArticleGraph(sampleInput, { faq: false }), 'FAQPage')).toHaveLength(0);
  });

  it('with { faq: true }: one Question per item, each with its answer and the URL of its anchor', () => {
    const g = buildArticleGraph(sampleInput, { faq: true });
    const faq = one(g, 'FAQPage');
    expect(faq['@id']).toBe(`${PAGE}#faq`);
    expect(faq.isPartOf).toEqual({ '@id': `${PAGE}#webpage` });
    const questions = faq.mainEntity as Record<string, unknown>[];
    expect(questions).toHaveLength(sampleInput.faq!.length);
    sampleInput.faq!.forEach((item, i) => {
      expect(questions[i]).toEqual({
        '@type': 'Question',
        name: item.question,
        url: `${PAGE}#${item.id}`,
        acceptedAnswer: { '@type': 'Answer', text: item.answerText },
      });
    });
  });

  it('without ids, the question URLs are the anchors FaqAccordion renders for the same items', () => {
    const items = [
      { question: 'Is it safe?', answerText: 'Mostly.' },
      { id: 'is-it-safe', question: 'Given id', answerText: 'Yes.' },
      { question: 'Is it safe?', answerText: 'Again.' },
    ];
    const faq = one(buildArticleGraph({ url: PAGE, headline: 'H', faq: items }, { faq: true }), 'FAQPage');
    const urls = (faq.mainEntity as { url: string }[]).map((q) => q.url.replace(`${PAGE}#`, ''));
    const { container } = render(<FaqAccordion items={items.map(({ answerText, ...rest }) => ({ ...rest, answer: answerText }))} />);
    // Each item's element carries its anchor id.
    const anchors = [...container.querySelectorAll('[data-faq-item]')].map((el) => el.id);
    expect(urls).toEqual(anchors);
    expect(new Set(urls).size).toBe(3);
  });
});
