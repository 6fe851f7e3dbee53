/**
 * The hero image's width in `Article`'s reading column (decision 0034): at most the measure, 68ch (about 34rem in
 * common fonts), or the window less 1rem of padding each side. An image given its own `sizes` keeps it.
 */
export const articleHeroImageSizes = '(min-width: 36rem) 68ch, calc(100vw - 2rem)';
