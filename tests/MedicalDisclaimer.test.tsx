import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { es, helplinesFor, MedicalDisclaimer } from '../src';
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
    render(
      <MedicalDisclaimer>
        <p>Our own words.</p>
      </MedicalDisclaimer>,
    );
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

  it("country: the urgent variant lists the table's numbers for it, emergency first", () => {
    render(<MedicalDisclaimer variant="urgent" country="US" />);
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(['tel:911', 'tel:988', 'sms:988']);
    expect(screen.getByText('988 Suicide & Crisis Lifeline')).toBeInTheDocument();
  });

  it('country: several codes, each line named by its country', () => {
    render(<MedicalDisclaimer variant="urgent" country={['GB', 'IE']} />);
    expect(screen.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(screen.getByRole('link', { name: 'Call 112' })).toHaveAttribute('href', 'tel:112');
    expect(screen.getByText('European Union')).toBeInTheDocument();
  });

  it('helplines given by the publisher win over country', () => {
    render(<MedicalDisclaimer variant="urgent" country="US" helplines={[{ label: 'Our line', tel: '0800 123' }]} />);
    expect(screen.getAllByRole('link')).toHaveLength(1);
    expect(screen.getByRole('link', { name: 'Call 0800 123' })).toHaveAttribute('href', 'tel:0800123');
  });

  it('unknown country: warns naming the component and prop, and still gives the emergency advice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MedicalDisclaimer variant="urgent" country="Atlantis" />);
    expect(screen.getByText(/emergency number/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<MedicalDisclaimer> `country`: "Atlantis"/));
  });

  it('country in the general variant is not shown, and says so', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MedicalDisclaimer country="US" />);
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/MedicalDisclaimer.*country.*only in the "urgent" variant/));
  });

  it("a table entry passed as a Helpline, in Spanish: words from the locale, not the table's English", () => {
    render(<MedicalDisclaimer variant="urgent" helplines={helplinesFor('GB', { kinds: ['crisis'] })} locale={es} />);
    expect(screen.getByRole('link', { name: 'Llamar al 116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(
      screen.getByText('Hable en confidencia con una persona formada para escuchar. Disponible las 24 horas, todos los días.'),
    ).toBeInTheDocument();
  });

  it('shows an unknown variant as the general disclaimer, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: a CMS sends a variant medprose does not know
    render(<MedicalDisclaimer variant="alarming" helplines={article.helplines} />);
    const note = screen.getByRole('note', { name: 'Medical disclaimer' });
    expect(note).toHaveAttribute('data-variant', 'general');
    expect(note).toHaveTextContent('not medical advice');
    expect(screen.queryByRole('heading', { name: 'If you need help now' })).toBeNull();
    expect(within(note).queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <MedicalDisclaimer> `variant`: expected "general" or "urgent", got "alarming"; using "general".',
    );
  });

  it('uses the hiddenPrefix given, and none with hiddenPrefix={null}', () => {
    const { rerender } = render(<MedicalDisclaimer hiddenPrefix="Please read:" />);
    expect(screen.getByRole('note', { name: 'Please read: Medical disclaimer' })).toBeInTheDocument();
    rerender(<MedicalDisclaimer labels={{ heading: 'About this information' }} hiddenPrefix={null} />);
    expect(screen.getByRole('note', { name: 'About this information' })).toBeInTheDocument();
  });

  it('urgent, with helplines that are not a list: no numbers, the emergency advice, and a warning', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: a CMS sends one helpline, not a list
    render(<MedicalDisclaimer variant="urgent" helplines={{ label: 'Our line', tel: '0800 123' }} />);
    expect(screen.getByText(/emergency number/)).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith('[medprose] <MedicalDisclaimer> `helplines`: should be an array of helplines; none are shown.');
  });

  it('has no axe violations, general and urgent', async () => {
    const { container, rerender } = render(
      <main>
        <h1>Page</h1>
        <MedicalDisclaimer />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main>
        <h1>Page</h1>
        <MedicalDisclaimer variant="urgent" helplines={article.helplines} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main>
        <h1>Page</h1>
        <MedicalDisclaimer variant="urgent" country={['US', 'CA', 'AU']} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it("urgent, with an empty helplines list and a country: shows the country's numbers, and warns", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<MedicalDisclaimer variant="urgent" helplines={[]} country="GB" />);
    expect(screen.getAllByRole('link', { name: /999/ }).map((link) => link.getAttribute('href'))).toContain('tel:999');
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <MedicalDisclaimer> `helplines`: gives no usable number; the numbers for `country` are shown instead.',
    );
  });
});
