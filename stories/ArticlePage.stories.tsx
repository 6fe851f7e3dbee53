import type { Meta, StoryObj } from '@storybook/react-vite';
import { Article, es, type ArticleData } from '../src';
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

/**
 * Data as a CMS or a hand-edited JSON file can send it: an empty slot in the sections and in the FAQ, a section and a
 * conclusion whose headings were lost, a category of `null`, a topic of `{}`. The page shows everything it can read,
 * untitled bodies included (left out of "On this page"), and warns in the console where each hole is.
 */
export const IncompleteData: Story = {
  args: {
    article: {
      title: 'Headaches after a cold',
      category: null,
      summary: 'Most headaches that come with a cold ease as the cold clears. A few signs mean you should get help sooner.',
      sections: [
        null,
        {
          heading: 'Why a cold can cause a headache',
          body: ['A blocked nose and swollen sinuses can cause a dull ache around the eyes and forehead. It usually eases as the cold clears.'],
        },
        { heading: 'Easing the ache', body: ['Rest, fluids and the usual painkillers, taken as the pack says, help most people.'] },
        { heading: null, body: ['This section reached the page without its heading. Its text is still shown.'] },
      ],
      faq: {
        items: [
          null,
          {
            question: 'When should I get urgent help?',
            answer: 'Get urgent help for a sudden, very severe headache, a stiff neck with a rash or fever, or a headache after a head injury.',
          },
        ],
      },
      conclusion: { body: ['The conclusion lost its heading too; its words are still here.'] },
      related: [{ title: 'Sinus pain: what helps', href: '/articles/sinus-pain', topic: {} }],
    } as unknown as ArticleData,
  },
};
