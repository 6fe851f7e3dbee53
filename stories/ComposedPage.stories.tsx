import type { Meta, StoryObj } from '@storybook/react-vite';
import { SampleArticlePage } from './fixtures/SampleArticlePage';

const meta = {
  title: 'Pages/Composed from parts',
  component: SampleArticlePage,
  parameters: {
    docs: {
      description: {
        component:
          'The sample article composed by hand from the five first components (hero, sections, FAQ, disclaimer, related posts) with one slugger for the ids: the pattern for publishers who lay out their own page instead of using `Article`. The browser and property tests render this page.',
      },
    },
  },
} satisfies Meta<typeof SampleArticlePage>;

export default meta;
type Story = StoryObj<typeof meta>;

export const FiveComponents: Story = {};
