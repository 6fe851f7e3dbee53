import type { Meta, StoryObj } from '@storybook/react-vite';
import { FaqAccordion } from '../src';
import { ketamineArticle as article } from './fixtures/ketamineArticle';

const items = article.faq.map((item) => ({
  id: item.id,
  question: item.question,
  answer: item.answer.map((paragraph) => <p key={paragraph}>{paragraph}</p>),
}));

const meta = {
  title: 'Components/FaqAccordion',
  component: FaqAccordion,
  args: { items, heading: article.faqHeading },
  parameters: {
    docs: {
      description: {
        component:
          'Questions and answers on Radix Accordion, with the WAI-ARIA accordion keyboard pattern (Enter or Space toggles; arrow keys, Home and End move between questions). Every answer is in the server HTML. After hydration closed answers are `hidden="until-found"`, so find-in-page and `#:~:text=` links open them; a `#hash` naming a question, or anything inside an answer, opens it. Show all / Hide all toggles every answer. When printing, every answer prints and the controls do not. A client component (`\'use client\'`).',
      },
    },
  },
} satisfies Meta<typeof FaqAccordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's five questions, all closed. */
export const Default: Story = {};

export const FirstOpen: Story = {
  args: { defaultOpen: [items[0]!.id] },
};

/** Opening one question closes the other; no Show all control. */
export const SingleOpen: Story = {
  args: { type: 'single' },
};

export const SubsectionHeadings: Story = {
  args: { headingLevel: 3 },
};

export const WithoutHeading: Story = {
  args: { heading: null },
};

export const LongQuestion: Story = {
  args: {
    items: [
      {
        id: 'long',
        question:
          'If I have already tried two antidepressants and a course of talking therapy without much change, would a clinic consider me for esketamine, and what would they want to know first (including my history with medicines like tranylcypromine-and-lithium-combinations)?',
        answer: <p>A clinic would usually ask about your past treatments, your current medicines, your blood pressure and any history of substance use, and would explain the monitoring involved.</p>,
      },
      ...items.slice(0, 2),
    ],
  },
};

export const DarkTheme: Story = { globals: { theme: 'dark' }, args: { defaultOpen: [items[1]!.id] } };

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    heading: 'أسئلة شائعة',
    labels: { showAll: 'عرض الكل', hideAll: 'إخفاء الكل' },
    items: [
      { id: 'q1', question: 'هل الكيتامين معتمد لعلاج اضطراب ما بعد الصدمة؟', answer: <p>لا. يُستخدم أحيانًا خارج الاستطباب المعتمد، والأدلة ما زالت مبكرة.</p> },
      { id: 'q2', question: 'هل يمكن الجمع بينه وبين العلاج النفسي؟', answer: <p>تدرس بعض التجارب ذلك، لكن النتائج لم تُحسم بعد. ناقش الأمر مع طبيبك.</p> },
    ],
  },
};

/** An empty list renders nothing; in development the console names `FaqAccordion` and `items`. */
export const Empty: Story = { args: { items: [] } };
