import type { CSSProperties } from 'react';
import { styled } from 'styled-components';
import { devWarning } from '../devWarning';
import { safeHref } from '../safeHref';
import { ImagePlaceholder, placeholderBackground } from './ImagePlaceholder';
import { ResilientImage } from './ResilientImage';
import type { ArticleImage } from './types';

/*
 * The ratio is any value an image has, so it comes in a custom property on the
 * element rather than a class per ratio: the CSS stays static (one rule in
 * `medprose/styles.css`), and a publisher's class can still set `aspect-ratio`.
 */
export const Frame = styled.div.withConfig({ componentId: 'mp-ImageFrame-Frame' })`
  position: relative;
  aspect-ratio: var(--mp-image-ratio);
  inline-size: 100%;
  overflow: hidden;
  ${placeholderBackground}

  & > img,
  & > [data-medprose-placeholder] {
    position: absolute;
    inset: 0;
    inline-size: 100%;
    block-size: 100%;
    object-fit: cover;
  }

  /* Before JavaScript, a broken image shows the frame's surface, not an icon:
     browsers render ::before on an img only when it failed to load. */
  & > img::before {
    content: '';
    position: absolute;
    inset: 0;
    ${placeholderBackground}
  }
`;

export interface ImageFrameProps {
  image: ArticleImage | undefined;
  priority: 'high' | 'auto';
  /** Used when the image has no width and height: `16 / 9`. */
  fallbackRatio: string;
  /** Used when there is no image to show: a lower band, so a placeholder does not dominate. */
  placeholderRatio?: string;
  component: string;
  /** The prop the image came from, for warnings: `image`, or `posts[2].image` in a list. */
  prop?: string;
  /**
   * The width the frame takes in its layout, as a `sizes` attribute: used when the image has a `srcSet` and no
   * `sizes` of its own (without one, a browser assumes the whole viewport and fetches a larger file than it shows).
   */
  sizes?: string;
  className?: string;
}

function validImage(image: ArticleImage | undefined, component: string, prop: string): ArticleImage | null {
  if (!image) return null;
  const src = typeof image.src === 'string' ? image.src.trim() : '';
  if (src === '' || safeHref(src) === null) {
    if (process.env.NODE_ENV !== 'production') devWarning(component, `${prop}.src`, 'missing or unsafe; the placeholder is shown instead.');
    return null;
  }
  if (process.env.NODE_ENV !== 'production' && typeof image.alt !== 'string') {
    devWarning(component, `${prop}.alt`, 'is required: describe the image, or pass "" if it is decorative.');
  }
  return { ...image, src, alt: typeof image.alt === 'string' ? image.alt : '' };
}

/**
 * A box of fixed aspect ratio holding the image, or the placeholder when there
 * is none: its space is reserved before the image arrives, so nothing shifts.
 */
export function ImageFrame({
  image,
  priority,
  fallbackRatio,
  placeholderRatio = '3 / 1',
  component,
  prop = 'image',
  sizes,
  className,
}: ImageFrameProps) {
  const valid = validImage(image, component, prop);
  const ratio = !valid
    ? placeholderRatio
    : valid.width && valid.height && valid.width > 0 && valid.height > 0
      ? `${valid.width} / ${valid.height}`
      : fallbackRatio;
  return (
    <Frame className={className} style={{ '--mp-image-ratio': ratio } as CSSProperties}>
      {valid ? (
        <ResilientImage {...valid} sizes={valid.sizes ?? (valid.srcSet ? sizes : undefined)} priority={priority} />
      ) : (
        // An image that cannot be shown keeps its description for screen readers.
        <ImagePlaceholder label={image?.alt || undefined} />
      )}
    </Frame>
  );
}
