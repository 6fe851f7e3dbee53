/** Words the content converter adds to an article, in English by default. */
export interface ContentLabels {
  /** The heading given to a closing paragraph that has none ("In conclusion, …"): "Conclusion". */
  conclusionHeading: string;
  /**
   * The name of the scrolling region around a table that has no caption (one with a caption is named by it):
   * "Table".
   */
  table: string;
}

/** The converter's English words, its defaults. Server time only: no locale object carries them (decision 0019). */
export const defaultContentLabels: ContentLabels = {
  conclusionHeading: 'Conclusion',
  table: 'Table',
};

/** The converter's words by language (the locale's `code` before the first `-`). */
export const contentLabelsByLanguage: Readonly<Record<string, ContentLabels>> = {
  en: defaultContentLabels,
  es: { conclusionHeading: 'Conclusión', table: 'Tabla' },
};
