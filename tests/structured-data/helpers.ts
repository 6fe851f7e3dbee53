import type { Graph } from 'schema-dts';
import type { StructuredArticleInput } from '../../src';
import { ketamineArticle as article } from '../../stories/fixtures/ketamineArticle';

export const PAGE = `https://health.example.org${article.href}`;

/** The sample article as the page shows it. */
export const sampleInput: StructuredArticleInput = {
  url: PAGE,
  headline: article.title,
  description: article.standfirst,
  image: [{ src: '/images/calm-lake.jpg' }],
  author: article.author,
  reviewer: article.reviewer,
  lastReviewed: '2026-10-12',
  published: article.published,
  updated: article.updated,
  about: [{ name: 'Post-traumatic stress disorder', sameAs: 'https://en.wikipedia.org/wiki/Post-traumatic_stress_disorder' }, 'Ketamine'],
  audience: 'patient',
  breadcrumbs: [{ name: 'Home', href: '/' }, { name: article.category, href: '/mental-health' }, { name: article.title }],
  faq: article.faq.map((item) => ({ id: item.id, question: item.question, answerText: item.answer.join('\n\n') })),
  publisher: { name: 'Example Health', href: 'https://health.example.org/', logo: '/logo.png' },
  language: 'en-GB',
};

export type Node = Record<string, unknown>;

export const nodes = (graph: Graph) => graph['@graph'] as unknown as Node[];
export const byType = (graph: Graph, type: string) => nodes(graph).filter((node) => node['@type'] === type);
export const one = (graph: Graph, type: string) => {
  const found = byType(graph, type);
  if (found.length !== 1) throw new Error(`expected one ${type}, found ${found.length}`);
  return found[0]!;
};

/** Every value in the graph, depth first, with its path. */
export function* walk(value: unknown, path = '$'): Generator<[string, unknown]> {
  yield [path, value];
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) yield* walk(item, `${path}[${i}]`);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) yield* walk(item, `${path}.${key}`);
  }
}

/** Objects that are only a reference: `{ "@id": … }`. */
export const references = (graph: Graph) =>
  [...walk(graph['@graph'])].filter(
    ([, value]) => value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).join() === '@id',
  ) as [string, { '@id': string }][];
