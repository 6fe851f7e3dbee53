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
import { ArticleElement, ArticleHead, ArticleRoot, ContentsColumn, Intro, RelatedColumn, TextColumn } from './Article.styles';
import type { ArticleProps, ArticleSectionContent, CiteMark } from './Article.types';
import { renderArticleBody } from './articleBody';
import { articleParts, headingText } from './articleParts';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';
import { CrisisSupport } from '../CrisisSupport/CrisisSupport';
import { readerFirst } from '../../internal/helplines/readerFirst';
import { parseDate, type DateInput } from '../../internal/dates';
import { articleHeroImageSizes } from './articleImage';
import { articleText, readerCountries, showsCrisisHelp } from './articleCrisis';
import { isRecord } from '../../internal/isRecord';

const COMPONENT = 'Article';

/** True when both are real dates on the same calendar day, as the page shows them. */
function sameDay(a: DateInput | undefined, b: DateInput | undefined): boolean {
  const first = parseDate(a);
  const second = parseDate(b);
  return first !== null && second !== null && first.day === second.day;
}

/**
 * A whole health article from one `ArticleData` object: hero with the medical
 * reviewer, key takeaways, crisis help when the topic calls for it, "On this
 * page" beside the text on wide screens, sections with citation marks, FAQ,
 * references, the review dates, disclaimer and related articles, on one grid
 * with one reading column (decision 0034). Every id comes from one slugger, so
 * the page never repeats one. A server component; only the FAQ and the
 * contents' highlighting run on the client.
 */
export function Article({ article, locale, linkComponent, contents, structuredData, islands = false, country, ...rest }: ArticleProps) {
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
    id:
      typeof item.id === 'string' && item.id.trim() !== ''
        ? slugger.reserve(item.id)
        : slugger.slug(headingText(item.question), 'question'),
  }));
  const conclusionId = conclusion ? idFor(conclusion) : undefined;
  const references = article.references ?? [];
  const referencesId = references.length > 0 ? slugger.reserve('references') : undefined;

  const citations = createCitations(references, { locale });
  const cite: CiteMark = (id) => <Cite citations={citations} id={id} />;
  // Each body is made once (a function body is called here): the page shows these, and the crisis check reads them.
  const intro = article.intro !== undefined ? renderArticleBody(article.intro, cite) : undefined;
  const sectionBodies = sections.map((section) => renderArticleBody(section.body, cite));
  const conclusionBody = conclusion ? renderArticleBody(conclusion.body, cite) : undefined;

  const faqHeading = ownFaqHeading ?? localeLabels(locale, 'FaqAccordion', defaultFaqAccordionLabels).heading;
  // A section without a heading is shown untitled and has no name to list: left out here, so "On this page"
  // does not warn about an item handed to it without a label (the section warns already).
  const tocItems: TocItem[] = [
    ...sections.flatMap((section, index) =>
      headingText(section.heading).trim() === '' ? [] : [{ id: sectionIds[index]!, label: section.heading, level: section.level }],
    ),
    ...(faqId ? [{ id: faqId, label: faqHeading }] : []),
    ...(conclusion && conclusionId && headingText(conclusion.heading).trim() !== ''
      ? [{ id: conclusionId, label: conclusion.heading }]
      : []),
    ...(referencesId ? [{ id: referencesId, label: localeLabels(locale, 'References', defaultReferencesLabels).heading }] : []),
  ];
  const showContents = (contents ?? sections.length >= 3) && tocItems.length > 0;
  const disclaimer = article.disclaimer === false ? null : (article.disclaimer ?? {});
  const structuredOptions = typeof structuredData === 'object' && structuredData !== null ? structuredData : {};
  const absoluteUrl = typeof article.url === 'string' && /^https?:\/\//i.test(article.url.trim());
  if (structuredData !== undefined && structuredData !== false && !absoluteUrl) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'article.url', 'must be an absolute http(s) URL for structured data; no JSON-LD is written.');
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
      if (process.env.NODE_ENV !== 'production')
        devWarning(
          COMPONENT,
          `article.faq.items[${faqIndexes[index]}].answer`,
          'has no plain text (it holds a component); the question is left out of the FAQPage markup.',
        );
    }
    jsonLd = <JsonLd data={buildArticleGraph(input, { faq: structuredOptions.faq === true })} />;
  }

  // Crisis help near the top (decision 0033): its lines are the disclaimer's, the reader's country first.
  const showCrisis = showsCrisisHelp(
    article,
    [
      ...articleText(article, [intro, conclusion?.heading, conclusionBody]),
      ...sections.map((section) => section.heading),
      ...sectionBodies,
      ...faqItems.flatMap((item) => [item.question, item.answer]),
    ],
    code,
  );
  const givenLines = disclaimer && Array.isArray(disclaimer.helplines) ? disclaimer.helplines : undefined;
  const helplines = givenLines ? readerFirst(givenLines, readerCountries(country, locale)) : disclaimer?.helplines;

  // Each date once where it matters (decision 0033): the reviewer and the day of the review at the top; the
  // update only if it was another day; the fact check and "Page last reviewed / Next review due" at the foot.
  const review = isRecord(article.review) ? article.review : undefined;
  if (review && review.reviewer !== undefined && (review.date === undefined || review.date === null)) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'article.review.date', 'is missing: say when the review happened. The reviewer is shown without a date.');
  }
  const updated = review && sameDay(article.updated, review.date) ? undefined : article.updated;
  const factCheck =
    isRecord(article.factCheck) && sameDay(article.factCheck.date, article.lastReviewed)
      ? { ...article.factCheck, date: undefined }
      : article.factCheck;
  const hasFootReview = article.factCheck !== undefined || article.lastReviewed !== undefined || article.nextReviewDue !== undefined;
  const image =
    isRecord(article.image) && article.image.sizes === undefined ? { ...article.image, sizes: articleHeroImageSizes } : article.image;

  return withStylesheetScope(
    <ArticleRoot lang={locale !== undefined ? code : undefined} dir={dir} data-with-contents={showContents ? '' : undefined} {...rest}>
      <ArticleElement>
        <ArticleHead>
          <ArticleHero
            title={article.title}
            summary={article.summary}
            category={article.category}
            image={image}
            author={article.authors}
            reviewer={review?.reviewer}
            reviewed={review?.date}
            published={article.published}
            updated={updated}
            readingMinutes={article.readingMinutes}
            locale={locale}
            linkComponent={linkComponent}
          />
          {article.keyTakeaways && article.keyTakeaways.length > 0 ? <KeyTakeaways items={article.keyTakeaways} locale={locale} /> : null}
          {showCrisis ? <CrisisSupport helplines={helplines} country={country} locale={locale} /> : null}
        </ArticleHead>
        {showContents ? (
          <ContentsColumn>
            <TableOfContents items={tocItems} sticky locale={locale} />
          </ContentsColumn>
        ) : null}
        <TextColumn>
          {intro !== undefined ? <Intro>{renderableContent(intro, COMPONENT, 'article.intro')}</Intro> : null}
          {sections.map((section, index) => (
            <ArticleSection key={sectionIds[index]} id={sectionIds[index]} heading={section.heading} level={section.level} locale={locale}>
              {sectionBodies[index]}
            </ArticleSection>
          ))}
          {faqId ? <FaqAccordion id={faqId} heading={faqHeading} items={questions} locale={locale} island={islands} /> : null}
          {conclusion ? (
            <ArticleSection id={conclusionId} heading={conclusion.heading} level={conclusion.level} locale={locale}>
              {conclusionBody}
            </ArticleSection>
          ) : null}
          {referencesId ? <References id={referencesId} citations={citations} locale={locale} /> : null}
          {hasFootReview ? (
            <ReviewByline
              factCheck={factCheck}
              lastReviewed={article.lastReviewed}
              nextReviewDue={article.nextReviewDue}
              locale={locale}
              linkComponent={linkComponent}
            />
          ) : null}
          {disclaimer ? <MedicalDisclaimer variant={disclaimer.variant} helplines={helplines} country={country} locale={locale} /> : null}
        </TextColumn>
      </ArticleElement>
      {jsonLd}
      {article.related && article.related.length > 0 ? (
        <RelatedColumn>
          <RelatedPosts posts={article.related} currentHref={article.url} locale={locale} linkComponent={linkComponent} />
        </RelatedColumn>
      ) : null}
    </ArticleRoot>,
  );
}
