import { isValidElement, type ReactNode } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag } from '../../internal/headingLevel';
import { isRenderable } from '../../internal/renderable';
import { localeLabels } from '../../locale/resolve';
import { TakeawaysBody, TakeawaysHeading, TakeawaysRoot } from './KeyTakeaways.styles';
import { defaultKeyTakeawaysLabels } from './KeyTakeaways.labels';
import type { KeyTakeawaysProps } from './KeyTakeaways.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'KeyTakeaways' as const;

const isBlank = (node: unknown) =>
  node === undefined || node === null || node === false || (typeof node === 'string' && node.trim() === '');

/** Keeps the points that have something to show; warns about each one left out. */
function pointsToShow(items: unknown): ReactNode[] {
  if (items === undefined) return [];
  if (!Array.isArray(items)) {
    if (isBlank(items)) return [];
    if (!isRenderable(items)) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, 'items', 'expected an array of points (or one point as text or a React element); nothing is shown.');
      return [];
    }
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'items', 'expected an array of points; shown as one point.');
    return [items as ReactNode];
  }
  return items.filter((item, index) => {
    if (isBlank(item)) {
      if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, `items[${index}]`, 'is empty; it is left out.');
      return false;
    }
    if (!isRenderable(item)) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}]`, 'is not text, a number or a React element; it is left out.');
      return false;
    }
    return true;
  });
}

/**
 * A short summary of the article near the top: a heading and a list of points.
 * A plain `<section>` with a heading, not a named landmark: the heading is how
 * screen-reader users find it, and the page's landmarks stay few. A server
 * component; it prints.
 */
export function KeyTakeaways({ items, children, heading, headingLevel = 2, locale, labels: labelOverrides, ...rest }: KeyTakeawaysProps) {
  const labels = localeLabels(locale, COMPONENT, defaultKeyTakeawaysLabels, labelOverrides);
  const points = pointsToShow(items);
  if (points.length === 0 && isBlank(children)) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'items', 'is empty and there are no children; nothing is rendered.');
    return null;
  }
  const tag = headingTag(headingLevel, 2, COMPONENT);

  return withStylesheetScope(
    <TakeawaysRoot data-medprose-takeaways="" {...rest}>
      <TakeawaysHeading as={tag}>{isBlank(heading) ? labels.heading : heading}</TakeawaysHeading>
      <TakeawaysBody>
        {points.length > 0 ? (
          <ul>
            {points.map((point, index) => (
              <li key={isValidElement(point) && point.key !== null ? point.key : index}>{point}</li>
            ))}
          </ul>
        ) : null}
        {isBlank(children) ? null : typeof children === 'string' ? <p>{children}</p> : children}
      </TakeawaysBody>
    </TakeawaysRoot>,
  );
}
