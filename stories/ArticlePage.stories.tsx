import type { Meta, StoryObj } from '@storybook/react-vite';
import { Article, es } from '../src';
import { arabicLocale } from './fixtures/arabicLocale';
import { ketamineArticleData, ketamineArticleDataAr, ketamineArticleDataEs } from './fixtures/ketamineArticleData';

const meta = {
  title: 'Pages/Article page',
  component: Article,
  args: { article: ketamineArticleData },
  argTypes: { article: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The sample article on ketamine-assisted therapy for trauma, rendered by `Article` from one `ArticleData` object (`stories/fixtures/ketamineArticleData.tsx`): hero, review byline with the review dates, key takeaways, "On this page" beside the text on wide screens, sections with citation marks and care-advice callouts, FAQ, conclusion, references, the urgent disclaimer and related articles. The tests use the same fixture.',
      },
    },
  },
} satisfies Meta<typeof Article>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KetamineForTrauma: Story = { name: 'Ketamine for trauma' };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** The whole page in Spanish: the translated article and the shipped `es` locale. */
export const Spanish: Story = { args: { article: ketamineArticleDataEs, locale: es } };

/** Right to left: the article in Arabic with a publisher's own Arabic locale (`defineLocale`); the contents column moves to the right. */
export const RightToLeft: Story = {
  args: { article: ketamineArticleDataAr, locale: arabicLocale },
  globals: { direction: 'rtl' },
};

/** The least an article needs: a title and one section. No contents, review, references or related list. */
export const Minimal: Story = {
  args: {
    article: {
      title: 'Sleep after a frightening event',
      sections: [
        {
          heading: 'What is common',
          body: [
            'Trouble falling asleep, waking often and vivid dreams are common in the weeks after a frightening event, and for many people they ease with time.',
          ],
        },
      ],
    },
  },
};

/** The same article with "On this page" turned off: the text takes the full width. */
export const WithoutContents: Story = { args: { contents: false } };
