/** Props of `JsonLd`. */
export interface JsonLdProps {
  /** The structured data, for example from `buildArticleGraph`: any JSON-serialisable value. */
  data: unknown;
  /** An id for the script element, if your page needs one. */
  id?: string;
}
