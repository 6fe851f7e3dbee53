import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Article, es } from '../src';
import { FindingsPanel } from './EditorialCheck/FindingsPanel';
import { ketamineArticleData, ketamineArticleDataEs } from './fixtures/ketamineArticleData';
import { seedArticle } from './fixtures/seedArticle';
import { selfHarmWithoutHelp, selfHarmWithUrgentDisclaimer } from './fixtures/selfHarmArticle';

// A fixed "today", so the review-date findings do not change from day to day.
const NOW = '2026-12-01';

/** The editorial check's findings for an article, above the page itself. */
function EditorialCheck({
  article,
  locale,
  preset,
}: {
  article: typeof ketamineArticleData;
  locale?: typeof es;
  preset?: 'standard' | 'nhs';
}) {
  return (
    <>
      <FindingsPanel article={article} options={{ now: NOW, ...(locale ? { locale } : {}), ...(preset ? { preset } : {}) }} />
      <Article article={article} locale={locale} />
    </>
  );
}

const meta = {
  title: 'Pages/Editorial check',
  component: EditorialCheck,
  args: { article: ketamineArticleData },
  argTypes: { article: { control: false }, locale: { control: false } },
  parameters: {
    docs: {
      description: {
        component:
          'What `auditArticle` from `medprose/audit` finds on a page, shown above it: reading ease for the page and each section, plain language (long sentences with the sentence, passive voice, simpler words), trust (reviewer, review dates, references, citations, disclaimer, FAQ answers), safe messaging and structure. Errors should stop a page going live; warnings need an editor; information is for the editor’s eye. `npx medprose audit article.json` prints the same findings as a table. Turn a rule off or retune it with `options.rules`.',
      },
    },
  },
} satisfies Meta<typeof EditorialCheck>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The panel's counts line: "0 errors · 29 warnings · 25 info findings". */
const countsOf = (canvasElement: HTMLElement) => within(canvasElement).getByTestId('findings-counts').textContent ?? '';

/** The sample article: no errors; reading grade about 10 for the page (the target is 8), long sentences named. */
export const SampleArticle: Story = {
  name: 'Sample article',
  play: async ({ canvasElement }) => {
    // Counts in words that agree with the number (Intl.PluralRules): "0 errors", never "0 error".
    await expect(countsOf(canvasElement)).toMatch(/^0 errors · \d+ warnings · \d+ info findings$/);
  },
};

/** The Spanish sample, scored with Szigriszt-Pazos (INFLESZ) and Fernández-Huerta, messages in Spanish. */
export const SampleArticleSpanish: Story = {
  name: 'Sample article, Spanish',
  args: { article: ketamineArticleDataEs, locale: es },
  play: async ({ canvasElement }) => {
    await expect(countsOf(canvasElement)).toMatch(/^0 errores graves · \d+ avisos · \d+ notas$/);
    await expect(within(canvasElement).getByRole('columnheader', { name: 'Hallazgo' })).toBeInTheDocument();
  },
};

/**
 * The findings on a phone (the panel 390 px wide): each finding is a card, its severity, place and rule on one line
 * and the finding under them, and nothing is cut off or scrolls sideways.
 */
export const Narrow: Story = {
  name: 'Sample article, at 390 px',
  decorators: [
    (Story) => (
      <div style={{ inlineSize: '390px', maxInlineSize: '100%' }}>
        <Story />
      </div>
    ),
  ],
  play: async ({ canvasElement }) => {
    const panel = within(canvasElement).getByTestId('findings-panel');
    await expect(panel.scrollWidth).toBeLessThanOrEqual(panel.clientWidth);
    const box = panel.getBoundingClientRect();
    const cells = [...panel.querySelectorAll('td')];
    await expect(cells.length).toBeGreaterThan(20);
    for (const cell of cells) {
      const rect = cell.getBoundingClientRect();
      await expect(rect.left).toBeGreaterThanOrEqual(box.left);
      await expect(rect.right).toBeLessThanOrEqual(box.right);
    }
    // A card: the finding's text starts below its severity, not in a column beside it.
    const [severity, , , finding] = panel.querySelector('tbody tr')!.querySelectorAll('td');
    await expect(finding!.getBoundingClientRect().top).toBeGreaterThanOrEqual(severity!.getBoundingClientRect().bottom - 1);
  },
};

/** The sample article against the NHS's reading age of 9 to 11 (grade 6). */
export const NhsPreset: Story = { name: 'NHS reading age preset', args: { preset: 'nhs' } };

/** A seed-style post: long sentences, no reviewer, no sources, uncited figures, "click here", no disclaimer. */
export const SeedStyleArticle: Story = { name: 'Seed-style article', args: { article: seedArticle } };

/** A page that mentions self-harm with no crisis help: an error. */
export const SelfHarmWithoutHelp: Story = { name: 'Self-harm page without crisis help', args: { article: selfHarmWithoutHelp } };

/** The same page with the urgent disclaimer: no error. Its reading grade is on target, so it gets no advice. */
export const SelfHarmWithHelp: Story = {
  name: 'Self-harm page with crisis help',
  args: { article: selfHarmWithUrgentDisclaimer },
  play: async ({ canvasElement }) => {
    const panel = within(within(canvasElement).getByTestId('findings-panel'));
    await expect(panel.getByText(/^Reading grade [\d.-]+: on target \(grade 8 or lower\)\.$/)).toBeInTheDocument();
    await expect(panel.queryByText(/shorter sentences/)).toBeNull();
    await expect(countsOf(canvasElement)).toMatch(/^0 errors · 0 warnings · 1 info finding$/);
  },
};
