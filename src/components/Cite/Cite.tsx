import { Fragment, useId, type ReactNode } from 'react';
import { devWarning } from '../../internal/devWarning';
import { formatNumber } from '../../internal/numbers';
import { localeCode, localeLabels } from '../../locale/resolve';
import { citationAnchor, fragment, referenceAnchor, type CitedMark } from '../References/createCitations';
import { Mark } from './Cite.styles';
import { defaultCiteLabels } from './Cite.labels';
import type { CiteProps } from './Cite.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'Cite' as const;

function idsOf(id: unknown): string[] {
  const list = Array.isArray(id) ? id : [id];
  return list.filter((value): value is string => typeof value === 'string' && value.trim() !== '').map((value) => value.trim());
}

/**
 * An inline citation mark, `[3]` or `[1, 3]`: a superscript link to the
 * source in `<References>`, with the id the list's back-link returns to, and an
 * accessible name that says what it is ("Reference 3"). Sources are numbered in
 * the order the text first cites them. A server component.
 */
export function Cite({ citations, id, locale, labels: labelOverrides, ...rest }: CiteProps) {
  // Identifies this mark to the numbering, the same on every render of it.
  const markId = useId();
  const ids = idsOf(id);
  const valid = typeof citations?.cite === 'function';
  const lang = locale ?? (valid ? citations.locale : undefined);
  const labels = localeLabels(lang, COMPONENT, defaultCiteLabels, labelOverrides);
  const code = localeCode(lang, COMPONENT);

  if (ids.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'id', 'is missing; nothing is rendered.');
    return null;
  }
  if (!valid) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'citations', 'is missing: pass the object from createCitations(references). The ids are shown as text.');
    return withStylesheetScope(<Mark {...rest}>[{ids.join(', ')}]</Mark>);
  }

  const marks = citations.cite(markId, ids);
  const known = marks.filter((mark): mark is Extract<CitedMark, { known: true }> => mark.known).sort((a, b) => a.number - b.number);
  const unknown = marks.filter((mark) => !mark.known);
  for (const mark of unknown)
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'id', `no reference has the id "${mark.key}"; it is shown as text.`);
  for (const mark of known.filter((m) => m.late)) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(
        COMPONENT,
        'id',
        `"${mark.key}" is cited after <References> rendered, so the list has no link back to this mark. Render <References> after the text.`,
      );
  }

  const parts: ReactNode[] = [
    ...known.map((mark) => {
      const number = formatNumber(mark.number, code);
      return (
        <a
          key={`${mark.key}-${mark.occurrence}`}
          href={fragment(referenceAnchor(mark.key))}
          id={citationAnchor(mark.key, mark.occurrence)}
          aria-label={labels.reference(number)}
        >
          {number}
        </a>
      );
    }),
    ...unknown.map((mark) => <Fragment key={`unknown-${mark.key}`}>{mark.key}</Fragment>),
  ];

  return withStylesheetScope(
    <Mark data-medprose-cite="" {...rest}>
      {/* Brackets and commas are for the eye; each link names itself. */}
      <span aria-hidden="true">[</span>
      {parts.map((part, index) => (
        <Fragment key={index}>
          {index > 0 ? <span aria-hidden="true">, </span> : null}
          {part}
        </Fragment>
      ))}
      <span aria-hidden="true">]</span>
    </Mark>,
  );
}
