import type { ReactNode } from 'react';
import { crisisLanguage, mentionsSuicide } from '../../internal/crisisMentions';
import { devWarning } from '../../internal/devWarning';
import { countryList, placeCode } from '../../internal/helplines/readerFirst';
import type { LocaleInput } from '../../locale/types';
import type { ArticleData } from './Article.types';

const COMPONENT = 'Article';

/**
 * Whether `Article` shows crisis help near the top (decision 0033): as the
 * publisher says (`crisisSupport`), else when the disclaimer is the urgent one,
 * else when the text it renders mentions suicide or self-harm in the words the
 * editorial check reads. `text` is what the page shows, as React nodes; nothing
 * is rendered to find out, so the check costs one pass over the strings.
 */
export function showsCrisisHelp(article: ArticleData, text: readonly unknown[], code: string): boolean {
  const said: unknown = article.crisisSupport;
  if (said === true || said === false) return said;
  if (said !== undefined && said !== null) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'article.crisisSupport', `expected true or false, got ${JSON.stringify(said)}; deciding from the text.`);
  }
  const disclaimer = article.disclaimer;
  if (typeof disclaimer === 'object' && disclaimer !== null && disclaimer.variant === 'urgent') return true;
  const language = crisisLanguage(code);
  return language !== null && mentionsSuicide(text, language);
}

/**
 * Where the reader is, most likely first: `country` when the publisher knows it
 * for this request; otherwise the region of a locale the publisher passed
 * (`en-GB`, `{ ...es, code: 'es-MX' }`), which only orders the lines: it is the
 * page's language, not proof of where the reader is. The default locale says nothing.
 */
export function readerCountries(country: unknown, locale: LocaleInput | undefined): string[] {
  if (typeof country === 'string' || Array.isArray(country)) return countryList(country);
  const tag = typeof locale === 'string' ? locale : locale?.code;
  if (typeof tag !== 'string') return [];
  try {
    const region = new Intl.Locale(tag).region;
    return region !== undefined && placeCode(region) !== null ? [region] : [];
  } catch {
    return [];
  }
}

/** Every piece of text of the article that `showsCrisisHelp` reads, as given or as its body renders. */
export function articleText(article: ArticleData, rendered: readonly ReactNode[]): unknown[] {
  return [article.title, article.summary, article.keyTakeaways, ...rendered];
}
