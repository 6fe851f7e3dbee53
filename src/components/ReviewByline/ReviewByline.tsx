import { Fragment, type ReactNode } from 'react';
import { DotSeparated } from '../../internal/DotSeparated';
import { DateTime } from '../../internal/DateTime';
import { parseDate, type DateInput } from '../../internal/dates';
import { devWarning } from '../../internal/devWarning';
import type { LinkComponent } from '../../internal/link';
import type { Person } from '../../internal/person';
import { joinNames, PersonName, validPeople } from '../../internal/PersonName';
import { localeCode, localeLabels } from '../../locale/resolve';
import { BylineRoot, Credentials, ReviewDates } from './ReviewByline.styles';
import { defaultReviewBylineLabels } from './ReviewByline.labels';
import type { ReviewBylineProps } from './ReviewByline.types';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'ReviewByline' as const;

interface PeopleLineProps {
  lead: string;
  people: Person[];
  date: DateInput | undefined;
  prop: string;
  dateProp: string;
  on: string;
  locale: string;
  linkComponent: LinkComponent | undefined;
}

/** "{lead} A, MD and B, PhD on {date}", the date as `<time dateTime>`. */
function PeopleLine({ lead, people, date, prop, dateProp, on, locale, linkComponent }: PeopleLineProps) {
  const names = people.map((person, index) => (
    <PersonName
      key={index}
      person={person}
      linkComponent={linkComponent}
      component={COMPONENT}
      prop={prop}
      CredentialsWrapper={Credentials}
    />
  ));
  return (
    <p>
      {lead} {joinNames(names, locale)}
      {date !== undefined ? (
        <>
          {' '}
          {on} <DateTime value={date} locale={locale} component={COMPONENT} prop={dateProp} />
        </>
      ) : null}
    </p>
  );
}

/** True when both dates are real and the second comes before the first. */
function isBefore(later: DateInput | undefined, earlier: DateInput | undefined): boolean {
  const a = parseDate(later);
  const b = parseDate(earlier);
  return a !== null && b !== null && a.date.getTime() < b.date.getTime();
}

/**
 * Who checked the article and when: "Medically reviewed by {name, credentials}
 * on {date}", an optional "Fact checked by", and the NHS review-date line
 * ("Page last reviewed: … · Next review due: …"). Every date is a
 * `<time dateTime>`. A server component.
 */
export function ReviewByline({
  review,
  factCheck,
  lastReviewed,
  nextReviewDue,
  locale,
  linkComponent,
  labels: labelOverrides,
  ...rest
}: ReviewBylineProps) {
  const labels = localeLabels(locale, COMPONENT, defaultReviewBylineLabels, labelOverrides);
  const code = localeCode(locale, COMPONENT);

  const reviewers = review ? validPeople(review.reviewer, COMPONENT, 'review.reviewer') : [];
  if (review && reviewers.length === 0) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'review.reviewer', 'is missing; the medical review line is not shown.');
  }
  // The types require the date; plain JavaScript can still leave it out.
  if (reviewers.length > 0 && (review?.date === undefined || review.date === null)) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'review.date', 'is missing: say when the review happened. The reviewer is shown without a date.');
  }
  const checkers = factCheck ? validPeople(factCheck.checker, COMPONENT, 'factCheck.checker') : [];
  if (factCheck && checkers.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'factCheck.checker', 'is missing; the fact-check line is not shown.');
  }
  if (isBefore(nextReviewDue, lastReviewed)) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'nextReviewDue', 'is before lastReviewed; check the dates.');
  }

  const reviewDates: ReactNode[] = [];
  if (lastReviewed !== undefined && lastReviewed !== null) {
    reviewDates.push(
      <Fragment key="last">
        {labels.lastReviewed} <DateTime value={lastReviewed} locale={code} component={COMPONENT} prop="lastReviewed" />
      </Fragment>,
    );
  }
  if (nextReviewDue !== undefined && nextReviewDue !== null) {
    reviewDates.push(
      <Fragment key="next">
        {labels.nextReviewDue} <DateTime value={nextReviewDue} locale={code} component={COMPONENT} prop="nextReviewDue" />
      </Fragment>,
    );
  }

  if (reviewers.length === 0 && checkers.length === 0 && reviewDates.length === 0) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'review', 'no review, fact check or review date was given; nothing is rendered.');
    return null;
  }

  const shared = { on: labels.on, locale: code, linkComponent };
  return withStylesheetScope(
    <BylineRoot data-medprose-review-byline="" {...rest}>
      {reviewers.length > 0 ? (
        <PeopleLine
          {...shared}
          lead={labels.reviewedBy}
          people={reviewers}
          date={review?.date ?? undefined}
          prop="review.reviewer"
          dateProp="review.date"
        />
      ) : null}
      {checkers.length > 0 ? (
        <PeopleLine
          {...shared}
          lead={labels.factCheckedBy}
          people={checkers}
          date={factCheck?.date ?? undefined}
          prop="factCheck.checker"
          dateProp="factCheck.date"
        />
      ) : null}
      {reviewDates.length > 0 ? (
        <ReviewDates>
          <DotSeparated items={reviewDates} />
        </ReviewDates>
      ) : null}
    </BylineRoot>,
  );
}
