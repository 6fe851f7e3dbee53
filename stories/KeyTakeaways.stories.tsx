import type { Meta, StoryObj } from '@storybook/react-vite';
import { es, KeyTakeaways } from '../src';
import { ketamineTakeaways } from './fixtures/ketamineTrust';

const meta = {
  title: 'Components/KeyTakeaways',
  component: KeyTakeaways,
  args: { items: ketamineTakeaways },
  parameters: {
    docs: {
      description: {
        component:
          'A short summary box for the top of an article: a heading ("Key takeaways") and a list of points, with optional content after them. A plain `<section>` found by its heading, not a named landmark, so the page keeps few landmarks. Empty points are left out (and reported); with nothing to show it renders nothing. A server component; it prints.',
      },
    },
  },
} satisfies Meta<typeof KeyTakeaways>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

export const WithClosingNote: Story = {
  args: {
    children: <p>If trauma is affecting your life, a doctor or mental health professional can talk you through the options.</p>,
  },
};

export const LongPoints: Story = {
  args: {
    heading: 'What to take from this article before you speak to a clinician about ketamine-assisted psychotherapy',
    items: [
      ...ketamineTakeaways,
      'Questions worth asking any clinic: what is known and not known, how your safety is checked during and after each session, what it costs in total, and what happens if the benefit fades.',
    ],
  },
};

export const Spanish: Story = {
  args: {
    locale: es,
    items: [
      'La ketamina no está aprobada para el TEPT; cuando se usa para el trauma, es fuera de indicación.',
      'Las terapias psicológicas centradas en el trauma tienen la evidencia más sólida.',
    ],
  },
};

/** A summary in a sentence instead of points: the children, as a paragraph, with no list. */
export const ChildrenOnly: Story = {
  args: {
    items: undefined,
    children: 'Ketamine is not approved for PTSD, and talking therapies focused on the trauma remain the usual first treatments.',
  },
};

/** Nothing to show: renders nothing, and the console names `KeyTakeaways` and `items`. */
export const Empty: Story = { args: { items: [] } };

export const DarkTheme: Story = { globals: { theme: 'dark' } };

export const RightToLeft: Story = {
  globals: { direction: 'rtl' },
  args: {
    labels: { heading: 'أهم النقاط' },
    items: ['الكيتامين غير معتمد لعلاج اضطراب ما بعد الصدمة.', 'العلاجات النفسية التي تركّز على الصدمة لديها أقوى الأدلة.'],
  },
};
