/** Words the content converter adds to an article, in English by default. */
export interface ContentLabels {
  /** The heading given to a closing paragraph that has none ("In conclusion, …"): "Conclusion". */
  conclusionHeading: string;
}

/** The converter's English words: the defaults, and the `en` locale's group. */
export const defaultContentLabels: ContentLabels = {
  conclusionHeading: 'Conclusion',
};
