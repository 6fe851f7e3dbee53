/**
 * The hero image's width in `Article`'s reading column (decision 0034): at most the measure (68ch of 16px type,
 * under 46rem in common fonts), or the window less 1rem of padding each side. An image given its own `sizes` keeps it.
 */
export const heroImageSizes = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';
