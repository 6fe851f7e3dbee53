import { render, screen } from '@testing-library/react';
import type { ReactElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import {
  Callout,
  createCitations,
  CrisisSupport,
  FaqAccordion,
  KeyTakeaways,
  MedicalDisclaimer,
  References,
  RelatedPosts,
  TableOfContents,
} from '../../src';

/** Every component with a `headingLevel`, its default level and the heading it renders (Callout's accessible name starts with its hidden "Information:" prefix). The level is any number, as from JavaScript. */
const components: [name: string, defaultLevel: number, heading: string, element: (level: number) => ReactElement][] = [
  [
    'Callout',
    3,
    'Before your appointment',
    (level) => (
      <Callout headingLevel={level as never} heading="Before your appointment">
        Write down your questions.
      </Callout>
    ),
  ],
  ['CrisisSupport', 2, 'If you need help now', (level) => <CrisisSupport headingLevel={level as never} country="US" />],
  [
    'FaqAccordion',
    2,
    'Frequently asked questions',
    (level) => <FaqAccordion headingLevel={level as never} items={[{ question: 'Is it safe?', answer: <p>Usually.</p> }]} />,
  ],
  ['KeyTakeaways', 2, 'Key takeaways', (level) => <KeyTakeaways headingLevel={level as never} items={['One point.']} />],
  ['MedicalDisclaimer', 2, 'Medical disclaimer', (level) => <MedicalDisclaimer headingLevel={level as never} />],
  [
    'References',
    2,
    'References',
    (level) => <References headingLevel={level as never} citations={createCitations([{ id: 'a', title: 'A source' }])} />,
  ],
  [
    'RelatedPosts',
    2,
    'Related articles',
    (level) => <RelatedPosts headingLevel={level as never} posts={[{ title: 'Sleep after trauma', href: '/sleep' }]} />,
  ],
  [
    'TableOfContents',
    2,
    'On this page',
    (level) => <TableOfContents headingLevel={level as never} collapsible={false} items={[{ id: 'a', label: 'A section' }]} />,
  ],
];

const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('headingLevel out of range', () => {
  it.each(components)('%s uses its default level (h%i) for headingLevel 7, and warns', (name, defaultLevel, heading, element) => {
    const warn = quiet();
    render(element(7));
    expect(screen.getByRole('heading', { name: new RegExp(`${heading}$`) })).toHaveProperty('tagName', `H${defaultLevel}`);
    expect(warn).toHaveBeenCalledWith(`[medprose] <${name}> \`headingLevel\`: expected 2 to 6, got 7; using ${defaultLevel}.`);
  });

  it.each([1, 2.5, 0, Number.NaN])('a level of %s falls back the same way', (level) => {
    const warn = quiet();
    render(<References headingLevel={level as never} citations={createCitations([{ id: 'a', title: 'A source' }])} />);
    expect(screen.getByRole('heading', { name: 'References' })).toHaveProperty('tagName', 'H2');
    expect(warn).toHaveBeenCalledWith(`[medprose] <References> \`headingLevel\`: expected 2 to 6, got ${String(level)}; using 2.`);
  });

  it('uses a level in range as given, without a warning', () => {
    const warn = quiet();
    render(<References headingLevel={4} citations={createCitations([{ id: 'a', title: 'A source' }])} />);
    expect(screen.getByRole('heading', { name: 'References' })).toHaveProperty('tagName', 'H4');
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('headingLevel'));
  });
});
