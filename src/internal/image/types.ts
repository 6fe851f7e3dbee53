/** An image an author gives a component. */
export interface ArticleImage {
  src: string;
  /**
   * Required. Describe what the image shows; use `""` only when it is purely
   * decorative and adds nothing to the text.
   */
  alt: string;
  /** Intrinsic width in pixels; with `height` it reserves space so nothing shifts. */
  width?: number;
  height?: number;
  srcSet?: string;
  sizes?: string;
}
