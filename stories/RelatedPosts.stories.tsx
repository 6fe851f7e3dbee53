import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ReactNode } from 'react';
import { RelatedPosts, type LinkComponentProps } from '../src';
import calmLake from './assets/calm-lake.svg';
import { ketamineArticle as article } from './fixtures/ketamineArticle';

const meta = {
  title: 'Components/RelatedPosts',
  component: RelatedPosts,
  args: { posts: article.related, currentHref: article.href },
  parameters: {
    docs: {
      description: {
        component:
          "A responsive grid of related articles in list markup. Each card's title is its single link (the whole card is clickable); the page being read (`currentHref`) is left out. Pass a router link as `linkComponent`.",
      },
    },
  },
} satisfies Meta<typeof RelatedPosts>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's ten related posts: the one that is the article itself is left out. None has an image, so no card has a media area. */
export const Default: Story = {};

/** Some posts have an image: the others get a placeholder of the same size, so the grid stays even. */
export const SomeImages: Story = {
  args: {
    posts: article.related
      .slice(1, 4)
      .map((post, index) => (index === 1 ? post : { ...post, image: { src: calmLake, alt: '', width: 1600, height: 900 } })),
  },
};

export const WithImages: Story = {
  args: {
    posts: article.related.slice(1, 4).map((post) => ({
      ...post,
      image: { src: calmLake, alt: '', width: 1600, height: 900 },
    })),
  },
};

export const BrokenImage: Story = {
  args: {
    posts: article.related.slice(1, 3).map((post) => ({
      ...post,
      image: { src: '/images/missing-card-image.jpg', alt: '', width: 800, height: 450 },
    })),
  },
};

function RouterLink({ href, className, children }: LinkComponentProps & { children?: ReactNode }) {
  return (
    <a href={href} className={className} data-router-link="">
      {children}
    </a>
  );
}

/** Cards render through the publisher's link component (for example Next.js `Link`). */
export const CustomLinkComponent: Story = {
  args: { posts: article.related.slice(0, 4), linkComponent: RouterLink },
};

export const SinglePost: Story = {
  args: { posts: article.related.slice(1, 2) },
};

export const LongTitles: Story = {
  args: {
    posts: [
      {
        title:
          'Understanding the difference between treatment-resistant depression, persistent depressive disorder and depression that has simply not yet been treated well',
        href: '/articles/long-one',
        excerpt: 'Words like pneumonoultramicroscopicsilicovolcanoconiosis wrap instead of overflowing.',
        topic: 'Depression',
        date: '2026-05-02',
      },
      ...article.related.slice(1, 3),
    ],
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    heading: 'مقالات ذات صلة',
    locale: 'ar',
    posts: [
      { title: 'العلاج بالتعرض المطوّل: ماذا يحدث في الجلسات؟', href: '/ar/prolonged-exposure', topic: 'الصدمة', date: '2026-02-10' },
      { title: 'كيف تتحدث مع طبيبك عن الاكتئاب', href: '/ar/talking-to-your-doctor', topic: 'الاكتئاب', date: '2026-04-21' },
    ],
  },
};

/** An empty list renders nothing; in development the console names `RelatedPosts` and `posts`. */
export const Empty: Story = { args: { posts: [] } };

/** Unsafe hrefs (`javascript:`, `data:`) are not rendered as links; the titles stay. */
export const UnsafeLinks: Story = {
  args: {
    posts: [
      { title: 'A link a CMS corrupted', href: 'javascript:alert(1)', topic: 'Example' },
      { title: 'A data URL', href: 'data:text/html,hello', topic: 'Example' },
      ...article.related.slice(1, 2),
    ],
  },
};
