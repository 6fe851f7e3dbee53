import type { Meta, StoryObj } from '@storybook/react-vite';
import { useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import { FaqAccordion, type FaqAccordionProps } from '../src';
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
          'Questions and answers on Radix Accordion, with the WAI-ARIA accordion keyboard pattern (Enter or Space toggles; arrow keys, Home and End move between questions). Every answer is in the server HTML. Until the FAQ has hydrated, and always without JavaScript, each question is a plain heading (no button, no `aria-expanded`), so nothing says "collapsed" over an answer that is shown; once hydrated the same box becomes the toggle, with no layout shift. After hydration closed answers are `hidden="until-found"`, so find-in-page and `#:~:text=` links open them; a `#hash` naming a question, or anything inside an answer, opens it. Show all / Hide all toggles every answer; its words carry `data-nosnippet`. Each answer panel is a `region` landmark named by its question when the FAQ has six items or fewer, and a plain block above that (the APG\'s advice against a flood of landmarks). `rememberOpen` (off by default) opens again, after hydration, the questions the reader had open when they come back in the same tab (sessionStorage, keyed by the page path and the FAQ\'s `id`). When printing, every answer prints and the controls do not. A client component (`\'use client\'`).',
      },
    },
  },
} satisfies Meta<typeof FaqAccordion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The sample article's five questions, all closed. */
export const Default: Story = {};

/** Focus is visible: the focused control draws a solid outline at least 2px wide. */
async function expectVisibleFocus(element: Element) {
  await expect(element).toHaveFocus();
  await expect(element.matches(':focus-visible')).toBe(true);
  const style = getComputedStyle(element);
  await expect(style.outlineStyle).toBe('solid');
  await expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
}

/**
 * The keyboard-only journey, run as a test: Tab into the FAQ, open and close
 * with Enter and Space, move with the arrow keys, Home and End, then Show all
 * and Hide all. Focus is visible at every step.
 */
export const KeyboardJourney: Story = {
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const questions = canvas.getAllByRole('button', { name: (name) => items.some((item) => item.question === name) });
    const [first, second] = [questions[0]!, questions[1]!];
    const last = questions[questions.length - 1]!;
    const showAll = canvas.getByRole('button', { name: 'Show all' });

    await step('Tab reaches Show all, then the first question', async () => {
      await userEvent.tab();
      await expectVisibleFocus(showAll);
      await userEvent.tab();
      await expectVisibleFocus(first);
    });
    await step('Enter opens and closes the first answer', async () => {
      await userEvent.keyboard('{Enter}');
      await expect(first).toHaveAttribute('aria-expanded', 'true');
      await expect(canvas.getByText(article.faq[0]!.answer[0]!)).toBeVisible();
      await userEvent.keyboard('{Enter}');
      await expect(first).toHaveAttribute('aria-expanded', 'false');
      await expect(canvas.getByText(article.faq[0]!.answer[0]!)).not.toBeVisible();
    });
    await step('Arrow keys move between questions; Space toggles', async () => {
      await userEvent.keyboard('{ArrowDown}');
      await expectVisibleFocus(second);
      await userEvent.keyboard(' ');
      await expect(second).toHaveAttribute('aria-expanded', 'true');
      await userEvent.keyboard(' ');
      await expect(second).toHaveAttribute('aria-expanded', 'false');
      await userEvent.keyboard('{ArrowUp}');
      await expectVisibleFocus(first);
      // Up from the first wraps to the last.
      await userEvent.keyboard('{ArrowUp}');
      await expectVisibleFocus(last);
    });
    await step('Home and End jump to the first and last question', async () => {
      await userEvent.keyboard('{Home}');
      await expectVisibleFocus(first);
      await userEvent.keyboard('{End}');
      await expectVisibleFocus(last);
    });
    await step('Show all opens every answer; Hide all closes them', async () => {
      showAll.focus();
      await userEvent.keyboard('{Enter}');
      await waitFor(() => expect(showAll).toHaveAccessibleName('Hide all'));
      await expect(showAll).toHaveAttribute('aria-expanded', 'true');
      for (const question of questions) await expect(question).toHaveAttribute('aria-expanded', 'true');
      await expectVisibleFocus(showAll);
      await userEvent.keyboard(' ');
      await waitFor(() => expect(showAll).toHaveAccessibleName('Show all'));
      await expect(showAll).toHaveAttribute('aria-expanded', 'false');
      for (const question of questions) await expect(question).toHaveAttribute('aria-expanded', 'false');
    });
  },
};

/** In `single` mode the keyboard opens one answer at a time. */
export const SingleOpenKeyboard: Story = {
  args: { type: 'single' },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const questions = canvas.getAllByRole('button');
    await userEvent.tab();
    await expectVisibleFocus(questions[0]!);
    await userEvent.keyboard('{Enter}');
    await userEvent.keyboard('{ArrowDown}');
    await userEvent.keyboard('{Enter}');
    await expect(questions[1]!).toHaveAttribute('aria-expanded', 'true');
    await expect(questions[0]!).toHaveAttribute('aria-expanded', 'false');
  },
};

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

/**
 * Questions over 70 characters are set in the body size and a lighter weight (`data-faq-long` on the heading), so a
 * long question is not five or six bold lines on a phone; a short one keeps the large, bold style.
 */
export const LongQuestion: Story = {
  args: {
    items: [
      {
        id: 'short',
        question: 'Is it legal?',
        answer: <p>It is a prescription medicine in many countries; ask the clinic about the rules where you live.</p>,
      },
      {
        id: 'long',
        question:
          'If I have already tried two antidepressants and a course of talking therapy without much change, would a clinic consider me for esketamine, and what would they want to know first (including my history with medicines like tranylcypromine-and-lithium-combinations)?',
        answer: (
          <p>
            A clinic would usually ask about your past treatments, your current medicines, your blood pressure and any history of substance
            use, and would explain the monitoring involved.
          </p>
        ),
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
      {
        id: 'q1',
        question: 'هل الكيتامين معتمد لعلاج اضطراب ما بعد الصدمة؟',
        answer: <p>لا. يُستخدم أحيانًا خارج الاستطباب المعتمد، والأدلة ما زالت مبكرة.</p>,
      },
      {
        id: 'q2',
        question: 'هل يمكن الجمع بينه وبين العلاج النفسي؟',
        answer: <p>تدرس بعض التجارب ذلك، لكن النتائج لم تُحسم بعد. ناقش الأمر مع طبيبك.</p>,
      },
    ],
  },
};

/** An empty list renders nothing; in development the console names `FaqAccordion` and `items`. */
export const Empty: Story = { args: { items: [] } };

const manyItems = [
  ...items,
  {
    id: 'driving',
    question: 'Can I drive home after a session?',
    answer: <p>No. Plan for someone to take you home, and do not drive until the next day after a restful sleep.</p>,
  },
  {
    id: 'other-medicines',
    question: 'Should I tell the clinic about my other medicines?',
    answer: <p>Yes. Bring a list of everything you take, including supplements, so the clinic can check for interactions.</p>,
  },
  {
    id: 'stopping',
    question: 'What happens if I stop the treatment?',
    answer: <p>Talk to your prescriber first. They can plan how to stop and what support to put in place.</p>,
  },
];

/**
 * More than six questions: the answer panels are not `region` landmarks, so
 * Show all does not add a landmark per answer to a screen reader's list.
 */
export const ManyQuestions: Story = {
  args: { items: manyItems },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    await userEvent.click(canvas.getByRole('button', { name: 'Show all' }));
    await waitFor(() => expect(canvas.getByRole('button', { name: 'Hide all' })).toBeInTheDocument());
    await expect(canvas.getByText('Talk to your prescriber first.', { exact: false })).toBeVisible();
    // The FAQ section is the one region.
    await expect(canvas.getAllByRole('region')).toHaveLength(1);
  },
};

const REMEMBER_PREFIX = 'medprose:faq-open:';
/** Forgets what earlier runs of these stories stored, so every run starts closed. */
function forgetRememberedFaqs() {
  for (const key of Object.keys(window.sessionStorage)) {
    if (key.startsWith(REMEMBER_PREFIX)) window.sessionStorage.removeItem(key);
  }
}

/** Stands in for leaving the page and coming back in the same tab: the FAQ unmounts and mounts again. */
function ReturningReader(props: FaqAccordionProps) {
  const [visit, setVisit] = useState(1);
  return (
    <>
      <button type="button" onClick={() => setVisit((n) => n + 1)}>
        Leave the page and come back
      </button>
      <FaqAccordion key={visit} {...props} />
    </>
  );
}

/**
 * `rememberOpen`: open a question, leave and come back, and it is open again.
 * The FAQ restores after hydration, so the server HTML never depends on it.
 */
export const RememberOpen: Story = {
  args: { id: 'remembered-faq', rememberOpen: true },
  render: (args) => <ReturningReader {...args} />,
  beforeEach: () => {
    forgetRememberedFaqs();
    return forgetRememberedFaqs;
  },
  play: async ({ canvasElement, step }) => {
    const canvas = within(canvasElement);
    const question = () => canvas.getByRole('button', { name: items[2]!.question });
    await step('Open the third question, then leave and come back', async () => {
      await userEvent.click(question());
      await expect(question()).toHaveAttribute('aria-expanded', 'true');
      await userEvent.click(canvas.getByRole('button', { name: 'Leave the page and come back' }));
    });
    await step('It is open again, and the others are still closed', async () => {
      await waitFor(() => expect(question()).toHaveAttribute('aria-expanded', 'true'));
      await expect(canvas.getByRole('button', { name: items[0]!.question })).toHaveAttribute('aria-expanded', 'false');
    });
  },
};

/**
 * `rememberOpen` where the browser refuses storage (blocked site data, some
 * private modes, sandboxed frames): the FAQ works as usual and remembers nothing.
 */
export const RememberOpenWithoutStorage: Story = {
  args: { id: 'remembered-faq-no-storage', rememberOpen: true },
  render: (args) => <ReturningReader {...args} />,
  beforeEach: () => {
    const { getItem, setItem } = Storage.prototype;
    const refuse = () => {
      throw new DOMException('The operation is insecure.', 'SecurityError');
    };
    Storage.prototype.getItem = refuse;
    Storage.prototype.setItem = refuse;
    return () => {
      Storage.prototype.getItem = getItem;
      Storage.prototype.setItem = setItem;
    };
  },
  play: async ({ canvasElement }) => {
    const canvas = within(canvasElement);
    const question = () => canvas.getByRole('button', { name: items[2]!.question });
    await userEvent.click(question());
    await expect(question()).toHaveAttribute('aria-expanded', 'true');
    await userEvent.click(canvas.getByRole('button', { name: 'Leave the page and come back' }));
    await waitFor(() => expect(question()).toHaveAttribute('aria-expanded', 'false'));
    await userEvent.click(question());
    await expect(question()).toHaveAttribute('aria-expanded', 'true');
  },
};
