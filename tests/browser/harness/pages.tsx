import type { ReactElement } from 'react';
import { styled } from 'styled-components';
import {
  Article,
  ArticleHero,
  Callout,
  createCitations,
  CrisisSupport,
  FaqAccordion,
  MedicalDisclaimer,
  PhoneLink,
  References,
  RelatedPosts,
  TableOfContents,
} from '../../../src';
import { darkTheme, ThemeScope } from '../../../src/tokens';
import { arabicLocale } from '../../../stories/fixtures/arabicLocale';
import { ketamineArticleData, ketamineArticleDataAr } from '../../../stories/fixtures/ketamineArticleData';
import { ketamineArticle as article } from '../../../stories/fixtures/ketamineArticle';
import { SampleArticlePage } from '../../../stories/fixtures/SampleArticlePage';
import { contentPages } from './contentPages';

const calloutVariants = ['info', 'warning', 'non-urgent', 'urgent', 'emergency'] as const;

/** The three care levels as the sample article words them, with author-marked numbers. */
const careCards = (
  <>
    {(['non-urgent', 'urgent', 'emergency'] as const).map((variant) => (
      <Callout
        key={variant}
        variant={variant}
        heading={
          variant === 'non-urgent' ? (
            'Speak to a GP if:'
          ) : (
            <>
              Call <PhoneLink number={variant === 'urgent' ? '111' : '999'} /> if:
            </>
          )
        }
      >
        <ul>
          <li>what to look out for, in a short line</li>
        </ul>
      </Callout>
    ))}
  </>
);

/** A publisher's own override of a medprose component, as the README shows it. */
const BrandedHero = styled(ArticleHero).withConfig({ componentId: 'publisher-BrandedHero' })`
  margin-block-end: 77px;
  color: rgb(10, 20, 30);
`;

/**
 * The pages the browser tests open. The server renders one by name and the
 * client bundle hydrates the same one, so both sides build the same tree.
 */
export const pages = {
  article: () => <SampleArticlePage />,
  /** The whole sample article from one object, through `Article`. */
  fullArticle: () => <Article article={ketamineArticleData} />,
  fullArticleRtl: () => <Article article={ketamineArticleDataAr} locale={arabicLocale} />,
  /** The same article for a reader the publisher's server places in the UK (`country`). */
  fullArticleGB: () => <Article article={ketamineArticleData} country="GB" />,
  /** Non-urgent, urgent and emergency care cards, light and dark (forced colours: the test emulates them). */
  careCards: () => (
    <main>
      <div data-theme="light">{careCards}</div>
      <ThemeScope theme={darkTheme} data-theme="dark">
        {careCards}
      </ThemeScope>
    </main>
  ),
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
  /** Every component and the states whose CSS differs (variants, nesting, image or placeholder), beside the article. */
  everyPart: () => (
    <main>
      <Article
        article={{
          ...ketamineArticleData,
          image: { src: '/slow-image.svg', alt: 'A still lake at dusk below low hills.', width: 1600, height: 900 },
        }}
      />
      {calloutVariants.map((variant) => (
        <Callout key={variant} variant={variant} heading={`A ${variant} callout`}>
          <p>
            What to do, with <a href="#top">a link</a>.
          </p>
        </Callout>
      ))}
      <CrisisSupport country={['GB', 'US']} />
      {/* A short question (the sample's are all long, data-faq-long) and a CMS table in prose. */}
      <FaqAccordion
        id="short-faq"
        heading="Short questions"
        items={[{ id: 'is-it-safe', question: 'Is it safe?', answer: <p>Ask your doctor.</p> }]}
      />
      <Callout variant="info" heading="A table in prose">
        <table>
          <caption>Sleep a night</caption>
          <thead>
            <tr>
              <th scope="col">Age</th>
              <th scope="col">Hours</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <td>Adults</td>
              <td>7 to 9</td>
            </tr>
          </tbody>
        </table>
      </Callout>
      <MedicalDisclaimer variant="urgent" country="GB" />
      <p>
        A number in a sentence: call <PhoneLink number="116 123" />, or text <PhoneLink number="85258" action="text" />.
      </p>
      <Article
        article={{
          title: 'An article without contents',
          sections: [{ heading: 'Only section', body: ['Text.'] }],
          crisisSupport: false,
          disclaimer: false,
        }}
      />
      <ArticleHero title="A hero with no image" placeholder />
      <RelatedPosts
        posts={[
          {
            title: 'With an image',
            href: '/a',
            image: { src: '/slow-image.svg', alt: '', width: 4, height: 3 },
            date: '2026-01-02',
            topic: 'Sleep',
          },
          { title: 'Without one', href: '/b', excerpt: 'A short excerpt.' },
        ]}
      />
      <TableOfContents
        items={[
          { id: 'a', label: 'A section' },
          { id: 'b', label: 'A subsection', level: 3 },
          { id: '', label: 'Without an id, not a link' },
        ]}
      />
    </main>
  ),
  /** Sources whose addresses have runs of letters and dots longer than a phone's line, which only <wbr> can break. */
  referenceUrls: () => (
    <main>
      <References
        citations={createCitations([
          {
            id: 'dotted',
            title: 'A guideline at a long address',
            url: 'https://guidance.example.org/publications/posttraumaticstressdisorder.assessment.management.children.adults.2026/fulltext.html?section=treatment&format=print',
            uncited: true,
          },
          {
            id: 'doi',
            title: 'A trial with a long DOI',
            doi: '10.5555/posttraumaticstressdisorder.ketamineassisted.psychotherapy.2026.0001',
            uncited: true,
          },
        ])}
      />
    </main>
  ),
  /** The article as a static host renders it: the FAQ as an island (see `islandPages`). */
  islandsArticle: () => <Article article={ketamineArticleData} islands />,
  /** `styled(ArticleHero)` in a publisher's code: their rules must win over medprose's. */
  publisherOverride: () => (
    <main>
      <BrandedHero title="A publisher's hero" summary="Their own margin and colour." />
      <p>After the hero.</p>
    </main>
  ),
  /** Hostile CMS pages converted by medprose/content (contentPages.tsx). */
  ...contentPages,
} satisfies Record<string, () => ReactElement>;

export type PageName = keyof typeof pages;

/**
 * Pages a static host would send (Astro): rendered on the server only, and in the browser `islands.js` calls
 * `hydrateIslands()` instead of hydrating the page.
 */
export const islandPages = {
  islandsArticle: true,
} satisfies Partial<Record<PageName, true>>;
