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

export const title = article.title;

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

/** The whole page: rendered on the server, then hydrated in the browser. */
export function ArticlePage() {
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
      <RelatedPosts posts={article.related} currentHref={article.href} />
    </Page>
  );
}
