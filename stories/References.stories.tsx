import type { Meta, StoryObj } from '@storybook/react-vite';
import { createCitations, es, References } from '../src';
import { arabicLocale as arabic } from './fixtures/arabicLocale';
import { CitedArticle } from './fixtures/CitedArticle';
import { exampleSources, ketamineSources } from './fixtures/ketamineTrust';

const meta: Meta<typeof References> = {
  title: 'Components/References',
  component: References,
  argTypes: { citations: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'The numbered list of sources. Make the numbering with `createCitations(references)` once per page render, pass it to every `<Cite>` in the text and to `<References>`, and render `<References>` after the text: sources are numbered in the order the text first cites them, each entry (`id="ref-{id}"`) links back to every place it is cited (`#cite-{id}-1`, …). Sources never cited are still listed, after the others, with a development warning. DOIs link through doi.org, PubMed ids to PubMed, URLs only when safe; an accessed date is a `<time>`. No React context is involved, so it works in Server Components. See docs/decisions/0008.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof References>;

/**
 * Prose citing three real sources out of their list order (NICE, FDA, WHO):
 * WHO is cited first, so it is number 1. No accessed dates are claimed for them.
 */
export const CitedOutOfOrder: Story = { render: () => <CitedArticle /> };

/** Fictional entries that show every field: authors, journal, year, DOI, PubMed id, URL and accessed date. */
export const EveryField: Story = {
  render: (args) => <References {...args} citations={createCitations(exampleSources)} />,
};

/** A list with no citation marks: every source is listed in the given order (and the console says none was cited). */
export const Uncited: Story = {
  render: (args) => <References {...args} citations={createCitations(ketamineSources)} />,
};

/**
 * Addresses longer than a phone's line wrap between their parts (after `//`, before `/ . ? # & =`, through `<wbr>`)
 * and are never hyphenated, so what a reader sees and copies is the address. Fictional addresses.
 */
export const LongAddresses: Story = {
  render: (args) => (
    <References
      {...args}
      citations={createCitations([
        {
          id: 'guideline',
          title: 'A guideline at a long address',
          url: 'https://guidance.example.org/publications/posttraumaticstressdisorder.assessment.management.children.adults.2026/fulltext.html?section=treatment&format=print',
          uncited: true,
        },
        {
          id: 'trial',
          title: 'A trial with a long DOI',
          doi: '10.5555/posttraumaticstressdisorder.ketamineassisted.psychotherapy.2026.0001',
          uncited: true,
        },
      ])}
    />
  ),
};

export const Spanish: Story = { render: () => <CitedArticle locale={es} /> };

/** Nothing to list: renders nothing, and the console names `References`. */
export const Empty: Story = { render: (args) => <References {...args} citations={createCitations([])} /> };

export const DarkTheme: Story = { globals: { theme: 'dark' }, render: () => <CitedArticle /> };

// ar-EG: Intl writes Arabic-Indic digits for it (plain "ar" now uses Western digits).

/** Right to left, with Arabic words and Arabic-Indic digits from Intl. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: (args) => <References {...args} citations={createCitations(exampleSources, { locale: arabic })} />,
};
