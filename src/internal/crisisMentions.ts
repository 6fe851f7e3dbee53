import { isValidElement, type ReactNode } from 'react';

/**
 * When a page talks about suicide or self-harm: the word lists the editorial
 * check's crisis-help rule reads (`medprose/audit`), kept here so `Article` can
 * ask the same question on the server without the check's parsers (decision
 * 0033). English and Spanish only; whole words, case-insensitive.
 */
export type CrisisLanguage = 'en' | 'es';

const words = (list: string[]) => new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, 'giu');

export const suicideWords: Record<CrisisLanguage, RegExp> = {
  en: words([
    'suicid(?:e|es|al|ality)',
    'self[- ]?harm(?:ing)?',
    'self[- ]?injur(?:y|ies|ing)',
    'kill(?:ing)? (?:myself|yourself|himself|herself|themselves|themself)',
    '(?:end|take|ending|taking) (?:my|your|his|her|their) (?:own )?life',
    '(?:harm|hurt)(?:ing)? (?:myself|yourself|himself|herself|themselves|themself)',
  ]),
  es: words([
    'suicid(?:io|ios|a|as|arse|ado)',
    'autolesi(?:ón|ones|onarse|onan|ona)',
    'autoagresi(?:ón|ones)',
    'quitar(?:se|me|te)? la vida',
    'quitarse la vida',
    'hacer(?:se|me|te)? daño',
    'matar(?:se|me|te)',
  ]),
};

/** The language whose list reads a page in `code` (a BCP 47 tag); `null` for a language without one. */
export function crisisLanguage(code: string | undefined): CrisisLanguage | null {
  if (code === undefined || code === '') return 'en';
  const language = code.split('-')[0]!.toLowerCase();
  return language === 'en' || language === 'es' ? language : null;
}

/**
 * Every string React would show in `node`, without rendering it: text, numbers
 * and the children of elements, depth first. A component's own output (its
 * function is never called) and other props are not read, so this is cheap and
 * never has side effects; what it cannot see, a publisher says with
 * `crisisSupport: true`.
 */
export function collectText(node: unknown, into: string[], depth = 0): void {
  if (depth > 64 || node === null || node === undefined || typeof node === 'boolean') return;
  if (typeof node === 'string' || typeof node === 'number') {
    into.push(String(node));
    return;
  }
  if (Array.isArray(node)) {
    for (const child of node) collectText(child, into, depth + 1);
    return;
  }
  if (isValidElement(node)) collectText((node.props as { children?: ReactNode }).children, into, depth + 1);
}

// The same patterns without `g`, compiled once: a test keeps no state between calls (no lastIndex).
const suicideTest: Record<CrisisLanguage, RegExp> = {
  en: new RegExp(suicideWords.en.source, 'iu'),
  es: new RegExp(suicideWords.es.source, 'iu'),
};

/** True when the text in `nodes` mentions suicide or self-harm in `language`. */
export function mentionsSuicide(nodes: readonly unknown[], language: CrisisLanguage): boolean {
  const text: string[] = [];
  for (const node of nodes) collectText(node, text);
  return suicideTest[language].test(text.join('\n'));
}
