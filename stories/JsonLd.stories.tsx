import type { Meta, StoryObj } from '@storybook/react-vite';
import { buildArticleGraph, JsonLd, serializeJsonLd, tokens } from '../src';
import { ketamineStructuredInput } from './fixtures/ketamineStructuredData';

/** JsonLd renders nothing visible: these stories show what it writes beside it. */
function Shown({ data }: { data: unknown }) {
  return (
    <div style={{ fontFamily: tokens['font-body'], color: tokens['color-text'] }}>
      <JsonLd data={data} />
      <h2 style={{ fontSize: tokens['font-size-lg'] }}>The script element&apos;s text</h2>
      <pre style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere', fontSize: tokens['font-size-sm'] }}>{serializeJsonLd(data)}</pre>
    </div>
  );
}

const meta = {
  title: 'Components/JsonLd',
  component: JsonLd,
  render: (args) => <Shown data={args.data} />,
  parameters: {
    docs: {
      description: {
        component:
          'Writes structured data as `<script type="application/ld+json">`. `serializeJsonLd` escapes `<`, `>`, `&`, U+2028 and U+2029, so no text from a CMS can close the element or add markup, and the JSON still parses to exactly the data. A server component; it shows nothing on the page. See **Structured data** for what each schema.org type is for.',
      },
    },
  },
} satisfies Meta<typeof JsonLd>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's graph: MedicalWebPage, Article, people, publisher, breadcrumbs. */
export const SampleArticle: Story = {
  args: { data: buildArticleGraph(ketamineStructuredInput) },
};

/** With the FAQPage opted in: a URL per question. */
export const WithFaqPage: Story = {
  args: { data: buildArticleGraph(ketamineStructuredInput, { faq: true }) },
};

/** Text that tries to end the script: every `<`, `>` and `&` is written as a `\u` escape. */
export const HostileText: Story = {
  args: {
    data: {
      '@context': 'https://schema.org',
      '@type': 'Article',
      headline: '</script><script>alert(1)</script> <!-- & \u2028',
    },
  },
};
