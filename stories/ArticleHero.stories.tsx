import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticleHero } from '../src';
import { arabicLocale } from './fixtures/arabicLocale';
import calmLake from './assets/calm-lake.svg';
import { ketamineArticle as article } from './fixtures/ketamineArticle';

const meta = {
  title: 'Components/ArticleHero',
  component: ArticleHero,
  args: {
    title: article.title,
    summary: article.standfirst,
    category: article.category,
    author: article.author,
    reviewer: article.reviewer,
    published: article.published,
    updated: article.updated,
    readingMinutes: article.readingMinutes,
  },
  parameters: {
    docs: {
      description: {
        component:
          "The top of an article: category, the page's single `h1`, standfirst, byline with the medical reviewer, dates as `<time>` and the lead image. With no image the hero is text only; an image that fails to load is replaced by a designed placeholder in its reserved space, and `placeholder` asks for that band when there is no image.",
      },
    },
  },
} satisfies Meta<typeof ArticleHero>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's hero: it has no lead image, so the hero is text only, with no empty box. */
export const NoImage: Story = {};

/** No image, and the publisher opts in to the designed placeholder band. */
export const PlaceholderBand: Story = { args: { placeholder: true } };

export const WithImage: Story = {
  args: {
    image: {
      src: calmLake,
      alt: 'Illustration of a still lake at dusk below low green hills.',
      width: 1600,
      height: 900,
    },
  },
};

/** The image URL fails: the placeholder replaces it, keeping the alt text for screen readers. */
export const BrokenImage: Story = {
  args: {
    image: {
      src: '/images/this-file-does-not-exist.jpg',
      alt: 'A therapist and a patient talking in a quiet room.',
      width: 1600,
      height: 900,
    },
  },
};

/** The category as a link to its topic page (through `linkComponent` when one is given). */
export const CategoryLink: Story = {
  args: { category: { label: article.category, href: '/topics/mental-health' } },
};

export const WithoutReviewer: Story = {
  args: { reviewer: undefined },
};

/** The day of the medical review after the reviewer ("… on October 19, 2026"), as `Article` shows it; "Updated" is left out when it is that day. */
export const ReviewedOn: Story = { args: { reviewed: '2026-10-19', updated: undefined } };

/** Two clinicians reviewed the article: both are credited. */
export const SeveralReviewers: Story = {
  args: {
    reviewer: [
      { name: 'Dr. Samuel Reyes', credentials: 'MD' },
      { name: 'Dr. Lena Ortiz', credentials: 'PhD' },
    ],
    reviewed: '2026-10-19',
  },
};

export const SeveralAuthors: Story = {
  args: {
    author: [article.author, { name: 'Jonah Whitfield', credentials: 'MPH' }, { name: 'Lucía Ferrer' }],
  },
};

/** Long titles and unbroken words wrap; nothing scrolls sideways at 320 px. */
export const LongTitle: Story = {
  args: {
    title:
      'What should you ask before starting esketamine, ketamine or any other newer treatment for long-lasting depression and post-traumatic stress: a practical guide to questions, costs, risks and the evidence so far (hydroxynorketamine-and-esketamine-interactions-explained)',
  },
};

export const TitleOnly: Story = {
  args: {
    summary: undefined,
    category: undefined,
    author: undefined,
    reviewer: undefined,
    published: undefined,
    updated: undefined,
    readingMinutes: undefined,
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  args: { image: { src: calmLake, alt: 'Illustration of a still lake at dusk below low green hills.', width: 1600, height: 900 } },
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    title: 'هل يمكن للعلاج بالكيتامين أن يساعد في التعافي من الصدمة؟',
    summary: 'ما نعرفه حتى الآن، وما لا نعرفه بعد، وما الأسئلة التي يجدر طرحها على الطبيب.',
    category: 'الصحة النفسية',
    author: { name: 'أمارا أوكافور' },
    reviewer: { name: 'سامي حداد', credentials: 'طبيب نفسي' },
    // A publisher's own locale, made with defineLocale (stories/fixtures/arabicLocale.ts).
    locale: arabicLocale,
  },
};
