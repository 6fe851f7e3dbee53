import { defaultFaqAccordionLabels } from '../components/FaqAccordion/FaqAccordion.labels';
import { defaultKeyTakeawaysLabels } from '../components/KeyTakeaways/KeyTakeaways.labels';
import { defaultReferencesLabels } from '../components/References/References.labels';
import { localeLabels } from '../locale/resolve';
import type { LocaleInput } from '../locale/types';
import { contentLabelsByLanguage } from '../locale/contentLabels';
import { toolLabels } from '../locale/toolLabels';

/**
 * The words the recognisers look for, in English and Spanish, plus the
 * locale's own headings (a French locale's "Questions fréquentes" is
 * recognised too), and the words the converter adds.
 */
const FAQ = ['frequently asked questions', 'faq', 'faqs', "faq's", 'common questions', 'preguntas frecuentes', 'preguntas más frecuentes'];
const REFERENCES = ['references', 'sources', 'bibliography', 'reference list', 'referencias', 'fuentes', 'bibliografía'];
const TAKEAWAYS = ['key takeaways', 'key points', 'at a glance', 'puntos clave', 'ideas clave', 'en pocas palabras'];
const CLOSING = [
  'in conclusion',
  'to sum up',
  'in summary',
  'to summarise',
  'to summarize',
  'to conclude',
  'en conclusión',
  'en resumen',
  'para concluir',
  'para resumir',
  'en definitiva',
];

/** Enough of a paragraph's opening to hold the longest phrase and the character after it. */
const CLOSING_PREFIX = Math.max(...CLOSING.map((phrase) => phrase.length)) + 4;

export interface Words {
  isFaqHeading(text: string): boolean;
  isReferencesHeading(text: string): boolean;
  isTakeawaysHeading(text: string): boolean;
  /** True when a paragraph opens with a closing phrase ("In conclusion, …"). */
  isClosing(text: string): boolean;
  conclusionHeading: string;
  /** The name of a table's scrolling region when the table has no caption. */
  tableLabel: string;
}

/** Lower case, without the punctuation and numbering headings often carry ("3. FAQs:"). */
const normal = (text: string) =>
  text
    .toLocaleLowerCase()
    .replace(/^[\s\d.)-]+/u, '')
    .replace(/[\s:?!.¿¡()]+/gu, ' ')
    .trim();

// The word sets depend only on the locale: built once per locale object (and once for no locale), not per post.
let withoutLocale: Words | undefined;
const byLocale = new WeakMap<object, Words>();

export function wordsFor(locale: LocaleInput | undefined): Words {
  if (locale === undefined) return (withoutLocale ??= buildWords(undefined));
  if (typeof locale !== 'object' || locale === null) return buildWords(locale);
  let words = byLocale.get(locale);
  if (words === undefined) byLocale.set(locale, (words = buildWords(locale)));
  return words;
}

function buildWords(locale: LocaleInput | undefined): Words {
  const quiet = typeof locale === 'object' ? locale : undefined; // a bare tag has no words; do not warn for it here
  const faq = new Set([...FAQ, normal(localeLabels(quiet, 'FaqAccordion', defaultFaqAccordionLabels).heading)].map(normal));
  const references = new Set([...REFERENCES, normal(localeLabels(quiet, 'References', defaultReferencesLabels).heading)].map(normal));
  const added = toolLabels(locale, 'Content', contentLabelsByLanguage, 'medprose/content');
  const takeaways = new Set([...TAKEAWAYS, normal(localeLabels(quiet, 'KeyTakeaways', defaultKeyTakeawaysLabels).heading)].map(normal));
  return {
    isFaqHeading: (text) => faq.has(normal(text)),
    isReferencesHeading: (text) => references.has(normal(text)),
    isTakeawaysHeading: (text) => takeaways.has(normal(text)),
    isClosing: (text) => {
      // Only the opening matters: lower-casing a whole long paragraph cost more than the rest of the test.
      const start = text.trimStart().slice(0, CLOSING_PREFIX).trimEnd().toLocaleLowerCase();
      return CLOSING.some((phrase) => start.startsWith(phrase) && !/[\p{L}\p{N}]/u.test(start.charAt(phrase.length)));
    },
    conclusionHeading: added.conclusionHeading,
    tableLabel: added.table,
  };
}
