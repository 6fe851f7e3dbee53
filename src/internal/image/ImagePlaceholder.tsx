import { css, styled } from 'styled-components';
import { tokens } from '../../tokens/tokens';

export interface ImagePlaceholderProps {
  /**
   * The alt text of an image that failed to load. When given, the placeholder
   * is announced as that image; when absent it is decorative and hidden.
   */
  label?: string | undefined;
  className?: string;
}

/** The placeholder's surface, shared with the image frame shown while an image loads. */
export const placeholderBackground = css`
  background:
    radial-gradient(circle at 78% 28%, ${tokens['color-placeholder-to']} 0 18%, transparent 19%),
    radial-gradient(circle at 18% 82%, ${tokens['color-placeholder-to']} 0 26%, transparent 27%),
    linear-gradient(135deg, ${tokens['color-placeholder-from']}, ${tokens['color-placeholder-to']});
`;

export const Surface = styled.span.withConfig({ componentId: 'mp-ImagePlaceholder-Surface' })`
  display: block;
  position: relative;
  inline-size: 100%;
  block-size: 100%;
  overflow: hidden;
  ${placeholderBackground}

  /* A quiet line motif, in the ink colour, so the box reads as designed, not missing. */
  &::after {
    content: '';
    position: absolute;
    inset: 22% 30%;
    border: 2px solid ${tokens['color-placeholder-ink']};
    border-radius: 50% 50% 46% 54% / 60% 44% 56% 40%;
    opacity: 0.35;
  }

  @media (forced-colors: active) {
    border: 1px solid CanvasText;
  }
`;

/**
 * The designed stand-in for a missing or broken image: a calm abstract surface,
 * never a broken-image icon and never the words "no image".
 */
export function ImagePlaceholder({ label, className }: ImagePlaceholderProps) {
  return label ? (
    <Surface className={className} role="img" aria-label={label} data-medprose-placeholder="" />
  ) : (
    <Surface className={className} aria-hidden="true" data-medprose-placeholder="" />
  );
}
