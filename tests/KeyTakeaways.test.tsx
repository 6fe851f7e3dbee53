import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { es, KeyTakeaways } from '../src';
import { axe } from './axe';

const points = [
  'Ketamine is not approved for PTSD; its use for trauma is off-label.',
  'Small trials suggest short-term benefit for some people, and the effects often fade within weeks.',
  'Trauma-focused talking therapies have the strongest evidence.',
];

describe('KeyTakeaways', () => {
  it('shows a "Key takeaways" heading over a list of the points', () => {
    render(<KeyTakeaways items={points} />);
    const heading = screen.getByRole('heading', { level: 2, name: 'Key takeaways' });
    const list = screen.getByRole('list');
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(points);
    expect(heading.compareDocumentPosition(list) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('is found by its heading, not added to the page landmarks', () => {
    render(<KeyTakeaways items={points} />);
    expect(screen.queryByRole('region')).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
  });

  it('takes a heading, a level and extra content', () => {
    render(
      <KeyTakeaways items={points.slice(0, 1)} heading="In short" headingLevel={3}>
        <p>Talk to a clinician before deciding anything.</p>
      </KeyTakeaways>,
    );
    expect(screen.getByRole('heading', { level: 3, name: 'In short' })).toBeInTheDocument();
    expect(screen.getByText('Talk to a clinician before deciding anything.')).toBeInTheDocument();
  });

  it('renders children alone, as a paragraph when they are text', () => {
    const { container } = render(<KeyTakeaways>One sentence summary.</KeyTakeaways>);
    expect(container.querySelector('ul')).toBeNull();
    expect(container.querySelector('p')).toHaveTextContent('One sentence summary.');
  });

  it('is in Spanish with the locale', () => {
    render(<KeyTakeaways items={points} locale={es} />);
    expect(screen.getByRole('heading', { name: 'Puntos clave' })).toBeInTheDocument();
  });

  it('leaves out empty points and warns about each', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<KeyTakeaways items={['First point.', '', null, 'Last point.']} />);
    expect(screen.getAllByRole('listitem')).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/KeyTakeaways.*items\[1\].*empty/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/KeyTakeaways.*items\[2\].*empty/));
  });

  it('renders nothing, and warns, with no points and no children', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { container } = render(<KeyTakeaways items={[]} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/KeyTakeaways.*`items`.*nothing is rendered/));
  });

  it('has no axe violations', async () => {
    const { container } = render(
      <main>
        <h1>Page</h1>
        <KeyTakeaways items={points} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });

  it('leaves out points that are objects (JSON from a CMS), and warns, instead of throwing', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { rerender } = render(<KeyTakeaways items={['Drink water.', { text: 'Rest.' }, 'See a doctor if it gets worse.'] as never} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Drink water.', 'See a doctor if it gets worse.']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<KeyTakeaways> `items\[1\]`.*left out/));
    rerender(<KeyTakeaways items={{ text: 'Rest.' } as never}>A summary in a sentence.</KeyTakeaways>);
    expect(screen.getByText('A summary in a sentence.')).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<KeyTakeaways> `items`.*nothing is shown/));
  });

  it('shows a single point given as text as one point, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<KeyTakeaways items={'Rest and drink fluids.' as never} />);
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual(['Rest and drink fluids.']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<KeyTakeaways> `items`.*shown as one point/));
  });
});
