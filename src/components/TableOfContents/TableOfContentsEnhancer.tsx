'use client';

import { useEffect, useRef } from 'react';
import { enhanceTableOfContents } from './enhanceTableOfContents';
import { TOC_ATTRIBUTE } from './tocAttributes';

/**
 * The table of contents' only client code, in its own module so the list
 * itself stays a server component. It renders an empty hidden marker and, after
 * hydration, enhances the links of the table of contents around it.
 */
export function TableOfContentsEnhancer({ targets }: { targets: string }) {
  const marker = useRef<HTMLSpanElement>(null);
  // `targets` (the linked ids) restarts the enhancement when a re-render changes the links.
  useEffect(() => {
    const root = marker.current?.closest(`[${TOC_ATTRIBUTE}]`);
    return root ? enhanceTableOfContents(root) : undefined;
  }, [targets]);
  return <span ref={marker} hidden />;
}
