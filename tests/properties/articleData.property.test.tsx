import fc from 'fast-check';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Article, type ArticleData } from '../../src';
import { resetDevWarnings } from '../../src/internal/devWarning';
import { ketamineArticleData } from '../../stories/fixtures/ketamineArticleData';

/**
 * `ArticleData` as a CMS or a JSON file can send it: any field, or any field of
 * a section, question, related post or reference, replaced by a JSON value
 * (null, a number, `{}`, a list of anything). The page must still render on
 * the server, and the parts left intact must still be on it.
 */
const numRuns = Number(process.env.FC_NUM_RUNS ?? 300);
const json = fc.jsonValue({ maxDepth: 3 });
const fields = <T extends object>(sample: T) =>
  fc.dictionary(fc.constantFrom(...(Object.keys(sample) as string[])), json, { maxKeys: 3 }).map((junk) => ({ ...sample, ...junk }) as T);
const entries = <T extends object>(list: readonly T[]) =>
  fc.array(
    fc.oneof(
      { weight: 3, arbitrary: fc.constantFrom(...list) },
      { weight: 2, arbitrary: fc.constantFrom(...list).chain(fields) },
      { weight: 1, arbitrary: json },
    ),
    { maxLength: 5 },
  );

const sample = ketamineArticleData;
const anyArticleData = fc
  .record({
    top: fields(sample),
    sections: entries(sample.sections),
    faqItems: entries(sample.faq!.items),
    related: entries(sample.related ?? []),
    references: entries(sample.references ?? []),
  })
  .map(
    ({ top, sections, faqItems, related, references }) =>
      ({ ...top, sections, faq: { ...sample.faq, items: faqItems }, related, references }) as ArticleData,
  );

describe('Article with data from a CMS', () => {
  it('renders on the server whatever the fields hold, and keeps every section left intact', () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    vi.spyOn(console, 'error').mockImplementation(() => {});
    fc.assert(
      fc.property(anyArticleData, (article) => {
        resetDevWarnings();
        const html = renderToString(<Article article={article} structuredData={{ faq: true }} />);
        for (const section of article.sections) {
          if (sample.sections.includes(section)) expect(html).toContain(`>${section.heading.replace(/&/g, '&amp;')}<`);
        }
      }),
      { numRuns },
    );
  }, 300_000); // FC_NUM_RUNS=20000 (README) takes minutes
});
