import { render, screen, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { describe, expect, it, vi } from 'vitest';
import { CrisisSupport, es } from '../src';
import { axe } from './axe';

const box = (name = 'If you need help now') => screen.getByRole('region', { name });

describe('CrisisSupport', () => {
  it('is a region named by its heading that tells readers what to do if a life is in danger', () => {
    render(<CrisisSupport country="US" />);
    expect(screen.getByRole('heading', { level: 2, name: 'If you need help now' })).toBeInTheDocument();
    expect(box()).toHaveTextContent(/call an emergency number now or go to the nearest emergency department/);
  });

  it('US: 911 first, then 988 to call or text, as tap-to-call and tap-to-text links', () => {
    render(<CrisisSupport country="US" />);
    const links = within(box()).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Call 911', 'tel:911'],
      ['Call 988', 'tel:988'],
      ['Text 988', 'sms:988'],
    ]);
    expect(within(box()).getByText('988 Suicide & Crisis Lifeline')).toBeInTheDocument();
    // One country: no country names.
    expect(within(box()).queryByText('United States')).toBeNull();
  });

  it('UK: dials the digits of "116 123" and describes each line in the locale words', () => {
    render(<CrisisSupport country="UK" />);
    expect(screen.getByRole('link', { name: 'Call 116 123' })).toHaveAttribute('href', 'tel:116123');
    const items = within(box()).getAllByRole('listitem');
    expect(items.map((item) => item.querySelector('strong')?.textContent)).toEqual(['999', 'Samaritans', 'NHS 111']);
    expect(items[1]).toHaveTextContent('Talk in confidence with someone trained to listen. Open 24 hours a day, every day.');
    expect(items[2]).toHaveTextContent('Urgent medical help or advice when it is not an emergency.');
  });

  it('several countries: lines grouped under each country\u2019s name, in the order given, so a reader finds their own', () => {
    render(<CrisisSupport country={['AU', 'CA']} />);
    const lists = within(box()).getAllByRole('list');
    // The outer list holds one item per country; each holds its name and a list of its lines.
    const groups = within(lists[0]!)
      .getAllByRole('listitem')
      .filter((item) => item.parentElement === lists[0]);
    expect(groups).toHaveLength(2);
    expect(groups[0]).toHaveTextContent(/^Australia/);
    expect(groups[1]).toHaveTextContent(/^Canada/);
    expect(within(groups[0]!).getAllByRole('listitem')).toHaveLength(2);
    expect(within(groups[1]!).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Text 9-8-8' })).toHaveAttribute('href', 'sms:988');
  });

  it('the publisher\u2019s helplines win over country and are shown as given', () => {
    render(
      <CrisisSupport
        country="US"
        helplines={[{ label: 'Línea 024', tel: '024', description: 'Atención a la conducta suicida.', region: 'ES' }]}
      />,
    );
    expect(screen.getByRole('link', { name: 'Call 024' })).toHaveAttribute('href', 'tel:024');
    expect(screen.getByText('Atención a la conducta suicida.')).toBeInTheDocument();
    expect(screen.getByText('ES')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Call 911' })).toBeNull();
  });

  it('unknown country: warns naming the component and prop, and still gives the emergency advice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport country="ZZ" />);
    expect(box()).toHaveTextContent(/call an emergency number now/);
    expect(within(box()).queryByRole('list')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<CrisisSupport> `country`: "ZZ"/));
  });

  it('an unknown code among known ones: the known numbers are shown, the unknown one warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport country={['XX', 'GB']} />);
    expect(screen.getByRole('link', { name: 'Call 999' })).toBeInTheDocument();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CrisisSupport.*country.*"XX"/));
  });

  it('no country and no helplines: warns, shows the advice', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport />);
    expect(box()).toHaveTextContent(/emergency department/);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CrisisSupport.*country/));
  });

  it('an empty helplines list: shows the advice without numbers, and warns about helplines, not country', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport helplines={[]} />);
    expect(box()).toHaveTextContent(/emergency department/);
    expect(within(box()).queryByRole('list')).toBeNull();
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <CrisisSupport> `helplines`: gives no numbers; the box shows the emergency advice without them.',
    );
    expect(warn).not.toHaveBeenCalledWith(expect.stringContaining('`country`'));
  });

  it("an empty helplines list with a country: shows the country's numbers instead, and warns", () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport helplines={[]} country="US" />);
    expect(
      within(box())
        .getAllByRole('link', { name: /988/ })
        .map((link) => link.getAttribute('href')),
    ).toContain('tel:988');
    expect(warn).toHaveBeenCalledWith(
      '[medprose] <CrisisSupport> `helplines`: gives no usable number; the numbers for `country` are shown instead.',
    );
  });

  it('helplines that are not a list: shows the advice without numbers, and warns', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    // @ts-expect-error: a CMS sends one helpline, not a list
    render(<CrisisSupport helplines={{ label: 'Our line', tel: '0800 123' }} />);
    expect(box()).toHaveTextContent(/emergency department/);
    expect(within(box()).queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith('[medprose] <CrisisSupport> `helplines`: should be an array of helplines; none are shown.');
  });

  it('shows children after the numbers, inside the region', () => {
    render(
      <CrisisSupport country="US">
        <p>
          Or <a href="/local-services">find services near you</a>.
        </p>
      </CrisisSupport>,
    );
    const extra = within(box()).getByRole('link', { name: 'find services near you' });
    expect(extra).toHaveAttribute('href', '/local-services');
    const links = within(box()).getAllByRole('link');
    expect(links.at(-1)).toBe(extra);
    expect(links).toHaveLength(4);
  });

  it('a helpline without a label or with a number without digits: warns, never crashes, keeps what was written', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    render(<CrisisSupport helplines={[{ label: '' }, { label: 'Front desk', tel: 'ask at reception' }]} />);
    expect(screen.getByText('ask at reception')).toBeInTheDocument();
    expect(screen.queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CrisisSupport.*helplines\[0\]\.label/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/CrisisSupport.*helplines\[1\]\.tel/));
  });

  it('Spanish: every word from the locale, country names from Intl in Spanish', () => {
    render(<CrisisSupport country={['US', 'GB']} locale={es} />);
    const region = box('Si necesita ayuda ahora');
    expect(region).toHaveTextContent(/llame ahora a un número de emergencias/);
    expect(screen.getByRole('link', { name: 'Llamar al 988' })).toHaveAttribute('href', 'tel:988');
    expect(screen.getByRole('link', { name: 'Enviar un mensaje al 988' })).toHaveAttribute('href', 'sms:988');
    // Each country named once, over its lines.
    expect(within(region).getAllByText('Estados Unidos')).toHaveLength(1);
    expect(within(region).getAllByText('Reino Unido')).toHaveLength(1);
    expect(region).not.toHaveTextContent(/Call|Open 24 hours|Police/);
  });

  it('keeps numbers left to right inside right-to-left text', () => {
    render(<CrisisSupport country="GB" dir="rtl" />);
    const link = screen.getByRole('link', { name: 'Call 116 123' });
    expect(link.querySelector('bdi[dir="ltr"]')).toHaveTextContent('116 123');
  });

  it('heading level and labels can be set', () => {
    render(<CrisisSupport country="US" headingLevel={3} labels={{ heading: 'Get help now' }} />);
    expect(screen.getByRole('heading', { level: 3, name: 'Get help now' })).toBeInTheDocument();
  });

  it('renders on the server with logical CSS, print and forced-colours styles', () => {
    const sheet = new ServerStyleSheet();
    const html = renderToString(sheet.collectStyles(<CrisisSupport country="AU" />));
    const css = sheet.getStyleTags();
    sheet.seal();
    expect(html).toContain('href="tel:131114"');
    expect(html).toContain('If you need help now');
    const doc = new DOMParser().parseFromString(html, 'text/html');
    const classOf = (selector: string) => doc.querySelector(selector)!.className.split(' ').pop();
    // The heading keeps its meaning in forced colours; links stay links; focus stays visible.
    expect(css).toContain(`@media (forced-colors: active){.${classOf('h2')}{color:CanvasText;}}`);
    expect(css).toContain(`@media (forced-colors: active){.${classOf('a')}{border-color:LinkText;}}`);
    expect(css).toContain(`.${classOf('a')}:focus-visible{outline:`);
    expect(css).toMatch(new RegExp(`@media print\\{\\.${classOf('section')}\\{[^}]*border-color:#000`));
    expect(css).toMatch(/border-inline-start-width/);
    expect(css).not.toMatch(/(margin|padding|border)-(left|right)|text-align:\s*(left|right)/);
  });

  it('has no axe violations, in English and Spanish', async () => {
    const { container, rerender } = render(
      <main>
        <h1>Page</h1>
        <CrisisSupport country={['US', 'GB']} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
    rerender(
      <main lang="es">
        <h1>Página</h1>
        <CrisisSupport country="CA" locale={es} />
      </main>,
    );
    expect(await axe(container)).toHaveNoViolations();
  });
});
