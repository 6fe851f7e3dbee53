import { devWarning } from '../../internal/devWarning';
import { renderableContent } from '../../internal/renderable';
import { createSlugger } from '../../internal/slug';
import { localeCode, localeLabels } from '../../locale/resolve';
import { ArticleHero } from '../ArticleHero/ArticleHero';
import { ArticleSection } from '../ArticleSection/ArticleSection';
import { Cite } from '../Cite/Cite';
import { FaqAccordion } from '../FaqAccordion';
import { defaultFaqAccordionLabels } from '../FaqAccordion/FaqAccordion.labels';
import { KeyTakeaways } from '../KeyTakeaways/KeyTakeaways';
import { MedicalDisclaimer } from '../MedicalDisclaimer/MedicalDisclaimer';
import { createCitations } from '../References/createCitations';
import { References } from '../References/References';
import { defaultReferencesLabels } from '../References/References.labels';
import { RelatedPosts } from '../RelatedPosts/RelatedPosts';
import { ReviewByline } from '../ReviewByline/ReviewByline';
import { TableOfContents } from '../TableOfContents/TableOfContents';
import { JsonLd } from '../JsonLd/JsonLd';
import { buildArticleGraph } from '../../structured-data/buildArticleGraph';
import { articleStructuredInput } from './articleStructuredData';
import type { TocItem } from '../TableOfContents/TableOfContents.types';
import { ArticleLayout, ArticleRoot, ContentsColumn, Intro, TextColumn } from './Article.styles';
import type { ArticleProps, ArticleSectionContent, CiteMark } from './Article.types';
import { renderArticleBody } from './articleBody';
import { articleParts, headingText } from './articleParts';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'Article';

/**
 * A whole health article from one `ArticleData` object: hero, review byline,
 * key takeaways, "On this page" beside the text on wide screens, sections with
 * citation marks, FAQ, references, disclaimer and related articles. Every id
 * comes from one slugger, so the page never repeats one. A server component;
 * only the FAQ and the contents' highlighting run on the client.
 */
export function Article({ article, locale, linkComponent, contents, structuredData, islands = false, ...rest }: ArticleProps) {
  if (article === null || typeof article !== 'object') {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'article', 'is missing; nothing is rendered.');
    return null;
  }
  const { sections, faqItems, faqIndexes, faqHeading: ownFaqHeading, conclusion } = articleParts(article);
  const code = localeCode(locale, COMPONENT);
  const dir = typeof locale === 'object' ? locale.dir : undefined;

  // One slugger for the page: sections, FAQ, questions and references never share an id.
  const slugger = createSlugger();
  const idFor = (section: ArticleSectionContent) =>
    typeof section.id === 'string' && section.id.trim() !== '' ? slugger.reserve(section.id) : slugger.slug(headingText(section.heading));
  const sectionIds = sections.map(idFor);
  const faqId = faqItems.length > 0 ? slugger.reserve('faq') : undefined;
  const questions = faqItems.map((item) => ({
    ...item,
    id: typeof item.id === 'string' && item.id.trim() !== '' ? slugger.reserve(item.id) : slugger.slug(headingText(item.question), 'question'),
  }));
  const conclusionId = conclusion ? idFor(conclusion) : undefined;
  const references = article.references ?? [];
  const referencesId = references.length > 0 ? slugger.reserve('references') : undefined;

  const citations = createCitations(references, { locale });
  const cite: CiteMark = (id) => <Cite citations={citations} id={id} />;

  const faqHeading = ownFaqHeading ?? localeLabels(locale, 'FaqAccordion', defaultFaqAccordionLabels).heading;
  // A section without a heading is shown untitled and has no name to list: left out here, so "On this page"
  // does not warn about an item handed to it without a label (the section warns already).
  const tocItems: TocItem[] = [
    ...sections.flatMap((section, index) =>
      headingText(section.heading).trim() === '' ? [] : [{ id: sectionIds[index]!, label: section.heading, level: section.level }],
    ),
    ...(faqId ? [{ id: faqId, label: faqHeading }] : []),
    ...(conclusion && conclusionId && headingText(conclusion.heading).trim() !== '' ? [{ id: conclusionId, label: conclusion.heading }] : []),
    ...(referencesId ? [{ id: referencesId, label: localeLabels(locale, 'References', defaultReferencesLabels).heading }] : []),
  ];
  const showContents = (contents ?? sections.length >= 3) && tocItems.length > 0;
  const disclaimer = article.disclaimer === false ? null : (article.disclaimer ?? {});
  const structuredOptions = typeof structuredData === 'object' && structuredData !== null ? structuredData : {};
  const absoluteUrl = typeof article.url === 'string' && /^https?:\/\//i.test(article.url.trim());
  if (structuredData !== undefined && structuredData !== false && !absoluteUrl) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'article.url', 'must be an absolute http(s) URL for structured data; no JSON-LD is written.');
  }
  let jsonLd = null;
  if (structuredData !== false && absoluteUrl) {
    const { input, skippedQuestions } = articleStructuredInput(
      { ...article, url: article.url!.trim(), sections },
      questions,
      code,
      structuredOptions,
    );
    for (const index of skippedQuestions) {
      if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, `article.faq.items[${faqIndexes[index]}].answer`, 'has no plain text (it holds a component); the question is left out of the FAQPage markup.');
    }
    jsonLd = <JsonLd data={buildArticleGraph(input, { faq: structuredOptions.faq === true })} />;
  }
  const hasReview =
    article.review !== undefined || article.factCheck !== undefined || article.lastReviewed !== undefined || article.nextReviewDue !== undefined;

  return withStylesheetScope(
    <ArticleRoot lang={locale !== undefined ? code : undefined} dir={dir} {...rest}>
      <article>
        <ArticleHero
          title={article.title}
          summary={article.summary}
          category={article.category}
          image={article.image}
          author={article.authors}
          published={article.published}
          updated={article.updated}
          readingMinutes={article.readingMinutes}
          locale={locale}
          linkComponent={linkComponent}
        />
        {hasReview ? (
          <ReviewByline
            review={article.review}
            factCheck={article.factCheck}
            lastReviewed={article.lastReviewed}
            nextReviewDue={article.nextReviewDue}
            locale={locale}
            linkComponent={linkComponent}
          />
        ) : null}
        {article.keyTakeaways && article.keyTakeaways.length > 0 ? (
          <KeyTakeaways items={article.keyTakeaways} locale={locale} />
        ) : null}
        <ArticleLayout data-with-contents={showContents ? '' : undefined}>
          {showContents ? (
            <ContentsColumn>
              <TableOfContents items={tocItems} sticky locale={locale} />
            </ContentsColumn>
          ) : null}
          <TextColumn>
            {article.intro !== undefined ? <Intro>{renderableContent(renderArticleBody(article.intro, cite), COMPONENT, 'article.intro')}</Intro> : null}
            {sections.map((section, index) => (
              <ArticleSection key={sectionIds[index]} id={sectionIds[index]} heading={section.heading} level={section.level} locale={locale}>
                {renderArticleBody(section.body, cite)}
              </ArticleSection>
            ))}
            {faqId ? <FaqAccordion id={faqId} heading={faqHeading} items={questions} locale={locale} island={islands} /> : null}
            {conclusion ? (
              <ArticleSection id={conclusionId} heading={conclusion.heading} level={conclusion.level} locale={locale}>
                {renderArticleBody(conclusion.body, cite)}
              </ArticleSection>
            ) : null}
            {referencesId ? <References id={referencesId} citations={citations} locale={locale} /> : null}
            {disclaimer ? <MedicalDisclaimer variant={disclaimer.variant} helplines={disclaimer.helplines} locale={locale} /> : null}
          </TextColumn>
        </ArticleLayout>
      </article>
      {jsonLd}
      {article.related && article.related.length > 0 ? (
        <RelatedPosts posts={article.related} currentHref={article.url} locale={locale} linkComponent={linkComponent} />
      ) : null}
    </ArticleRoot>
  );
}
