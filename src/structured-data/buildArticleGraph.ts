import type { Article, Graph, IdReference, MedicalAudience, MedicalAudienceType, MedicalWebPage, PersonLeaf, Thing } from 'schema-dts';
import { devWarning } from '../internal/devWarning';
import { breadcrumbNode, faqNode, imageUrls, nodeId, personNodes, publisherNode, topicNodes } from './nodes';
import type { BuildArticleGraphOptions, StructuredArticleInput } from './types';
import { BUILDER, canonicalUrl, defined, isoDate, oneOrMany, text } from './values';

const AUDIENCES: Record<'patient' | 'clinician', MedicalAudience | MedicalAudienceType> = {
  // `Patient` is a schema.org type; `Clinician` a member of MedicalAudienceType.
  patient: { '@type': 'Patient' },
  clinician: 'https://schema.org/Clinician',
};

/**
 * schema.org JSON-LD for an article page: one `@graph` with a `MedicalWebPage`
 * (review date, reviewer, topic, audience), an `Article` (headline, summary,
 * images, authors, dates), the people and publisher they point to, a
 * `BreadcrumbList` when breadcrumbs are given, and a `FAQPage` with a URL per
 * question only with `{ faq: true }`. Every cross-reference is an `@id` of a
 * node in the graph.
 *
 * Pure and total: absent fields are left out (never an empty string or
 * array), and bad values (unsafe URLs, invalid dates) are left out with a
 * development warning. Render the result with `<JsonLd data={…} />`.
 */
export function buildArticleGraph(input: StructuredArticleInput, options: BuildArticleGraphOptions = {}): Graph {
  const source = (input ?? {}) as Partial<StructuredArticleInput>;
  const page = canonicalUrl(source.url);
  if (page === null) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(
        BUILDER,
        'url',
        `"${String(source.url)}" is not an absolute http(s) URL; node ids are left relative to the page and no url is given.`,
      );
  }
  const webPageId = nodeId(page, 'webpage');
  const articleId = nodeId(page, 'article');
  const headline = text(source.headline, 'headline');
  if (process.env.NODE_ENV !== 'production' && headline === undefined)
    devWarning(BUILDER, 'headline', 'is missing; the Article has no headline.');
  const description = text(source.description, 'description');
  const language = text(source.language, 'language');

  const people = new Map<string, PersonLeaf>();
  const authors = personNodes(source.author, page, 'author', people);
  const reviewers = personNodes(source.reviewer, page, 'reviewer', people);
  const publisher = publisherNode(source.publisher, page);
  const publisherRef: IdReference | undefined = publisher ? { '@id': publisher['@id'] as string } : undefined;
  const breadcrumbs = breadcrumbNode(source.breadcrumbs, page);

  let audience: MedicalAudience | MedicalAudienceType | undefined;
  if (source.audience !== undefined) {
    audience = AUDIENCES[source.audience];
    if (audience === undefined) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(BUILDER, 'audience', `expected "patient" or "clinician", got "${String(source.audience)}"; it is left out.`);
    }
  }

  const webPage = defined<MedicalWebPage>({
    '@type': 'MedicalWebPage',
    '@id': webPageId,
    url: page ?? undefined,
    name: headline,
    description,
    inLanguage: language,
    lastReviewed: isoDate(source.lastReviewed, 'lastReviewed'),
    reviewedBy: oneOrMany(reviewers),
    about: oneOrMany(topicNodes(source.about, page)),
    medicalAudience: audience,
    breadcrumb: breadcrumbs ? { '@id': breadcrumbs['@id'] as string } : undefined,
    publisher: publisherRef,
  });

  const article = defined<Article>({
    '@type': 'Article',
    '@id': articleId,
    mainEntityOfPage: { '@id': webPageId },
    headline,
    description,
    image: oneOrMany(imageUrls(source.image, page)),
    author: oneOrMany(authors),
    datePublished: isoDate(source.published, 'published'),
    dateModified: isoDate(source.updated, 'updated'),
    inLanguage: language,
    publisher: publisherRef,
  });

  const graph: Thing[] = [webPage, article, ...people.values()];
  if (publisher) graph.push(publisher);
  if (breadcrumbs) graph.push(breadcrumbs);
  if (options?.faq === true) {
    const faq = faqNode(source.faq, page, webPageId);
    if (faq) graph.push(faq);
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}
