'use client';

import { useContext, useMemo, type ReactNode } from 'react';
import { StyleSheetContext, StyleSheetManager } from 'styled-components';
import { pageHasStylesheet } from './pageStylesheet';

type Sheet = NonNullable<Parameters<typeof StyleSheetManager>[0]['sheet']>;

/** Marks a sheet made here, so a scope inside another one adds nothing. */
const SKIPS = Symbol();

/**
 * The sheet styled-components renders into, except that medprose's own parts
 * (`mp-…` ids) count as already injected: `medprose/styles.css` holds their
 * rules under their stable classes. So styled-components neither compiles nor
 * inserts them in the browser; every other component (a publisher's own, an
 * override of ours) is injected as usual.
 */
const skippingStylesheetRules = (parent: Sheet): Sheet =>
  new Proxy(parent, {
    get(target, key) {
      if (key === 'hasNameForId') return (id: string, name: string) => id.startsWith('mp-') || target.hasNameForId(id, name);
      if (key === SKIPS) return true;
      const value: unknown = Reflect.get(target, key, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });

/**
 * Around a medprose component in the browser (`withStylesheetScope`): where the
 * page has this release's `medprose/styles.css`, styled-components skips
 * compiling and inserting medprose's rules while the page hydrates, which it
 * would otherwise do for every part, since it has no server sheet to read them
 * back from (decision 0029). Renders no element, so hydration matches the
 * server's HTML; without the stylesheet it changes nothing.
 */
export function StylesheetScope({ children }: { children: ReactNode }) {
  const { styleSheet } = useContext(StyleSheetContext);
  const skip = !(styleSheet as Sheet & { [SKIPS]?: true })[SKIPS] && pageHasStylesheet();
  const sheet = useMemo(() => (skip ? skippingStylesheetRules(styleSheet) : null), [skip, styleSheet]);
  return sheet ? <StyleSheetManager sheet={sheet}>{children}</StyleSheetManager> : children;
}
