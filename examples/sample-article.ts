/**
 * The article every example renders: the sample article from the Storybook
 * fixtures, imported rather than copied, so the examples, the stories and the
 * tests show the same page. In your site this object comes from your CMS.
 *
 * This file is the examples' only link to the fixture: if the fixture changes
 * shape, this is where the examples adapt. It imports nothing from medprose or
 * React (it lives outside every example, where neither is installed).
 */
import { ketamineArticle } from '../stories/fixtures/ketamineArticle';

export { ketamineArticle as article, type SampleArticle as Article } from '../stories/fixtures/ketamineArticle';

/**
 * The sample article as medprose's `ArticleData`, for `<Article article={…} />`.
 * Sections take lists of paragraphs as they are; an FAQ answer is React content,
 * so `paragraph` makes each of its paragraphs an element in the app, where React
 * is installed: `sampleArticleData((text) => <p key={text}>{text}</p>)`.
 */
export function sampleArticleData<Paragraph>(paragraph: (text: string) => Paragraph) {
  const a = ketamineArticle;
  return {
    url: a.href,
    title: a.title,
    summary: a.standfirst,
    category: a.category,
    authors: a.author,
    published: a.published,
    updated: a.updated,
    readingMinutes: a.readingMinutes,
    review: { reviewer: a.reviewer, date: a.updated },
    lastReviewed: a.updated,
    intro: a.intro,
    sections: a.sections.map(({ id, heading, paragraphs }) => ({ id, heading, body: paragraphs })),
    faq: {
      heading: a.faqHeading,
      items: a.faq.map(({ id, question, answer }) => ({ id, question, answer: answer.map(paragraph) })),
    },
    conclusion: { id: a.conclusion.id, heading: a.conclusion.heading, body: a.conclusion.paragraphs },
    disclaimer: { variant: 'urgent' as const, helplines: a.helplines },
    related: a.related,
  };
}
