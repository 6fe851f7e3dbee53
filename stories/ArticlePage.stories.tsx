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
          'The sample article on ketamine-assisted therapy for trauma, rendered by `Article` from one `ArticleData` object (`stories/fixtures/ketamineArticleData.tsx`): hero with the medical reviewer and the day of the review, key takeaways, the crisis help (the article talks about ending one\'s life: decision 0033), "On this page" beside the text on wide screens, sections with citation marks and care-advice callouts whose numbers are tap-to-call links, FAQ, conclusion, references, "Page last reviewed / Next review due", the urgent disclaimer and related articles. One grid (decision 0034): from 64rem the contents sit in their own column before the reading column; everything read shares one start edge and one measure (68ch). The tests use the same fixture.',
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

/** For a reader your server places in the UK (`country="GB"`, from a CDN's country header): the UK's lines first, in the crisis help and the disclaimer. */
export const ForAReaderInTheUK: Story = { name: 'For a reader in the UK', args: { country: 'GB' } };

/**
 * A page with the general disclaimer whose text mentions self-harm: `Article` shows the crisis help after the
 * takeaways, with medprose's numbers for `country` (here the US), because the publisher gave no help lines.
 */
export const CrisisHelpFromTheText: Story = {
  args: {
    country: 'US',
    article: {
      title: 'When a low mood does not lift',
      summary: 'What low mood is, how it differs from depression, and when to ask for help.',
      keyTakeaways: ['A low mood that lasts more than two weeks is worth talking to a doctor about.'],
      sections: [
        {
          heading: 'When to get help quickly',
          body: ['If you have thoughts of self-harm, tell someone you trust today and use the numbers at the top of this page.'],
        },
      ],
      disclaimer: { variant: 'general' },
    },
  },
};

/** `crisisSupport: false`: the publisher's page shows its own crisis help, so `Article` adds none; the urgent disclaimer at the foot stays. */
export const CrisisHelpOff: Story = { args: { article: { ...ketamineArticleData, crisisSupport: false } } };

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
          body: [
            'A blocked nose and swollen sinuses can cause a dull ache around the eyes and forehead. It usually eases as the cold clears.',
          ],
        },
        { heading: 'Easing the ache', body: ['Rest, fluids and the usual painkillers, taken as the pack says, help most people.'] },
        { heading: null, body: ['This section reached the page without its heading. Its text is still shown.'] },
      ],
      faq: {
        items: [
          null,
          {
            question: 'When should I get urgent help?',
            answer:
              'Get urgent help for a sudden, very severe headache, a stiff neck with a rash or fever, or a headache after a head injury.',
          },
        ],
      },
      conclusion: { body: ['The conclusion lost its heading too; its words are still here.'] },
      related: [{ title: 'Sinus pain: what helps', href: '/articles/sinus-pain', topic: {} }],
    } as unknown as ArticleData,
  },
};
