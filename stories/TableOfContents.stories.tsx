import type { Meta, StoryObj } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { ArticleSection, es, TableOfContents, tokens } from '../src';
import { ketamineArticle as article } from './fixtures/ketamineArticle';
import { ketamineContents } from './fixtures/ketamineTrust';

const meta = {
  title: 'Components/TableOfContents',
  component: TableOfContents,
  args: { items: ketamineContents },
  parameters: {
    docs: {
      description: {
        component:
          '"On this page": a `<nav>` named by its title, with links to the article\'s sections built from `items`, so the whole list is in the server HTML and each link works before JavaScript. By default it is a native `<details>` disclosure, open, that readers can fold away on a phone or at 400% zoom; with `collapsible={false}` the title is a heading and the list always shows. A small client module (its own `\'use client\'` file) marks the section in view with `aria-current="location"`, and on following a link puts the section in the URL, scrolls to it (smoothly only without reduced motion) and moves focus to its heading. `sticky` keeps it in view beside the text, only on screens at least 64rem wide and 36rem tall. It does not print.',
      },
    },
  },
} satisfies Meta<typeof TableOfContents>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const StartsClosed: Story = { args: { defaultOpen: false } };

/** With subsections: level 3 items are listed under the section before them. */
export const WithSubsections: Story = {
  args: {
    items: [
      { id: 'how-ketamine-acts-in-the-brain', label: 'How ketamine acts in the brain' },
      { id: 'glutamate', label: 'A different messenger: glutamate', level: 3 },
      { id: 'plasticity', label: 'Plasticity, and what it may mean', level: 3 },
      { id: 'ketamine-and-trauma-healing', label: 'Ketamine and trauma healing' },
      { id: 'what-a-treatment-session-looks-like', label: 'What a treatment session looks like' },
    ],
  },
};

export const LongLabels: Story = {
  args: {
    items: [
      {
        id: 'a',
        label:
          'What the small randomised trials of repeated intravenous ketamine infusions for long-standing PTSD found, and what they could not tell us',
      },
      { id: 'b', label: 'Psychotherapy-assisted-ketamine-integration-sessions-explained' },
      { id: 'c', label: 'Costs' },
    ],
  },
};

const Layout = styled.div`
  display: grid;
  gap: ${tokens['space-6']};
  @media (min-width: 64rem) {
    grid-template-columns: 16rem minmax(0, 1fr);
    align-items: start;
  }
`;

/**
 * Beside the text, sticky, as an article layout might place it (this grid is the
 * story's, not the library's). Scroll the sections: the link to the one being
 * read is marked. Follow a link: focus moves to that section's heading.
 */
export const StickyBesideTheText: Story = {
  args: { sticky: true, collapsible: false, items: article.sections.map((s) => ({ id: s.id, label: s.heading })) },
  render: (args) => (
    <Layout>
      <TableOfContents {...args} />
      <div>
        {article.sections.map((section) => (
          <ArticleSection key={section.id} id={section.id} heading={section.heading}>
            {section.paragraphs.map((paragraph) => (
              <p key={paragraph}>{paragraph}</p>
            ))}
          </ArticleSection>
        ))}
      </div>
    </Layout>
  ),
};

export const Spanish: Story = {
  args: {
    locale: es,
    items: [
      { id: 'como-actua', label: 'Cómo actúa la ketamina en el cerebro' },
      { id: 'trauma', label: 'La ketamina y la recuperación del trauma' },
      { id: 'sesion', label: 'Cómo es una sesión de tratamiento' },
    ],
  },
};

/** Nothing to list: renders nothing, and the console names `TableOfContents` and `items`. */
export const Empty: Story = { args: { items: [] } };

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { items: WithSubsections.args!.items! } };

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    labels: { heading: 'في هذه الصفحة' },
    items: [
      { id: 'how', label: 'كيف يعمل الكيتامين في الدماغ' },
      { id: 'receptors', label: 'مستقبلات الغلوتامات', level: 3 },
      { id: 'trauma', label: 'الكيتامين والتعافي من الصدمة' },
    ],
  },
};
