import { DateTime } from '../../internal/DateTime';
import { devWarning } from '../../internal/devWarning';
import { ImageFrame } from '../../internal/image/ImageFrame';
import { SmartLink } from '../../internal/link';
import { joinNames, PersonName, validPeople } from '../../internal/PersonName';
import { renderableContent } from '../../internal/renderable';
import { safeHref } from '../../internal/safeHref';
import { formatNumber } from '../../internal/numbers';
import { localeCode, localeLabels } from '../../locale/resolve';
import { Fragment, type ReactNode } from 'react';
import { DotSeparated } from '../../internal/DotSeparated';
import {
  Byline,
  Category,
  Credentials,
  HeroRoot,
  heroImageSizes,
  HeroText,
  ImageSlot,
  Meta,
  ReviewedMark,
  Summary,
  Title,
} from './ArticleHero.styles';
import { defaultArticleHeroLabels } from './ArticleHero.labels';
import type { ArticleHeroProps } from './ArticleHero.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'ArticleHero' as const;

function CategoryLine({ category, linkComponent }: Pick<ArticleHeroProps, 'category' | 'linkComponent'>) {
  if (category === undefined || category === null || category === '') return null;
  if (typeof category !== 'string' && typeof category !== 'object') {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'category', `expected a label or { label, href }, got ${typeof category}; no category is shown.`);
    return null;
  }
  const { label, href } = typeof category === 'string' ? { label: category, href: undefined } : category;
  if (typeof label !== 'string' || label.trim() === '') {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'category.label', 'is missing; no category is shown.');
    return null;
  }
  const safe = href === undefined ? null : safeHref(href);
  if (href !== undefined && safe === null) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'category.href', `"${href}" is not a safe URL; the category is shown without a link.`);
  }
  return (
    <Category>
      {safe ? (
        <SmartLink as={linkComponent} href={safe}>
          {label}
        </SmartLink>
      ) : (
        label
      )}
    </Category>
  );
}

function CheckMark() {
  return (
    <ReviewedMark viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M10 1.5 3 4.3v5.1c0 4.3 2.9 8 7 9.1 4.1-1.1 7-4.8 7-9.1V4.3L10 1.5Zm-1.2 12.2-3.3-3.3 1.3-1.3 2 2 4.6-4.6 1.3 1.3-5.9 5.9Z"
      />
    </ReviewedMark>
  );
}

/**
 * The top of a health article: category, the page's single `h1`, standfirst,
 * byline with the medical reviewer, dates, reading time and the lead image
 * (none without one, unless `placeholder` asks for the designed band).
 * A server component: no client JavaScript but the image's error fallback.
 */
export function ArticleHero({
  title,
  summary,
  image,
  placeholder = false,
  category,
  author,
  reviewer,
  reviewed,
  published,
  updated,
  readingMinutes,
  locale,
  linkComponent,
  labels: labelOverrides,
  ...rest
}: ArticleHeroProps) {
  const labels = localeLabels(locale, COMPONENT, defaultArticleHeroLabels, labelOverrides);
  const code = localeCode(locale, COMPONENT);
  // The guard comes first in each check, so production bundles drop the test with the warning.
  if (process.env.NODE_ENV !== 'production' && (typeof title !== 'string' || title.trim() === '')) {
    devWarning(COMPONENT, 'title', 'is missing; every article needs a title for its h1.');
  }
  const authors = validPeople(author, COMPONENT, 'author');
  const reviewers = validPeople(reviewer, COMPONENT, 'reviewer');
  if (reviewers.length === 0 && reviewed !== undefined && reviewed !== null) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'reviewed', 'is shown only with a reviewer; no review date is shown.');
  }
  const minutes =
    readingMinutes !== undefined && Number.isFinite(readingMinutes) && readingMinutes > 0
      ? Math.max(1, Math.round(readingMinutes))
      : undefined;
  if (readingMinutes !== undefined && minutes === undefined) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'readingMinutes', `expected a positive number, got ${String(readingMinutes)}.`);
  }

  const meta: ReactNode[] = [];
  if (published !== undefined) {
    meta.push(
      <Fragment key="published">
        {labels.published} <DateTime value={published} locale={code} component={COMPONENT} prop="published" />
      </Fragment>,
    );
  }
  if (updated !== undefined) {
    meta.push(
      <Fragment key="updated">
        {labels.updated} <DateTime value={updated} locale={code} component={COMPONENT} prop="updated" />
      </Fragment>,
    );
  }
  if (minutes !== undefined) meta.push(<Fragment key="reading">{labels.readingTime(formatNumber(minutes, code), minutes)}</Fragment>);

  // Authors and reviewers are listed alike: each name (linked when it has a URL) with its credentials, joined in the locale's words.
  const names = (people: typeof authors, prop: 'author' | 'reviewer') =>
    joinNames(
      people.map((person, index) => (
        <PersonName
          key={index}
          person={person}
          linkComponent={linkComponent}
          component={COMPONENT}
          prop={prop}
          CredentialsWrapper={Credentials}
        />
      )),
      code,
    );
  const hasByline = authors.length > 0 || reviewers.length > 0 || meta.length > 0;

  return withStylesheetScope(
    <HeroRoot {...rest}>
      <HeroText>
        <CategoryLine category={category} linkComponent={linkComponent} />
        <Title>{renderableContent(title, COMPONENT, 'title')}</Title>
        {summary !== undefined && summary !== null && summary !== '' ? (
          <Summary>{typeof summary === 'string' ? <p>{summary}</p> : renderableContent(summary, COMPONENT, 'summary')}</Summary>
        ) : null}
        {hasByline ? (
          <Byline>
            {authors.length > 0 ? (
              <p>
                {labels.by} {names(authors, 'author')}
              </p>
            ) : null}
            {reviewers.length > 0 ? (
              <p>
                <CheckMark />
                {labels.reviewedBy} {names(reviewers, 'reviewer')}
                {reviewed !== undefined && reviewed !== null ? (
                  <>
                    {' '}
                    {labels.on} <DateTime value={reviewed} locale={code} component={COMPONENT} prop="reviewed" />
                  </>
                ) : null}
              </p>
            ) : null}
            {meta.length > 0 ? (
              <Meta>
                <DotSeparated items={meta} />
              </Meta>
            ) : null}
          </Byline>
        ) : null}
      </HeroText>
      {/* No image: a text-only hero, not an empty box above the fold. A given image that fails keeps its space. */}
      {image != null || placeholder ? (
        <ImageSlot>
          <ImageFrame image={image} priority="high" fallbackRatio="16 / 9" sizes={heroImageSizes} component={COMPONENT} />
        </ImageSlot>
      ) : null}
    </HeroRoot>,
  );
}
