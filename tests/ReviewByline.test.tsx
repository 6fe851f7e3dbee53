import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { es, ReviewByline, type ReviewBylineProps } from '../src';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { axe } from './axe';

const reviewer = { name: 'Dr. Samuel Reyes', credentials: 'MD', href: '/reviewers/samuel-reyes' };

describe('ReviewByline', () => {
  it('says who reviewed the article, with credentials, and on which day', () => {
    const { container } = render(<ReviewByline review={{ reviewer, date: '2026-10-19' }} />);
    expect(container).toHaveTextContent('Medically reviewed by Dr. Samuel Reyes, MD on October 19, 2026');
    expect(screen.getByRole('link', { name: 'Dr. Samuel Reyes' })).toHaveAttribute('href', '/reviewers/samuel-reyes');
    expect(container.querySelector('time')).toHaveAttribute('dateTime', '2026-10-19');
  });

  it('adds the fact check and joins several names', () => {
    const { container } = render(
      <ReviewByline
        review={{ reviewer: [reviewer, { name: 'Dr. Lena Park', credentials: 'PharmD' }], date: '2026-10-19' }}
        factCheck={{ checker: { name: 'Jonah Mills' }, date: '2026-10-20' }}
      />,
    );
    expect(container).toHaveTextContent('Medically reviewed by Dr. Samuel Reyes, MD and Dr. Lena Park, PharmD on October 19, 2026');
    expect(container).toHaveTextContent('Fact checked by Jonah Mills on October 20, 2026');
  });

  it('writes the NHS review-date line with both dates as <time dateTime>', () => {
    const { container } = render(<ReviewByline lastReviewed="2026-03-12" nextReviewDue="2029-03-12" locale="en-GB" />);
    expect(container).toHaveTextContent('Page last reviewed: 12 March 2026 · Next review due: 12 March 2029');
    const times = [...container.querySelectorAll('time')].map((time) => time.getAttribute('datetime'));
    expect(times).toEqual(['2026-03-12', '2029-03-12']);
    // The dot is decoration: screen readers hear the two phrases apart, not "middle dot".
    expect(screen.getByText('·')).toHaveAttribute('aria-hidden', 'true');
  });

  it('renders in Spanish, with dates written by Intl in Spanish', () => {
    const { container } = render(
      <ReviewByline
        review={{ reviewer: [reviewer, { name: 'Lena Park' }], date: '2026-03-04' }}
        factCheck={{ checker: { name: 'Jonah Mills' } }}
        lastReviewed="2026-03-04"
        nextReviewDue="2029-03-04"
        locale={es}
      />,
    );
    expect(container).toHaveTextContent('Revisado médicamente por Dr. Samuel Reyes, MD y Lena Park el 4 de marzo de 2026');
    expect(container).toHaveTextContent('Datos verificados por Jonah Mills');
    expect(container).toHaveTextContent('Última revisión de la página: 4 de marzo de 2026 · Próxima revisión prevista: 4 de marzo de 2029');
  });

  it('will not type-check a reviewer without the date of the review', () => {
    // @ts-expect-error: a medical review needs its date
    const withoutDate: ReviewBylineProps = { review: { reviewer } };
    // @ts-expect-error: there is no bare reviewer prop to slip past the date
    const bareReviewer: ReviewBylineProps = { reviewer };
    const withDate: ReviewBylineProps = { review: { reviewer, date: '2026-10-19' } };
    expect([withoutDate, bareReviewer, withDate]).toHaveLength(3);
  });

  it('from plain JavaScript, a reviewer without a date is still shown, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const props = { review: { reviewer } } as unknown as ReviewBylineProps;
    const { container } = render(<ReviewByline {...props} />);
    expect(container).toHaveTextContent('Medically reviewed by Dr. Samuel Reyes, MD');
    expect(container.querySelector('time')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ReviewByline.*review\.date.*missing/));
  });

  it('shows an unreadable date as written and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReviewByline review={{ reviewer, date: 'last spring' }} />);
    expect(container).toHaveTextContent('on last spring');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ReviewByline.*review\.date.*not a valid date/));
  });

  it('does not link an unsafe profile URL, keeps the name, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ReviewByline review={{ reviewer: { name: 'Ann Lee', href: 'javascript:alert(1)' }, date: '2026-01-01' }} />,
    );
    expect(container.querySelector('a')).toBeNull();
    expect(container).toHaveTextContent('Medically reviewed by Ann Lee on January 1, 2026');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ReviewByline.*review\.reviewer\.href/));
  });

  it('leaves out the medical review line when the reviewer has no name, keeps the review dates, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReviewByline review={{ reviewer: { name: '' }, date: '2026-10-19' }} lastReviewed="2026-10-19" />);
    expect(container).not.toHaveTextContent('Medically reviewed by');
    expect(container).toHaveTextContent(/^Page last reviewed: October 19, 2026$/);
    expect(warn).toHaveBeenCalledWith('[medprose] <ReviewByline> `review.reviewer`: is missing; the medical review line is not shown.');
    expect(warn).toHaveBeenCalledWith('[medprose] <ReviewByline> `review.reviewer.name`: is missing; this person is not shown.');
  });

  it('leaves out the fact-check line when the checker has no name, keeps the review, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(
      <ReviewByline review={{ reviewer, date: '2026-10-19' }} factCheck={{ checker: { name: '   ' }, date: '2026-10-20' }} />,
    );
    expect(container).toHaveTextContent('Medically reviewed by Dr. Samuel Reyes, MD on October 19, 2026');
    expect(container).not.toHaveTextContent('Fact checked by');
    expect(warn).toHaveBeenCalledWith('[medprose] <ReviewByline> `factCheck.checker`: is missing; the fact-check line is not shown.');
  });

  it('names the reviewers who have a name, and warns about the one without', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReviewByline review={{ reviewer: [{ name: '' }, { name: 'Dr. Lena Park' }], date: '2026-10-19' }} />);
    expect(container).toHaveTextContent(/^Medically reviewed by Dr\. Lena Park on October 19, 2026$/);
    expect(warn).toHaveBeenCalledWith('[medprose] <ReviewByline> `review.reviewer[0].name`: is missing; this person is not shown.');
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('`review.reviewer`:'));
  });

  it('warns when the next review is due before the last one', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<ReviewByline lastReviewed="2026-03-12" nextReviewDue="2025-03-12" />);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ReviewByline.*nextReviewDue.*before lastReviewed/));
  });

  it('renders nothing, and warns, when there is nothing to say', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<ReviewByline />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/ReviewByline.*`review`.*nothing is rendered/));
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>{article.title}</h1>
        <ReviewByline
          review={{ reviewer: article.reviewer, date: article.updated }}
          factCheck={{ checker: { name: 'Jonah Mills' }, date: article.updated }}
          lastReviewed={article.updated}
          nextReviewDue="2029-10-19"
        />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
