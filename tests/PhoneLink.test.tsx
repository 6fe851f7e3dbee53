import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { PhoneLink } from '../src';
import { axe } from './axe';

describe('PhoneLink', () => {
  it('is a tap-to-call link showing the number as written and dialling its digits, left to right, never wrapping', () => {
    render(
      <p>
        Call <PhoneLink number="116 123" /> now.
      </p>,
    );
    const link = screen.getByRole('link', { name: '116 123' });
    expect(link).toHaveAttribute('href', 'tel:116123');
    expect(link).toHaveAttribute('dir', 'ltr');
    expect(getComputedStyle(link).whiteSpace).toBe('nowrap');
  });

  it('text: an sms: link', () => {
    render(<PhoneLink number="85258" action="text" />);
    expect(screen.getByRole('link', { name: '85258' })).toHaveAttribute('href', 'sms:85258');
  });

  it('a number with no digits is shown as text with a warning naming the component and prop; a bad action calls', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container, rerender } = render(<PhoneLink number="the local line" />);
    expect(container).toHaveTextContent('the local line');
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<PhoneLink> `number`/));
    rerender(<PhoneLink number="999" action={'fax' as never} />);
    expect(screen.getByRole('link')).toHaveAttribute('href', 'tel:999');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<PhoneLink> `action`/));
    rerender(<PhoneLink number={undefined as never} />);
    expect(container).toBeEmptyDOMElement();
    warn.mockRestore();
  });

  it('renders on the server and has no axe violations', async () => {
    expect(renderToString(<PhoneLink number="911" />)).toContain('href="tel:911"');
    const { container } = render(
      <p>
        Call <PhoneLink number="911" />
      </p>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
