import type { Meta, StoryObj } from '@storybook/react-vite';
import { Callout, es } from '../src';
import { ketamineCareAdvice as advice } from './fixtures/ketamineTrust';

const list = (points: string[]) => (
  <ul>
    {points.map((point) => (
      <li key={point}>{point}</li>
    ))}
  </ul>
);

const meta = {
  title: 'Components/Callout',
  component: Callout,
  args: { variant: 'info', children: <p>Esketamine nasal spray is approved for treatment-resistant depression, not for PTSD.</p> },
  argTypes: {
    variant: { control: 'inline-radio', options: ['info', 'warning', 'non-urgent', 'urgent', 'emergency'] },
    children: { control: false },
  },
  parameters: {
    docs: {
      description: {
        component:
          'A box that sets advice apart from the text: `info`, `warning`, or one of the three levels of care advice health services use (`non-urgent`, `urgent`, `emergency`, after NHS care cards). The level is always said in words: the visible heading (the level itself when no `heading` is given) and, unless the heading already says it, a visually hidden prefix such as "Urgent advice:". Each level also has its own frame (bar, thin, thick, heavy) and icon, so nothing depends on colour; in forced-colours mode the frames and a rule under the heading band remain. A `role="note"` named by its heading, default `h3`. A server component; it prints.',
      },
    },
  },
} satisfies Meta<typeof Callout>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Information: Story = {};

export const Warning: Story = {
  args: {
    variant: 'warning',
    heading: 'Do not use ketamine on your own',
    children: <p>Ketamine is a controlled drug with real risks. Only consider it as part of care from a specialist team.</p>,
  },
};

export const NonUrgent: Story = {
  args: { variant: 'non-urgent', heading: advice.nonUrgent.heading, children: list(advice.nonUrgent.points) },
};

export const Urgent: Story = {
  args: { variant: 'urgent', heading: advice.urgent.heading, children: list(advice.urgent.points) },
};

export const Emergency: Story = {
  args: { variant: 'emergency', heading: advice.emergency.heading, children: list(advice.emergency.points) },
};

/** Every level one after another, as they might follow each other on a page. */
export const AllLevels: Story = {
  render: () => (
    <>
      <Callout variant="non-urgent" heading={advice.nonUrgent.heading}>
        {list(advice.nonUrgent.points)}
      </Callout>
      <Callout variant="urgent" heading={advice.urgent.heading}>
        {list(advice.urgent.points)}
      </Callout>
      <Callout variant="emergency" heading={advice.emergency.heading}>
        {list(advice.emergency.points)}
      </Callout>
    </>
  ),
};

/** No heading: the level becomes the visible heading, so there is no hidden prefix to add. */
export const WithoutHeading: Story = {
  args: { variant: 'urgent', children: list(advice.urgent.points) },
};

/** The heading says the level itself, so the hidden prefix is left out. */
export const HeadingSaysTheLevel: Story = {
  args: { variant: 'urgent', heading: 'Urgent advice: ask for an appointment today if:', children: list(advice.urgent.points) },
};

export const LongContent: Story = {
  args: {
    variant: 'warning',
    heading: 'Before you agree to ketamine treatment at a private clinic, including clinics that advertise online or abroad',
    children: (
      <>
        <p>
          Ask the clinic how it will check your blood pressure, heart and breathing during and after each session, who will be with you
          while the medicine takes effect, and what happens if you feel frightened or unwell.
        </p>
        <p>
          Ask for the costs in writing, including follow-up appointments, and how the clinic will share information with your GP
          (https://example.org/a-very-long-address-that-must-wrap-rather-than-push-the-page-sideways-at-320-pixels).
        </p>
      </>
    ),
  },
};

export const Spanish: Story = {
  args: {
    variant: 'urgent',
    locale: es,
    heading: 'Pida una cita urgente con un médico si:',
    children: list([
      'Siente que no puede más o su malestar empeora rápidamente.',
      'Nota dolor o sangre al orinar durante o después del tratamiento con ketamina.',
    ]),
  },
};

export const DarkTheme: Story = {
  globals: { theme: 'dark' },
  render: AllLevels.render,
};

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    variant: 'urgent',
    heading: 'اطلب موعدًا عاجلًا مع طبيب إذا:',
    labels: { urgent: 'نصيحة عاجلة:' },
    children: list(['شعرت أنك لا تستطيع التأقلم، أو ازداد ضيقك بسرعة.', 'لاحظت ألمًا أو دمًا عند التبول أثناء العلاج بالكيتامين أو بعده.']),
  },
};
