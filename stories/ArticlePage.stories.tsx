import type { Meta, StoryObj } from '@storybook/react-vite';
import { es } from '../src';
import { arabicLocale } from './fixtures/arabicLocale';
import { ketamineArticleAr } from './fixtures/ketamineArticle.ar';
import { ketamineArticleEs } from './fixtures/ketamineArticle.es';
import { SampleArticlePage } from './fixtures/SampleArticlePage';

const meta = {
  title: 'Pages/Article page',
  component: SampleArticlePage,
  parameters: {
    docs: {
      description: {
        component:
          'The sample article on ketamine-assisted therapy for trauma, composed from all five components: hero, sections, FAQ, disclaimer and related posts. Its content lives in `stories/fixtures/ketamineArticle.ts`, the same fixture the tests use.',
      },
    },
  },
} satisfies Meta<typeof SampleArticlePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const KetamineForTrauma: Story = { name: 'Ketamine for trauma' };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

/** The whole page in Spanish: the translated sample article and the shipped `es` locale. */
export const Spanish: Story = { args: { article: ketamineArticleEs, locale: es } };

/** Right to left: the sample article in Arabic, with a publisher's own Arabic locale (`defineLocale`). */
export const RightToLeft: Story = {
  args: { article: ketamineArticleAr, locale: arabicLocale },
  globals: { direction: 'rtl' },
};
