/**
 * The version `medprose/styles.css` declares in `--mp-stylesheet` (scripts/build-stylesheet.mjs writes it from here),
 * and the version these components expect: a stylesheet from another release is not trusted to hold their rules.
 * Kept equal to package.json's version (tests/internal/stylesheetScope.test.tsx checks).
 */
export const STYLESHEET_VERSION = '0.1.0';

/** The custom property on the root that says which medprose stylesheet the page has. */
export const STYLESHEET_PROPERTY = '--mp-stylesheet';
