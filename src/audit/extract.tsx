import type { Element, ElementContent, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { renderArticleBody } from '../components/Article/articleBody';
import type { ArticleBody } from '../components/Article/Article.types';
import { hasClass } from '../content/hast';
import { parseHtml } from '../content/parse';

/** What the check needs from one part of the article, read from its server HTML. */
export interface PartText {
  /** Prose paragraphs (blocks of text), headings and crisis boxes left out. */
  paragraphs: string[];
  /** Headings inside the body, in document order. */
  headings: { level: number; text: string }[];
  images: { src: string; alt: string | undefined }[];
  links: { href: string; text: string }[];
  /** Citation marks (`cite(...)`) and links to a reference entry. */
  citations: number;
  /** A `CrisisSupport` box or an urgent disclaimer inside the body. */
  crisisHelp: boolean;
  /** Why the part could not be rendered, if it could not. */
  error?: string;
}

// The components' stable class names (decision 0010) mark crisis help in rendered bodies.
const CRISIS_CLASSES = ['mp-CrisisSupport-CrisisRoot', 'mp-MedicalDisclaimer-UrgentBox'];
const CITE_ATTRIBUTE = 'dataMedproseAuditCite';
const HEADING = /^h([1-6])$/;

/** A citation mark for auditing: an empty marker element, no number text to skew word counts. */
const auditCite = (id: string | string[]) => <sup data-medprose-audit-cite={[id].flat().join(' ')} />;

/** Renders content (a body, a summary, an answer) to static HTML on the server and reads it. */
export function readContent(content: ArticleBody | ReactNode): PartText {
  let html: string;
  try {
    html = renderToStaticMarkup(<>{renderArticleBody(content as ArticleBody, auditCite)}</>);
  } catch (error) {
    return {
      paragraphs: [],
      headings: [],
      images: [],
      links: [],
      citations: 0,
      crisisHelp: false,
      error: String((error as Error)?.message ?? error),
    };
  }
  return readHtml(html);
}

/**
 * Reads server HTML through a spec-compliant parser (medprose/content's: parse5 building hast, without source
 * positions, which the check does not use; decision 0017), never by pattern matching.
 */
export function readHtml(html: string): PartText {
  const tree = parseHtml(html);
  const result: PartText = { paragraphs: [], headings: [], images: [], links: [], citations: 0, crisisHelp: false };

  // The tree is this call's own, so the walk prunes it in place (headings, crisis boxes, citation marks) rather
  // than copying every element.
  const prune = (nodes: (RootContent | ElementContent)[]): void => {
    let kept = 0;
    for (const node of nodes) {
      if (node.type === 'element' && !keep(node)) continue;
      nodes[kept++] = node;
    }
    nodes.length = kept;
  };
  const keep = (node: Element): boolean => {
    const heading = HEADING.exec(node.tagName);
    if (heading) {
      result.headings.push({ level: Number(heading[1]), text: toText(node).replace(/\s+/g, ' ').trim() });
      return false;
    }
    if (CRISIS_CLASSES.some((name) => hasClass(node, name))) {
      // Crisis help is the page's furniture, not the author's prose: found, then left out of the text.
      result.crisisHelp = true;
      return false;
    }
    if (node.properties?.[CITE_ATTRIBUTE] !== undefined) {
      result.citations += 1;
      return false;
    }
    if (node.tagName === 'img') {
      const alt = node.properties?.alt;
      result.images.push({ src: String(node.properties?.src ?? ''), alt: alt === undefined || alt === null ? undefined : String(alt) });
    }
    if (node.tagName === 'a') {
      const href = String(node.properties?.href ?? '');
      if (/^#(ref|cite|fn)/i.test(href)) result.citations += 1;
      // The link's own words, read before its insides are pruned.
      result.links.push({ href, text: toText(node).replace(/\s+/g, ' ').trim() });
    }
    prune(node.children);
    return true;
  };

  prune(tree.children);
  result.paragraphs = toText(tree)
    .split(/\n+/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
  return result;
}
