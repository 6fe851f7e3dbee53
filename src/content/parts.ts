import type { ElementContent, RootContent } from 'hast';
import type { Reference } from '../components/References/References.types';
import type { Notes } from './hast';
import type { FaqFound } from './recogniseFaq';
import type { ReferenceList } from './recogniseReferences';
import type { Words } from './words';

/**
 * The article's parts as the recognisers (`recognise*.ts`) find them in the
 * sanitised tree: intro, sections by h2, subsections by h3, FAQ, key
 * takeaways, references and a conclusion. Every other block stays where it is.
 */

export interface SectionPart {
  heading: string;
  id?: string;
  level: 2 | 3;
  blocks: RootContent[];
}

export interface FaqPart {
  question: string;
  id?: string;
  blocks: ElementContent[];
}

export interface ReferencePart {
  key: string;
  /** The id the entry had in the source, which links in the text point to. */
  sourceId?: string;
  reference: Reference;
}

export type ConclusionPart = SectionPart & { generatedHeading: boolean };

export interface Parts {
  intro: RootContent[];
  sections: SectionPart[];
  faq?: { heading?: string; items: FaqPart[] };
  conclusion?: ConclusionPart;
  keyTakeaways?: ElementContent[][];
  references: ReferencePart[];
}

/** What the recognisers share while they read one article: its parts so far and the FAQ found so far. */
export interface Recognition {
  words: Words;
  notes: Notes;
  parts: Parts;
  references: ReferenceList;
  faq: FaqFound;
}
