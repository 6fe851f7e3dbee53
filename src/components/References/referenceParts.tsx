import { Fragment, type ReactNode } from 'react';
import { DateTime } from '../../internal/DateTime';
import { devWarning } from '../../internal/devWarning';
import { safeHref } from '../../internal/safeHref';
import { Journal, SourceTitle } from './References.styles';
import type { Reference, ReferencesLabels } from './References.types';

const COMPONENT = 'References';

const DOI = /^10\.\d{4,9}\/\S+$/;
const PMID = /^\d{1,9}$/;

/** A DOI without its `https://doi.org/` or `doi:` prefix; `null` when it is not one. */
export function normaliseDoi(doi: string): string | null {
  const bare = doi.trim().replace(/^(?:https?:\/\/(?:dx\.)?doi\.org\/|doi:\s*)/i, '');
  return DOI.test(bare) ? bare : null;
}

/** doi.org link for a DOI; each path segment encoded, so `#`, `?` and `<` stay part of it. */
export const doiHref = (doi: string) => `https://doi.org/${doi.split('/').map(encodeURIComponent).join('/')}`;

export const pubmedHref = (pmid: string) => `https://pubmed.ncbi.nlm.nih.gov/${pmid}/`;

/**
 * A URL as link text that a phone can wrap where a reader expects it (the Chicago Manual's rule): after `//` and
 * before each `/`, `.`, `?`, `#`, `&` and `=`, through `<wbr>`. Copying the link copies the URL unchanged; the
 * stylesheet keeps breaking anywhere only for a part too long for the line.
 */
export function breakableUrl(url: string): ReactNode {
  const pieces = url.split(/(?<=\/\/)|(?<![/:])(?=[/.?#&=])/u);
  return pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 ? <wbr /> : null}
      {piece}
    </Fragment>
  ));
}

const endsSentence = (text: string) => /[.?!…]$/u.test(text.trim());

/** Text with a full stop after it, unless it already ends a sentence. */
function sentence(text: string, render: (text: string) => ReactNode = (t) => t): ReactNode {
  const trimmed = text.trim();
  return (
    <>
      {render(trimmed)}
      {endsSentence(trimmed) ? '' : '.'}
    </>
  );
}

const present = (value: unknown): value is string | number =>
  (typeof value === 'string' && value.trim() !== '') || (typeof value === 'number' && Number.isFinite(value));

/**
 * One entry in a Vancouver-like order health readers know: authors, title,
 * journal or publisher, year, then DOI, PubMed id, URL and the accessed date.
 * Anything malformed is shown as written, not linked, and reported.
 */
export function referenceParts(reference: Reference, index: number, labels: ReferencesLabels, locale: string): ReactNode[] {
  const prop = (name: string) => `references[${index}].${name}`;
  const parts: ReactNode[] = [];

  const authors = Array.isArray(reference.authors) ? reference.authors.filter(present).join(', ') : reference.authors;
  if (present(authors)) parts.push(sentence(String(authors)));

  if (present(reference.title)) {
    parts.push(sentence(String(reference.title), (text) => <SourceTitle>{text}</SourceTitle>));
  } else {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, prop('title'), 'is missing; the entry shows the other details.');
  }
  if (present(reference.journal)) parts.push(sentence(String(reference.journal), (text) => <Journal>{text}</Journal>));
  if (present(reference.publisher)) parts.push(sentence(String(reference.publisher)));
  if (present(reference.year)) parts.push(sentence(String(reference.year)));

  if (present(reference.doi)) {
    const doi = normaliseDoi(String(reference.doi));
    if (process.env.NODE_ENV !== 'production' && doi === null)
      devWarning(COMPONENT, prop('doi'), `"${String(reference.doi)}" is not a DOI (10.xxxx/…); it is shown as text.`);
    // Crossref's display guideline: a DOI is shown as its full https://doi.org/ link.
    parts.push(
      doi ? (
        <a href={doiHref(doi)} data-url="">
          {breakableUrl(`https://doi.org/${doi}`)}
        </a>
      ) : (
        `doi: ${String(reference.doi).trim()}`
      ),
    );
  }
  if (present(reference.pmid)) {
    const pmid = String(reference.pmid).trim();
    const valid = PMID.test(pmid);
    if (process.env.NODE_ENV !== 'production' && !valid)
      devWarning(COMPONENT, prop('pmid'), `"${pmid}" is not a PubMed id (digits only); it is shown as text.`);
    // "PMID" is the identifier's own name in every language, as "doi" is.
    parts.push(valid ? <a href={pubmedHref(pmid)}>{`PMID: ${pmid}`}</a> : `PMID: ${pmid}`);
  }
  if (present(reference.url)) {
    const url = String(reference.url).trim();
    const href = safeHref(url);
    if (process.env.NODE_ENV !== 'production' && href === null)
      devWarning(COMPONENT, prop('url'), `"${url}" is not a safe URL; it is shown as text.`);
    parts.push(
      href ? (
        <a href={href} data-url="">
          {breakableUrl(url)}
        </a>
      ) : (
        url
      ),
    );
  }
  if (reference.accessed !== undefined && reference.accessed !== null && reference.accessed !== '') {
    parts.push(
      <>
        {labels.accessed} <DateTime value={reference.accessed} locale={locale} component={COMPONENT} prop={prop('accessed')} />.
      </>,
    );
  }
  return parts.map((part, i) => (
    <Fragment key={i}>
      {i > 0 ? ' ' : null}
      {part}
    </Fragment>
  ));
}
