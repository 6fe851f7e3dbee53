import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { Callout, es, type CalloutVariant } from '../src';
import { axe } from './axe';

const variants: [CalloutVariant, string][] = [
  ['info', 'Information'],
  ['warning', 'Warning'],
  ['non-urgent', 'Non-urgent advice'],
  ['urgent', 'Urgent advice'],
  ['emergency', 'Immediate action required'],
];

/** Text a sighted reader sees: everything but the visually hidden spans. */
function visibleText(element: HTMLElement): string {
  const copy = element.cloneNode(true) as HTMLElement;
  for (const hidden of copy.querySelectorAll('span')) {
    if (getComputedStyle(hidden).position === 'absolute') hidden.remove();
  }
  return copy.textContent ?? '';
}

describe('Callout', () => {
  it.each(variants)('%s: a note whose name starts with the level, hidden before a heading that does not say it', (variant, words) => {
    render(
      <Callout variant={variant} heading="Speak to a GP if:">
        <p>You have had nightmares for more than a month.</p>
      </Callout>,
    );
    const note = screen.getByRole('note', { name: `${words}: Speak to a GP if:` });
    const heading = within(note).getByRole('heading', { level: 3 });
    expect(heading).toHaveAccessibleName(`${words}: Speak to a GP if:`);
    // On screen the heading reads as written; the prefix is for screen readers.
    expect(visibleText(heading).trim()).toBe('Speak to a GP if:');
    expect(note).toHaveAttribute('data-variant', variant);
  });

  it.each(variants)('%s: without a heading, shows its level in words, not by colour or icon alone', (variant, words) => {
    const { container } = render(<Callout variant={variant}>Advice.</Callout>);
    const heading = screen.getByRole('heading', { name: words });
    expect(visibleText(heading).trim()).toBe(words);
    expect(container.querySelector('svg')).toHaveAttribute('aria-hidden', 'true');
  });

  it('leaves the prefix out when the heading already says it', () => {
    render(<Callout variant="urgent" heading="Urgent advice: ask for an urgent GP appointment if:" />);
    expect(screen.getByRole('note', { name: 'Urgent advice: ask for an urgent GP appointment if:' })).toBeInTheDocument();
  });

  it('takes its own hidden prefix, or none', () => {
    const { rerender } = render(<Callout variant="emergency" heading="Call 999 if:" hiddenPrefix="Emergency:" />);
    expect(screen.getByRole('note', { name: 'Emergency: Call 999 if:' })).toBeInTheDocument();
    rerender(<Callout variant="emergency" heading="Call 999 if:" hiddenPrefix={null} />);
    expect(screen.getByRole('note', { name: 'Call 999 if:' })).toBeInTheDocument();
  });

  it('speaks Spanish with the locale', () => {
    render(<Callout variant="urgent" heading="Pida una cita urgente si:" locale={es} />);
    expect(screen.getByRole('note', { name: 'Consejo urgente: Pida una cita urgente si:' })).toBeInTheDocument();
  });

  it('uses the heading level given, and wraps plain text in a paragraph', () => {
    const { container } = render(
      <Callout headingLevel={2} heading="Before your appointment">
        Write down your questions.
      </Callout>,
    );
    expect(screen.getByRole('heading', { level: 2, name: 'Information: Before your appointment' })).toBeInTheDocument();
    expect(container.querySelector('p')).toHaveTextContent('Write down your questions.');
  });

  it('warns about an unknown variant and shows it as information, content intact', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(
      <Callout
        // @ts-expect-error: a CMS sends a variant medprose does not know
        variant="critical"
        heading="Check this"
      >
        Body text.
      </Callout>,
    );
    expect(screen.getByRole('note', { name: 'Information: Check this' })).toHaveTextContent('Body text.');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Callout.*variant.*critical/));
  });

  it('has no axe violations in any variant', async () => {
    const { container } = render(
      <main>
        <h1>Page</h1>
        <h2>Section</h2>
        {variants.map(([variant]) => (
          <Callout key={variant} variant={variant} heading={variant === 'info' ? undefined : 'Speak to someone if:'}>
            <ul>
              <li>You feel worse.</li>
              <li>
                Read <a href="/guide">the guide</a>.
              </li>
            </ul>
          </Callout>
        ))}
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
