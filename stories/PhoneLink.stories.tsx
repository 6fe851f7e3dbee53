import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, within } from 'storybook/test';
import { Callout, PhoneLink } from '../src';

const meta = {
  title: 'Components/PhoneLink',
  component: PhoneLink,
  args: { number: '116 123' },
  parameters: {
    docs: {
      description: {
        component:
          'A phone number inside text an author writes (a callout, a card, a paragraph) as a tap-to-call (or tap-to-text) link: shown as written, dialling its digits, never broken across lines, kept left to right on a right-to-left page. Numbers are marked by the author, never guessed from prose (decision 0033). A server component.',
      },
    },
  },
  render: (args) => (
    <p style={{ maxInlineSize: '16rem' }}>
      You can call Samaritans free, day or night, on <PhoneLink {...args} />, or email them.
    </p>
  ),
} satisfies Meta<typeof PhoneLink>;

export default meta;
type Story = StoryObj<typeof meta>;

/** In a narrow paragraph the number moves to the next line whole, never "116" on one line and "123" on the next. */
export const InASentence: Story = {
  play: async ({ canvasElement }) => {
    const link = within(canvasElement).getByRole('link', { name: '116 123' });
    await expect(link).toHaveAttribute('href', 'tel:116123');
    await expect(link.getClientRects()).toHaveLength(1);
  },
};

/** `action="text"`: an `sms:` link, for a service that takes texts on that number. */
export const Text: Story = { args: { number: '85258', action: 'text' } };

/** In the heading of the care cards, as the sample article marks its numbers. */
export const InCareCards: Story = {
  render: () => (
    <>
      <Callout
        variant="urgent"
        heading={
          <>
            Ask for an urgent appointment, or call <PhoneLink number="111" /> in the UK, if:
          </>
        }
      >
        <p>you feel you cannot cope.</p>
      </Callout>
      <Callout
        variant="emergency"
        heading={
          <>
            Call <PhoneLink number="999" /> in the UK or <PhoneLink number="911" /> in the US if:
          </>
        }
      >
        <p>a life is in danger.</p>
      </Callout>
    </>
  ),
};

export const RightToLeft: Story = { globals: { direction: 'rtl' } };
