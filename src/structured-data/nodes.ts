import type {
  BreadcrumbList,
  FAQPage,
  IdReference,
  ImageObject,
  ListItem,
  MedicalCondition,
  OrganizationLeaf,
  PersonLeaf,
  Question,
} from 'schema-dts';
import { devWarning } from '../internal/devWarning';
import { createSlugger, slugify } from '../internal/slug';
import type { Person } from '../internal/person';
import type { StructuredBreadcrumb, StructuredFaqItem, StructuredImage, StructuredPublisher, StructuredTopic } from './types';
import { absoluteUrl, BUILDER, defined, oneOrMany, text, toList } from './values';

/** `@id`s are the page URL plus a fragment; without a URL they are relative to the page. */
export const nodeId = (page: string | null, fragment: string) => `${page ?? ''}#${fragment}`;

/** Person nodes, one per distinct person, keyed by `@id` so an author who also reviewed appears once. */
export function personNodes(
  value: Person | Person[] | undefined,
  page: string | null,
  prop: string,
  into: Map<string, PersonLeaf>,
): IdReference[] {
  const list = toList(value);
  const refs: IdReference[] = [];
  list.forEach((person, index) => {
    const at = Array.isArray(value) ? `${prop}[${index}]` : prop;
    const name = text(person?.name, `${at}.name`);
    if (name === undefined) {
      if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, `${at}.name`, 'is missing; this person is left out.');
      return;
    }
    const url = absoluteUrl(person.href, page, `${at}.href`);
    const id = url ? `${url.replace(/#.*$/, '')}#person` : nodeId(page, `person-${slugify(name, 'person')}`);
    if (!into.has(id)) {
      into.set(
        id,
        defined<PersonLeaf>({
          '@type': 'Person',
          '@id': id,
          name,
          honorificSuffix: text(person.credentials, `${at}.credentials`),
          url,
        }),
      );
    }
    refs.push({ '@id': id });
  });
  return refs;
}

export function publisherNode(value: StructuredPublisher | undefined, page: string | null): OrganizationLeaf | undefined {
  if (value === undefined || value === null) return undefined;
  const name = text(value.name, 'publisher.name');
  if (name === undefined) {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, 'publisher.name', 'is missing; the publisher is left out.');
    return undefined;
  }
  const url = absoluteUrl(value.href, page, 'publisher.href');
  const logo = absoluteUrl(value.logo, page, 'publisher.logo');
  return defined<OrganizationLeaf>({
    '@type': 'Organization',
    '@id': url ? `${url.replace(/#.*$/, '')}#organization` : nodeId(page, 'organization'),
    name,
    url,
    logo: logo ? ({ '@type': 'ImageObject', url: logo } satisfies ImageObject) : undefined,
  });
}

export function imageUrls(value: StructuredImage | StructuredImage[] | undefined, page: string | null): string[] {
  const list = toList(value);
  return list.flatMap((image, index) => {
    const at = Array.isArray(value) ? `image[${index}]` : 'image';
    const src = typeof image === 'string' ? image : image?.src;
    const url = absoluteUrl(src, page, typeof image === 'string' ? at : `${at}.src`);
    return url ? [url] : [];
  });
}

export function topicNodes(value: StructuredTopic | StructuredTopic[] | undefined, page: string | null): MedicalCondition[] {
  const list = toList(value);
  return list.flatMap((topic, index) => {
    const at = Array.isArray(value) ? `about[${index}]` : 'about';
    const name = text(typeof topic === 'string' ? topic : topic?.name, typeof topic === 'string' ? at : `${at}.name`);
    if (name === undefined) {
      if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, at, 'has no name; it is left out.');
      return [];
    }
    const rawSameAs = typeof topic === 'string' ? undefined : topic.sameAs;
    const links = toList(rawSameAs).flatMap(
      (href, i) => absoluteUrl(href, page, Array.isArray(rawSameAs) ? `${at}.sameAs[${i}]` : `${at}.sameAs`) ?? [],
    );
    return [defined<MedicalCondition>({ '@type': 'MedicalCondition', name, sameAs: oneOrMany(links) })];
  });
}

export function breadcrumbNode(value: StructuredBreadcrumb[] | undefined, page: string | null): BreadcrumbList | undefined {
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value)) {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, 'breadcrumbs', 'should be an array; the breadcrumb trail is left out.');
    return undefined;
  }
  const items: ListItem[] = [];
  value.forEach((crumb, index) => {
    const name = text(crumb?.name, `breadcrumbs[${index}].name`);
    if (name === undefined) {
      if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, `breadcrumbs[${index}].name`, 'is missing; this step is left out.');
      return;
    }
    const item = absoluteUrl(crumb.href, page, `breadcrumbs[${index}].href`);
    items.push(defined<ListItem>({ '@type': 'ListItem', position: items.length + 1, name, item }));
  });
  if (items.length === 0) return undefined;
  return { '@type': 'BreadcrumbList', '@id': nodeId(page, 'breadcrumb'), itemListElement: items };
}

/**
 * The FAQPage node. Ids follow `FaqAccordion`'s rule (given ids reserved
 * first, then slugs of the questions), so each question's `url` is the
 * anchor the page renders.
 */
export function faqNode(value: StructuredFaqItem[] | undefined, page: string | null, webPageId: string): FAQPage | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(BUILDER, 'faq', 'has no questions; no FAQPage is added.');
    return undefined;
  }
  const slugger = createSlugger();
  const given = value.map((item) => {
    const id = typeof item?.id === 'string' ? item.id.trim() : '';
    return id === '' ? null : slugger.reserve(id);
  });
  const questions: Question[] = [];
  value.forEach((item, index) => {
    const question = typeof item?.question === 'string' ? item.question.trim() : '';
    const id = given[index] ?? slugger.slug(question, 'question');
    const answer = text(item?.answerText, `faq[${index}].answerText`);
    if (question === '' || answer === undefined) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(BUILDER, `faq[${index}]`, 'needs both a question and an answerText; it is left out of the FAQPage.');
      return;
    }
    questions.push({
      '@type': 'Question',
      name: question,
      url: nodeId(page, id),
      acceptedAnswer: { '@type': 'Answer', text: answer },
    });
  });
  if (questions.length === 0) return undefined;
  return {
    '@type': 'FAQPage',
    '@id': nodeId(page, 'faq'),
    isPartOf: { '@id': webPageId },
    mainEntity: questions,
  };
}
