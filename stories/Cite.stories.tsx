import type { Meta, StoryObj } from '@storybook/react-vite';
import { Cite, createCitations, es, References } from '../src';
import { arabicLocale as arabic } from './fixtures/arabicLocale';
import { CitedArticle } from './fixtures/CitedArticle';
import { exampleSources } from './fixtures/ketamineTrust';

const meta: Meta<typeof Cite> = {
  title: 'Components/Cite',
  component: Cite,
  argTypes: { citations: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'An inline citation mark: a superscript `[3]`, or `[1, 3]` for several sources, each number a link to its entry in `<References>` with an accessible name that says what it is ("Reference 3"). Each mark has an id (`cite-{id}-{n}`) the reference list links back to. Numbers follow the order of first citation; pass the same `createCitations(...)` object to every mark and to `<References>`. An unknown id is shown as text, with a development warning. A server component.',
      },
    },
  },
};

export default meta;
type Story = StoryObj<typeof Cite>;

export const InProse: Story = { render: () => <CitedArticle /> };

/** Several sources in one mark are listed in number order. */
export const SeveralSources: Story = {
  render: () => {
    const citations = createCitations(exampleSources);
    return (
      <>
        <p>
          Two fictional sources support this sentence.
          <Cite citations={citations} id={['example-page', 'example-trial']} />
        </p>
        <References citations={citations} />
      </>
    );
  },
};

/** An id with no reference: shown as text, and the console names `Cite` and `id`. */
export const UnknownId: Story = {
  render: () => {
    const citations = createCitations(exampleSources);
    return (
      <>
        <p>
          This sentence cites a source that is not in the list.
          <Cite citations={citations} id="no-such-source" />
        </p>
        <References citations={citations} />
      </>
    );
  },
};

export const Spanish: Story = { render: () => <CitedArticle locale={es} /> };

export const DarkTheme: Story = { globals: { theme: 'dark' }, render: () => <CitedArticle /> };

// ar-EG: Intl writes Arabic-Indic digits for it.

/** Right to left: the marks follow the text direction, with the locale's digits. */
export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  render: () => {
    const citations = createCitations(exampleSources, { locale: arabic });
    return (
      <>
        <p>
          تدعم هذه الجملة مصادر خيالية للتوضيح فقط.
          <Cite citations={citations} id={['example-trial', 'example-page']} />
        </p>
        <References citations={citations} />
      </>
    );
  },
};
