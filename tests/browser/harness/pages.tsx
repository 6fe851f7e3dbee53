import type { ReactElement } from 'react';
import { Article, ArticleHero, CrisisSupport, FaqAccordion, MedicalDisclaimer } from '../../../src';
import { arabicLocale } from '../../../stories/fixtures/arabicLocale';
import { ketamineArticleData, ketamineArticleDataAr } from '../../../stories/fixtures/ketamineArticleData';
import { ketamineArticle as article } from '../../../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../../../stories/fixtures/SampleArticlePage';
import { contentPages } from './contentPages';

/**
 * The pages the browser tests open. The server renders one by name and the
 * client bundle hydrates the same one, so both sides build the same tree.
 */
export const pages = {
  article: () => <SampleArticlePage />,
  /** The whole sample article from one object, through `Article`. */
  fullArticle: () => <Article article={ketamineArticleData} />,
  fullArticleRtl: () => <Article article={ketamineArticleDataAr} locale={arabicLocale} />,
  /** The hero with a lead image the test server sends slowly, to measure layout shift. */
  heroWithSlowImage: () => (
    <main>
      <ArticleHero
        title={article.title}
        summary={article.standfirst}
        author={article.author}
        reviewer={article.reviewer}
        published={article.published}
        image={{ src: '/slow-image.svg', alt: 'A still lake at dusk below low hills.', width: 1600, height: 900 }}
      />
      <p>Text after the hero, which must not move while the image loads.</p>
    </main>
  ),
  /** The sample FAQ alone, remembering which questions were open (`rememberOpen`). */
  faqRemember: () => (
    <main>
      <h1>{article.title}</h1>
      <FaqAccordion
        id="faq"
        rememberOpen
        heading={article.faqHeading}
        items={article.faq.map((item) => ({ id: item.id, question: item.question, answer: item.answer.map((p) => <p key={p}>{p}</p>) }))}
      />
    </main>
  ),
  /** Every help-line number in the table, in the urgent disclaimer and the crisis box. */
  helplines: () => (
    <main>
      <MedicalDisclaimer variant="urgent" country={['GB', 'US', 'CA', 'AU']} />
      <CrisisSupport country={['GB', 'US', 'CA', 'AU']} />
    </main>
  ),
  /** Hostile CMS pages converted by medprose/content (contentPages.tsx). */
  ...contentPages,
} satisfies Record<string, () => ReactElement>;

export type PageName = keyof typeof pages;
