import type { Meta, StoryObj } from '@storybook/react-vite';
import { es, ReviewByline } from '../src';
import { arabicLocale as arabic } from './fixtures/arabicLocale';
import { ketamineReview } from './fixtures/ketamineTrust';

const meta = {
  title: 'Components/ReviewByline',
  component: ReviewByline,
  args: ketamineReview,
  parameters: {
    docs: {
      description: {
        component:
          'Who checked the article and when: "Medically reviewed by {name, credentials} on {date}", an optional "Fact checked by", and the NHS review-date line ("Page last reviewed: … · Next review due: …"). Every date is a `<time dateTime>` written with `Intl` in the locale, in UTC. `review` takes `{ reviewer, date }` together, so TypeScript rejects a reviewer without a date; from plain JavaScript the reviewer is still shown and a development warning names the missing date. A server component.',
      },
    },
  },
} satisfies Meta<typeof ReviewByline>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const ReviewOnly: Story = {
  args: { factCheck: undefined, lastReviewed: undefined, nextReviewDue: undefined },
};

/** The NHS pattern on its own. */
export const ReviewDatesOnly: Story = {
  args: { review: undefined, factCheck: undefined, locale: 'en-GB' },
};

export const SeveralReviewers: Story = {
  args: {
    review: {
      reviewer: [
        { name: 'Dr. Samuel Reyes', credentials: 'MD, psychiatrist', href: '/reviewers/samuel-reyes' },
        { name: 'Dr. Lena Park', credentials: 'PharmD, clinical pharmacist' },
        { name: 'Professor Adaeze Nwankwo-Fitzgerald', credentials: 'PhD, FRCPsych, consultant in trauma psychiatry' },
      ],
      date: '2026-10-19',
    },
  },
};

export const Spanish: Story = { args: { locale: es } };

/** Nothing to show: renders nothing, and the console names `ReviewByline`. */
export const Empty: Story = {
  args: { review: undefined, factCheck: undefined, lastReviewed: undefined, nextReviewDue: undefined },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** A publisher's own locale: Arabic words, and dates written by Intl in Arabic. */

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: { locale: arabic },
};
