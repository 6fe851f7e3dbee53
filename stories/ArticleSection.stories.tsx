import type { Meta, StoryObj } from '@storybook/react-vite';
import { ArticleSection, SectionIdScope } from '../src';
import { ketamineArticle as article } from './fixtures/ketamineArticle';

const first = article.sections[0]!;

const meta = {
  title: 'Components/ArticleSection',
  component: ArticleSection,
  args: {
    heading: first.heading,
    children: first.paragraphs.map((paragraph) => <p key={paragraph}>{paragraph}</p>),
  },
  parameters: {
    docs: {
      description: {
        component:
          'A titled section of body prose at a readable measure (about 68 characters). Its anchor id is slugged from the heading unless `id` is given; the "#" permalink links to it. When headings could repeat on a page, make ids with `createSlugger()`.',
      },
    },
  },
} satisfies Meta<typeof ArticleSection>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const Subsection: Story = {
  args: { level: 3, heading: 'Why the dose is measured so carefully' },
};

export const CustomId: Story = {
  args: { id: 'how-it-works' },
};

/** Two sections composed by hand with the same heading, in one `SectionIdScope`: ids `side-effects` and `side-effects-2`. */
export const RepeatedHeading: Story = {
  args: { heading: 'Side effects' },
  render: (args) => (
    <SectionIdScope>
      <ArticleSection {...args}>
        During a session: feeling detached, dizziness, nausea and a rise in blood pressure, which staff check.
      </ArticleSection>
      <ArticleSection {...args}>
        In the following hours: tiredness and, for some people, a low mood that usually passes within a day.
      </ArticleSection>
    </SectionIdScope>
  ),
  play: async ({ canvasElement }) => {
    const ids = [...canvasElement.querySelectorAll('section')].map((section) => section.id);
    if (ids.join(' ') !== 'side-effects side-effects-2') throw new Error(`Expected distinct ids, got ${ids.join(', ')}`);
  },
};

export const WithoutPermalink: Story = {
  args: { permalink: false },
};

export const RichContent: Story = {
  args: {
    heading: 'Questions to ask a clinic',
    children: (
      <>
        <p>Before you agree to any treatment, it can help to write your questions down and bring them with you.</p>
        <ul>
          <li>Who will be with me during the session, and what are their qualifications?</li>
          <li>How will my blood pressure and wellbeing be checked?</li>
          <li>What happens if I feel frightened or unwell during treatment?</li>
        </ul>
        <blockquote>Bring someone you trust to drive you home afterwards.</blockquote>
        <p>
          A long link wraps instead of overflowing:{' '}
          <a href="https://example.org/a-very-long-path/that-keeps-going/and-going/without-any-natural-break-points-at-all">
            https://example.org/a-very-long-path/that-keeps-going/and-going/without-any-natural-break-points-at-all
          </a>
        </p>
      </>
    ),
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    heading: 'كيف يؤثر الكيتامين في الدماغ',
    children: (
      <p>يدرس الباحثون كيف يغيّر الكيتامين طريقة تواصل الخلايا العصبية. ما زالت الأدلة مبكرة، ولا ينبغي تجربة أي علاج دون إشراف طبي.</p>
    ),
  },
};
