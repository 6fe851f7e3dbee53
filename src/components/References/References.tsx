import { devWarning } from '../../internal/devWarning';
import { headingTag } from '../../internal/headingLevel';
import { formatNumber } from '../../internal/numbers';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { localeCode, localeLabels } from '../../locale/resolve';
import { citationAnchor, fragment, referenceAnchor, type ListedReference } from './createCitations';
import { referenceParts } from './referenceParts';
import { BackLinks, Entry, EntryList, EntryNumber, ReferencesHeading, ReferencesRoot } from './References.styles';
import { defaultReferencesLabels } from './References.labels';
import type { ReferencesLabels, ReferencesProps } from './References.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'References' as const;

function BackLinkList({
  entry,
  number,
  labels,
  locale,
}: {
  entry: ListedReference;
  number: string;
  labels: ReferencesLabels;
  locale: string;
}) {
  if (entry.citedTimes === 0) return null;
  const total = entry.citedTimes;
  return (
    <BackLinks>
      {Array.from({ length: total }, (_, i) => {
        const occurrence = formatNumber(i + 1, locale);
        return (
          <a key={i} href={fragment(citationAnchor(entry.key, i + 1))}>
            {/* An arrow up the page, the same in both writing directions. */}
            <span aria-hidden="true">{total > 1 ? `↑${occurrence}` : '↑'}</span>
            <VisuallyHidden>{labels.backLink(number, occurrence, total)}</VisuallyHidden>
          </a>
        );
      })}
    </BackLinks>
  );
}

/**
 * The numbered list of sources, in the order the text first cites them, each
 * with links back to every place the text cites it. Render it after the text
 * (its `<Cite>` marks number the sources as they render). Sources the text
 * never cites are still listed, after the others. A server component.
 */
export function References({ citations, heading, headingLevel = 2, locale, labels: labelOverrides, ...rest }: ReferencesProps) {
  const valid = typeof citations?.list === 'function';
  if (process.env.NODE_ENV !== 'production' && !valid)
    devWarning(COMPONENT, 'citations', 'is missing: pass the object from createCitations(references).');
  const lang = locale ?? (valid ? citations.locale : undefined);
  const labels = localeLabels(lang, COMPONENT, defaultReferencesLabels, labelOverrides);
  const code = localeCode(lang, COMPONENT);
  const entries = valid ? citations.list() : [];
  if (entries.length === 0) {
    if (process.env.NODE_ENV !== 'production' && valid) devWarning(COMPONENT, 'citations', 'has no references; nothing is rendered.');
    return null;
  }

  return withStylesheetScope(
    <ReferencesRoot data-medprose-references="" {...rest}>
      <ReferencesHeading as={headingTag(headingLevel, 2, COMPONENT)}>{heading ?? labels.heading}</ReferencesHeading>
      {/* role="list": Safari drops list semantics from a list with list-style: none. The
          numbers are written out, so they match the marks in the text and survive copying. */}
      <EntryList role="list">
        {entries.map((entry) => {
          const number = formatNumber(entry.number, code);
          return (
            <Entry key={entry.key} id={referenceAnchor(entry.key)}>
              <EntryNumber>{number}.</EntryNumber>
              <span>
                {referenceParts(entry.reference, entry.index, labels, code)}
                <BackLinkList entry={entry} number={number} labels={labels} locale={code} />
              </span>
            </Entry>
          );
        })}
      </EntryList>
    </ReferencesRoot>,
  );
}
