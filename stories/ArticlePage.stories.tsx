import type { Meta, StoryObj } from '@storybook/react-vite';
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

export const RightToLeft: Story = { globals: { direction: 'rtl' } };
