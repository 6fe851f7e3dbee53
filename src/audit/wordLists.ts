import { suicideWords } from '../internal/crisisMentions';
import type { AuditLanguage } from './language';

/**
 * Word lists for the safe-messaging, citation and link rules, English and
 * Spanish. Matched on whole words, case-insensitively, in the text the page
 * shows. They find what an editor should look at; they do not judge it.
 */
interface Lists {
  /** The text talks about suicide or self-harm. */
  suicide: RegExp;
  /** Words that can describe a method; flagged for review on pages that mention suicide or self-harm. */
  methods: RegExp;
  /** A statement of numbers or outcomes that should carry a citation. */
  claim: RegExp;
  /** Link text that says nothing out of context. */
  vagueLink: RegExp;
}

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

export const wordLists: Record<AuditLanguage, Lists> = {
  en: {
    // Shared with Article, which shows crisis help near the top of such a page (decision 0033).
    suicide: suicideWords.en,
    methods: words([
      'overdos(?:e|es|ed|ing)',
      '(?:lethal|fatal) doses?',
      'how many (?:pills|tablets)',
      'hang(?:ing|ed)? (?:himself|herself|themselves|myself|yourself)',
      'nooses?',
      'ligatures?',
      'razors?',
      'blades?',
      'poison(?:ing|ed)?',
      'jump(?:ing|ed)? (?:from|off)',
      'cutting (?:myself|yourself|himself|herself|themselves)',
    ]),
    claim: words([
      '\\d+(?:[.,]\\d+)? ?(?:%|per ?cent)',
      '\\d+ (?:in|out of) (?:\\d+|every)',
      '(?:times|twice) (?:as|more|less) (?:likely|effective)',
      'reduc(?:e|es|ed|ing) (?:the )?(?:risk|symptoms|deaths?)',
      'improv(?:e|es|ed)',
      'effective',
      'cures?',
      'prevents?',
      'halve[ds]?',
      'doubles?d?',
    ]),
    vagueLink: words([
      'click here',
      'here',
      'read more',
      'more',
      'learn more',
      'this link',
      'link',
      'this page',
      'find out more',
      'more info(?:rmation)?',
    ]),
  },
  es: {
    suicide: suicideWords.es,
    methods: words([
      'sobredosis',
      'dosis (?:letal|letales|mortal|mortales)',
      'cuántas (?:pastillas|pastillas|tabletas)',
      'ahorca(?:miento|rse|do)',
      'sogas?',
      'cuchillas?',
      'envenena(?:miento|rse|do)',
      'tirarse (?:desde|por|de)',
      'saltar (?:desde|al vacío)',
      'cortarse',
    ]),
    claim: words([
      '\\d+(?:[.,]\\d+)? ?(?:%|por ciento)',
      '\\d+ de cada \\d+',
      '(?:el doble|la mitad)',
      'reduc(?:e|en|ía|ió|ieron) (?:el riesgo|los síntomas|las muertes)',
      'mejor(?:a|an|ó|aron)',
      'eficaz(?:es)?',
      'cura(?:n)?',
      'previene(?:n)?',
    ]),
    vagueLink: words([
      'haga clic aquí',
      'pulse aquí',
      'clic aquí',
      'aquí',
      'leer más',
      'lea más',
      'más',
      'más información',
      'este enlace',
      'enlace',
    ]),
  },
};

/** Every distinct match of `pattern` in `text`, lower-cased, in order of appearance. */
export function matches(pattern: RegExp, text: string): string[] {
  const found = new Set<string>();
  // matchAll works on its own copy of the pattern, so the lists' shared RegExps keep no state between calls.
  for (const match of text.matchAll(pattern)) found.add(match[0].toLowerCase());
  return [...found];
}

// Compiled once per list: the rules run on every sentence and every link.
const testers = new WeakMap<RegExp, RegExp>();
const wholes = new WeakMap<RegExp, RegExp>();
const derived = (cache: WeakMap<RegExp, RegExp>, pattern: RegExp, make: () => RegExp) => {
  let regexp = cache.get(pattern);
  if (!regexp) {
    regexp = make();
    cache.set(pattern, regexp);
  }
  return regexp;
};

/** True when `pattern` occurs in `text` (the same test as `matches(...).length > 0`, without collecting). */
export function mentions(pattern: RegExp, text: string): boolean {
  return derived(testers, pattern, () => new RegExp(pattern.source, pattern.flags.replace('g', ''))).test(text);
}

/** True when the whole of `text` is one of the list's phrases. */
export function isWholly(pattern: RegExp, text: string): boolean {
  const cleaned = text.replace(/[.…:»«"“”!?]+/g, ' ').trim();
  if (cleaned === '') return false;
  return derived(wholes, pattern, () => new RegExp(`^(?:${pattern.source})$`, 'iu')).test(cleaned);
}
