// A Server Component: the hero, sections, disclaimer and related cards render on
// the server only. FaqAccordion is a client component (medprose marks it
// 'use client'), so only the FAQ is hydrated in the browser.
import type { Metadata } from 'next';
import Link from 'next/link';
import {
  ArticleHero,
  ArticleSection,
  createSlugger,
  FaqAccordion,
  MedicalDisclaimer,
  RelatedPosts,
  tokens,
} from 'medprose';
import { styled } from 'styled-components';
import { article } from '../../sample-article';

export const metadata: Metadata = { title: article.title, description: article.standfirst };

// Your own styled components work in Server Components too (styled-components 6.3+).
// medprose's tokens are CSS custom properties with fallbacks: no ThemeProvider needed.
const Page = styled.main`
  max-inline-size: 72rem;
  margin-inline: auto;
  padding: ${tokens['space-5']} ${tokens['space-4']};
`;

const Intro = styled.div`
  max-inline-size: ${tokens.measure};
  font-family: ${tokens['font-body']};
  font-size: ${tokens['font-size-md']};
  line-height: ${tokens['line-height-body']};
  color: ${tokens['color-text']};

  p {
    margin: 0 0 ${tokens['space-4']};
  }
`;

export default function ArticlePage() {
  // One slugger for the page keeps every section and question id unique.
  const slugger = createSlugger();

  return (
    <Page>
      <article>
        <ArticleHero
          title={article.title}
          summary={article.standfirst}
          category={article.category}
          author={article.author}
          reviewer={article.reviewer}
          published={article.published}
          updated={article.updated}
          readingMinutes={article.readingMinutes}
          linkComponent={Link}
        />
        <Intro>
          {article.intro.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </Intro>
        {article.sections.map((section) => (
          <ArticleSection key={section.id} id={slugger.reserve(section.id)} heading={section.heading}>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </ArticleSection>
        ))}
        <FaqAccordion
          heading={article.faqHeading}
          items={article.faq.map((item) => ({
            id: slugger.reserve(item.id),
            question: item.question,
            answer: item.answer.map((paragraph) => <p key={paragraph}>{paragraph}</p>),
          }))}
        />
        <ArticleSection id={slugger.reserve(article.conclusion.id)} heading={article.conclusion.heading}>
          {article.conclusion.paragraphs.map((paragraph) => (
            <p key={paragraph}>{paragraph}</p>
          ))}
        </ArticleSection>
        <MedicalDisclaimer variant="urgent" helplines={article.helplines} />
      </article>
      <RelatedPosts posts={article.related} currentHref={article.href} linkComponent={Link} />
    </Page>
  );
}
