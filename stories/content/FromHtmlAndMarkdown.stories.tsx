import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { coldExpected, coldMarkdown, insectBitesExpected, insectBitesHtml } from '../fixtures/content';
import { ConvertedSource } from './ConvertedPost';
import { expectConvertedPage } from './expectConverted';

const meta = {
  title: 'Content/From HTML and Markdown',
  component: ConvertedSource,
  argTypes: { source: { control: false }, options: { control: false } },
  parameters: {
    docs: {
      description: {
        component: [
          'Article-body HTML from any CMS and Markdown (`stories/fixtures/content/`), converted on the server by `articleFromHtml` and `articleFromMarkdown` from `medprose/content` and rendered by `Article`. Beside each page: the notes the converter returned, so an editor can see what was removed, rewritten or not recognised, and fix the source.',
          '',
          '```tsx',
          "import { Article } from 'medprose';",
          "import { articleFromHtml, articleFromMarkdown } from 'medprose/content'; // server-only",
          '',
          'const { article, notes } = articleFromHtml(entry.body, { url });',
          '// or: articleFromMarkdown(file, { url })',
          'return <Article article={article} />;',
          '```',
          '',
          'Storybook runs the converter in the browser only to show it here; in an app it belongs in a route or Server Component.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof ConvertedSource>;

export default meta;
type Story = StoryObj<typeof meta>;

/**
 * A rich-text field exported by a headless CMS: the title as a leading h1, a
 * pasted section that kept its own h1 (shown as an h2), an image whose file
 * did not export (its alt text kept as text), a video from a host not
 * allowed, an inline style and an empty paragraph (removed), and an FAQ as an
 * h2 with h3 questions.
 */
export const Html: Story = {
  name: 'Article HTML',
  args: { format: 'html', source: insectBitesHtml },
  play: async ({ canvasElement }) => {
    const { canvas, notes } = await expectConvertedPage(canvasElement, insectBitesExpected);
    await expect(canvas.getByText(insectBitesExpected.keptAlt)).toBeVisible();
    await expect(canvasElement.querySelector('iframe, [style*="#767676"]')).toBeNull();
    await expect(notes.getAllByText('rewritten')).toHaveLength(2);
    await expect(notes.getAllByText('removed')).toHaveLength(4);
  },
};

/**
 * CommonMark + GFM: the title as a leading `#`, a second `#` heading (shown as
 * an h2), a footnote that becomes a reference, raw HTML with an inline style
 * and an embed from a host not allowed (removed), and an FAQ as a `##`
 * heading with `###` questions.
 */
export const Markdown: Story = {
  name: 'Markdown',
  args: { format: 'markdown', source: coldMarkdown },
  play: async ({ canvasElement }) => {
    const { canvas, notes } = await expectConvertedPage(canvasElement, coldExpected);
    await expect(canvas.getByRole('heading', { level: 2, name: 'References' })).toBeVisible();
    await expect(canvasElement.querySelector('iframe')).toBeNull();
    await expect(notes.getAllByText('rewritten')).toHaveLength(3);
    await expect(notes.getAllByText('removed')).toHaveLength(2);
  },
};
