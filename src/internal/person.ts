/** Someone named on the page: an author, a medical reviewer. */
export interface Person {
  name: string;
  /** Shown after the name: `MD`, `PhD, RN`. */
  credentials?: string;
  /** A profile page. Unsafe URLs are not rendered as links. */
  href?: string;
}
