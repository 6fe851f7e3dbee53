import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { MedicalDisclaimer } from '../src';
import { ketamineArticle as article } from '../stories/fixtures/ketamineArticle';
import { axe } from './axe';

describe('MedicalDisclaimer', () => {
  it('is a note named by its heading and says it is not medical advice', () => {
    render(<MedicalDisclaimer />);
    const note = screen.getByRole('note', { name: 'Medical disclaimer' });
    expect(note).toHaveTextContent('not medical advice');
    expect(note).toHaveTextContent(/do not put off getting care/i);
    expect(within(note).queryByRole('link')).toBeNull();
  });

  it('adds a hidden prefix when a custom heading does not say what the note is', () => {
    render(<MedicalDisclaimer labels={{ heading: 'About this information' }} />);
    expect(screen.getByRole('note', { name: 'Medical disclaimer: About this information' })).toBeInTheDocument();
  });

  it('replaces the default copy with children', () => {
    render(<MedicalDisclaimer><p>Our own words.</p></MedicalDisclaimer>);
    expect(screen.getByText('Our own words.')).toBeInTheDocument();
    expect(screen.queryByText(/not medical advice/)).toBeNull();
  });

  it('urgent: tells readers what to do now and lists helplines as tap-to-call links', () => {
    render(<MedicalDisclaimer variant="urgent" helplines={article.helplines} />);
    expect(screen.getByRole('heading', { name: 'If you need help now' })).toBeInTheDocument();
    expect(screen.getByText(/emergency number/)).toBeInTheDocument();
    for (const line of article.helplines) {
      expect(screen.getAllByText(line.label).length).toBeGreaterThan(0);
    }
    expect(screen.getByRole('link', { name: 'Call 988' })).toHaveAttribute('href', 'tel:988');
    const samaritans = article.helplines.find((line) => line.tel.replace(/\s/g, '') === '116123')!;
    expect(screen.getByRole('link', { name: `Call ${samaritans.tel}` })).toHaveAttribute('href', 'tel:116123');
  });

  it('shows a number with no digits as text and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MedicalDisclaimer variant="urgent" helplines={[{ label: 'Local line', tel: 'ask reception' }]} />);
    expect(screen.getByText('ask reception')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/MedicalDisclaimer.*helplines\[0\]\.tel/));
  });

  it('warns when the urgent variant has no helplines, and still gives the emergency advice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MedicalDisclaimer variant="urgent" />);
    expect(screen.getByText(/emergency number/)).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/MedicalDisclaimer.*helplines/));
  });

  it('has no axe violations, general and urgent', async () => {
    const { container, rerender } = render(<main><h1>Page</h1><MedicalDisclaimer /></main>);
    expect(await axe(container)).toHaveNoViolations();
    rerender(<main><h1>Page</h1><MedicalDisclaimer variant="urgent" helplines={article.helplines} /></main>);
    expect(await axe(container)).toHaveNoViolations();
  });
});
