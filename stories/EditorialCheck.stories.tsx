import type { Meta, StoryObj } from '@storybook/react-vite';
import { Article, es } from '../src';
import { FindingsPanel } from './EditorialCheck/FindingsPanel';
import { ketamineArticleData, ketamineArticleDataEs } from './fixtures/ketamineArticleData';
import { seedArticle } from './fixtures/seedArticle';
import { selfHarmWithoutHelp, selfHarmWithUrgentDisclaimer } from './fixtures/selfHarmArticle';

// A fixed "today", so the review-date findings do not change from day to day.
const NOW = '2026-12-01';

/** The editorial check's findings for an article, above the page itself. */
function EditorialCheck({ article, locale, preset }: { article: typeof ketamineArticleData; locale?: typeof es; preset?: 'standard' | 'nhs' }) {
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

/** The sample article: no errors; reading grade about 10 for the page (the target is 8), long sentences named. */
export const SampleArticle: Story = { name: 'Sample article' };

/** The Spanish sample, scored with Szigriszt-Pazos (INFLESZ) and Fernández-Huerta, messages in Spanish. */
export const SampleArticleSpanish: Story = { name: 'Sample article, Spanish', args: { article: ketamineArticleDataEs, locale: es } };

/** The sample article against the NHS's reading age of 9 to 11 (grade 6). */
export const NhsPreset: Story = { name: 'NHS reading age preset', args: { preset: 'nhs' } };

/** A seed-style post: long sentences, no reviewer, no sources, uncited figures, "click here", no disclaimer. */
export const SeedStyleArticle: Story = { name: 'Seed-style article', args: { article: seedArticle } };

/** A page that mentions self-harm with no crisis help: an error. */
export const SelfHarmWithoutHelp: Story = { name: 'Self-harm page without crisis help', args: { article: selfHarmWithoutHelp } };

/** The same page with the urgent disclaimer: no error. */
export const SelfHarmWithHelp: Story = { name: 'Self-harm page with crisis help', args: { article: selfHarmWithUrgentDisclaimer } };
