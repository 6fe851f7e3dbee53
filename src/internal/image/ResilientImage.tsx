'use client';

import { useEffect, useRef, useState, version } from 'react';
import { ImagePlaceholder } from './ImagePlaceholder';
import type { ArticleImage } from './types';

export interface ResilientImageProps extends ArticleImage {
  /** `high` for the hero (the likely LCP element), `auto` elsewhere. */
  priority: 'high' | 'auto';
  className?: string;
}

/**
 * React 19 knows `fetchPriority`; React 18 warns about it and passes only the
 * lowercase attribute through (and 19 warns about the lowercase one). Both are
 * in the peer range (decision 0038), so the spelling follows the React in use.
 */
const fetchPriorityProp = Number.parseInt(version, 10) >= 19 ? 'fetchPriority' : 'fetchpriority';

/**
 * An `<img>` that turns into the designed placeholder when it fails to load.
 *
 * The error may fire before React hydrates, so on mount the element is checked
 * too: a complete image with no natural width is a broken one. Before any
 * JavaScript runs, the placeholder CSS on the parent covers a broken image.
 */
export function ResilientImage({ src, alt, width, height, srcSet, sizes, priority, className }: ResilientImageProps) {
  const [failedSrc, setFailedSrc] = useState<string | null>(null);
  const ref = useRef<HTMLImageElement>(null);

  useEffect(() => {
    const img = ref.current;
    if (img && img.complete && img.naturalWidth === 0 && img.getAttribute('src')) setFailedSrc(src);
  }, [src]);

  if (failedSrc === src) return <ImagePlaceholder label={alt || undefined} className={className} />;

  return (
    <img
      ref={ref}
      className={className}
      src={src}
      alt={alt}
      width={width}
      height={height}
      srcSet={srcSet}
      sizes={sizes}
      decoding="async"
      loading={priority === 'high' ? 'eager' : 'lazy'}
      {...{ [fetchPriorityProp]: priority }}
      onError={() => setFailedSrc(src)}
    />
  );
}
