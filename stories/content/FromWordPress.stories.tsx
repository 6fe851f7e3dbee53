import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import type { WordPressPost } from '../../src/content';
import recordedBlocks from '../../tests/content/fixtures/wordpress/blocks.json';
import { classicExpected, classicPost, classicRelated, gutenbergAllowEmbeds, gutenbergPost } from '../fixtures/content';
import { ConvertedPost } from './ConvertedPost';
import { expectConvertedPage } from './expectConverted';

const meta = {
  title: 'Content/From WordPress',
  component: ConvertedPost,
  argTypes: { post: { control: false }, options: { control: false } },
  parameters: {
    docs: {
      description: {
        component: [
          'WordPress posts as `/wp-json/wp/v2/posts?_embed` returns them (`stories/fixtures/content/`), converted on the server by `articleFromWordPress` from `medprose/content` and rendered by `Article`. Beside each page: the notes the converter returned, so an editor can see what was removed, rewritten or not recognised, and fix the source.',
          '',
          '```tsx',
          "import { Article } from 'medprose';",
          "import { articleFromWordPress } from 'medprose/content'; // server-only",
          '',
          'const post = await fetch(`${site}/wp-json/wp/v2/posts/${id}?_embed`).then((r) => r.json());',
          "const { article, notes } = articleFromWordPress(post, { related, allowEmbeds: ['www.youtube-nocookie.com'] });",
          'return <Article article={article} />;',
          '```',
          '',
          'Storybook runs the converter in the browser only to show it here; in an app it belongs in a route or Server Component.',
        ].join('\n'),
      },
    },
  },
} satisfies Meta<typeof ConvertedPost>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Two boxes that share no pixel: the notes panel must not cover what the article shows. */
async function expectApart(a: Element, b: Element) {
  const [one, two] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
  const overlap =
    Math.min(one.right, two.right) - Math.max(one.left, two.left) > 0.5 &&
    Math.min(one.bottom, two.bottom) - Math.max(one.top, two.top) > 0.5;
  await expect(overlap, `notes ${JSON.stringify(one)} over ${JSON.stringify(two)}`).toBe(false);
}

/**
 * A classic-editor post shaped like the page medprose models: a teaser ending
 * "Continue reading", no featured image, five h2 sections, "Frequently Asked
 * Questions" as an h2 with h3 questions, a heading-less "In conclusion, …"
 * paragraph, and related posts that list the post itself.
 */
export const ClassicEditor: Story = {
  name: 'Classic editor',
  args: { post: classicPost, options: { related: classicRelated } },
  play: async ({ canvasElement }) => {
    const { canvas } = await expectConvertedPage(canvasElement, classicExpected);
    await expect(canvas.queryByText(/Continue reading/)).toBeNull();
    await expect(canvas.getByRole('complementary', { name: 'Converter notes' })).toBeVisible();
  },
};

/**
 * A block-editor post with plugins and hostile markup: an Easy Table of
 * Contents box, key takeaways, figures, a table, Yoast and Rank Math FAQ
 * blocks, citations, references and footnotes, a YouTube embed (its host
 * allowed with `allowEmbeds`), and scripts, handlers, script URLs, a form,
 * svg, math, object, meta and base tags, each removed with a note.
 */
export const Gutenberg: Story = {
  name: 'Gutenberg with plugins and hostile markup',
  args: { post: gutenbergPost, options: { allowEmbeds: gutenbergAllowEmbeds } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await expect(canvas.getByRole('heading', { level: 1 })).toHaveTextContent('Vitamin D: who needs a supplement, and when?');
    await expect(canvas.getByRole('heading', { name: 'Key takeaways' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Can I take too much vitamin D?' })).toBeVisible();
    await expect(
      canvasElement.querySelector(
        'script:not([type="application/ld+json"]), form, object, math, svg a, svg text, iframe[srcdoc], iframe:not([sandbox]), [onerror], [onmouseover], [style*="fixed"], a[href^="javascript" i], a[href^="data:" i]',
      ),
    ).toBeNull();
    const notesPanel = canvas.getByRole('complementary', { name: 'Converter notes' });
    const notes = within(notesPanel);
    await expect(notes.getAllByText('removed').length).toBeGreaterThan(5);
    // The notes sit beside or below the article, never over it: not over the embed, nor anything else it shows.
    await expectApart(notesPanel, canvasElement.querySelector('iframe')!);
  },
};

/**
 * What a real WordPress 6.1 returned for a block-editor post (recorded in
 * `tests/content/fixtures/wordpress`): gallery, columns, a five-column table,
 * cover, media & text, pullquote, code, buttons and a YouTube embed, whose host
 * is not allowed here. The table scrolls sideways inside a named region a
 * keyboard can reach, the video is a link beside its caption, and the button
 * link keeps its block class. (Its images live on the recording site, so here
 * they show their alternative text.)
 */
export const RecordedBlockEditor: Story = {
  name: 'Recorded from WordPress 6.1: block editor, embed not allowed',
  args: { post: recordedBlocks.post as WordPressPost, options: { related: recordedBlocks.related as WordPressPost[] } },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const table = canvas.getByRole('region', { name: 'Common options from a pharmacy. Read the leaflet that comes with any medicine.' });
    await expect(table).toHaveAttribute('tabindex', '0');
    await expect(within(table).getByRole('table')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Easing hay fever at home: a pharmacist explains (youtube.com)' })).toHaveAttribute(
      'href',
      'https://www.youtube.com/watch?v=Hf7pQ2xLm4k',
    );
    await expect(canvas.getByText('A pharmacist explains how to use a nasal spray.')).toBeVisible();
    await expect(canvas.getByRole('link', { name: 'Find a pharmacy near you' })).toHaveClass('wp-block-button__link');
    const notes = within(canvas.getByRole('complementary', { name: 'Converter notes' }));
    await expect(notes.getByText(/a link to it is shown instead/)).toBeVisible();
  },
};
