import { createElement, type ReactElement } from 'react';
import { StylesheetScope } from './StylesheetScope';

/**
 * A component's root, in the browser inside `StylesheetScope`. On a server
 * (classic rendering or React Server Components) the element is returned as it
 * is: the scope renders no element, so the HTML is the same either way, and a
 * server component never renders the client module.
 */
export function withStylesheetScope(element: ReactElement): ReactElement {
  return typeof document === 'undefined' ? element : createElement(StylesheetScope, null, element);
}
