import { act, render, screen, within } from '@testing-library/react';
import { StrictMode, useState } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { Cite, createCitations, es, References, type Citations, type Reference } from '../src';
import { axe } from './axe';

/** Fictional sources, for tests only. 10.5555 is a DOI prefix reserved for examples. */
const sources: Reference[] = [
  {
    id: 'alpha',
    authors: ['Rivera M', 'Chen L'],
    title: 'An example trial of a medicine',
    journal: 'Journal of Examples',
    year: 2021,
    doi: '10.5555/example.1',
    pmid: '12345678',
  },
  {
    id: 'beta',
    authors: 'Example Health Agency',
    title: 'An example guideline',
    publisher: 'Example Health Agency',
    year: 2018,
    url: 'https://example.org/guideline',
    accessed: '2026-10-19',
  },
  { id: 'gamma', title: 'An example fact sheet', publisher: 'Example Organisation', url: 'https://example.org/facts' },
  { id: 'delta', title: 'A source nobody cites' },
];

/** Prose that cites the sources out of their list order: gamma, alpha, gamma again, then beta with alpha. */
function Article({ citations, withReferences = true }: { citations: Citations; withReferences?: boolean }) {
  return (
    <main>
      <h1>Article</h1>
      <p>
        First claim.
        <Cite citations={citations} id="gamma" />
      </p>
      <p>
        Second claim.
        <Cite citations={citations} id="alpha" />
      </p>
      <p>
        Third claim.
        <Cite citations={citations} id="gamma" />
      </p>
      <p>
        Fourth claim.
        <Cite citations={citations} id={['beta', 'alpha']} />
      </p>
      {withReferences ? <References citations={citations} /> : null}
    </main>
  );
}

const entries = () => [...document.querySelectorAll('[data-medprose-references] li')];
const quiet = () => vi.spyOn(console, 'warn').mockImplementation(() => {});

describe('References and Cite', () => {
  it('number sources in the order the text first cites them, and list them in that order', () => {
    quiet();
    render(<Article citations={createCitations(sources)} />);
    const marks = [...document.querySelectorAll('[data-medprose-cite]')].map((mark) => mark.textContent);
    expect(marks).toEqual(['[1]', '[2]', '[1]', '[2, 3]']);
    expect(entries().map((li) => li.id)).toEqual(['ref-gamma', 'ref-alpha', 'ref-beta', 'ref-delta']);
    expect(entries().map((li) => li.textContent?.split('.')[0])).toEqual(['1', '2', '3', '4']);
  });

  it('give each mark an accessible name that says what it is, and link it to its source', () => {
    quiet();
    render(<Article citations={createCitations(sources)} />);
    const [first] = screen.getAllByRole('link', { name: 'Reference 1' });
    expect(first).toHaveAttribute('href', '#ref-gamma');
    expect(first).toHaveAttribute('id', 'cite-gamma-1');
    expect(screen.getAllByRole('link', { name: /^Reference \d$/ }).map((a) => a.id)).toEqual([
      'cite-gamma-1',
      'cite-alpha-1',
      'cite-gamma-2',
      'cite-alpha-2',
      'cite-beta-1',
    ]);
  });

  it('link every source back to each place the text cites it, and every link resolves', () => {
    quiet();
    render(<Article citations={createCitations(sources)} />);
    const gamma = document.getElementById('ref-gamma')!;
    const back = within(gamma).getAllByRole('link', { name: /Back to citation/ });
    expect(back.map((a) => a.getAttribute('href'))).toEqual(['#cite-gamma-1', '#cite-gamma-2']);
    expect(back[1]).toHaveAccessibleName('Back to citation 2 of reference 1');
    expect(within(document.getElementById('ref-beta')!).getByRole('link', { name: 'Back to citation of reference 3' })).toHaveAttribute(
      'href',
      '#cite-beta-1',
    );
    for (const a of document.querySelectorAll('a[href^="#"]')) {
      expect(document.getElementById(decodeURIComponent(a.getAttribute('href')!.slice(1))), a.getAttribute('href')!).not.toBeNull();
    }
  });

  it('list sources the text never cites after the others, and warn', () => {
    const warn = quiet();
    render(<Article citations={createCitations(sources)} />);
    expect(document.getElementById('ref-delta')).toHaveTextContent('A source nobody cites');
    expect(within(document.getElementById('ref-delta')!).queryByRole('link')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*citations.*1 reference\(s\) not cited.*delta/));
  });

  it('list a source marked uncited after the others without a warning (the text leaves it uncited on purpose)', () => {
    const warn = quiet();
    // Its own id: warnings are given once per message, and the test above warned about "delta".
    const uncited = { id: 'further', title: 'Further reading on examples', uncited: true };
    render(<Article citations={createCitations([...sources.filter((source) => source.id !== 'delta'), uncited])} />);
    expect(document.getElementById('ref-further')).toHaveTextContent('4.Further reading on examples');
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/not cited/));
  });

  it('write each part of a source, linking DOI, PubMed and URL, with the accessed date as <time>', () => {
    quiet();
    render(<Article citations={createCitations(sources)} />);
    const alpha = document.getElementById('ref-alpha')!;
    expect(alpha).toHaveTextContent('Rivera M, Chen L. An example trial of a medicine. Journal of Examples. 2021.');
    expect(within(alpha).getByRole('link', { name: 'https://doi.org/10.5555/example.1' })).toHaveAttribute(
      'href',
      'https://doi.org/10.5555/example.1',
    );
    expect(within(alpha).getByRole('link', { name: 'PMID: 12345678' })).toHaveAttribute(
      'href',
      'https://pubmed.ncbi.nlm.nih.gov/12345678/',
    );
    const beta = document.getElementById('ref-beta')!;
    expect(within(beta).getByRole('link', { name: 'https://example.org/guideline' })).toHaveAttribute(
      'href',
      'https://example.org/guideline',
    );
    expect(beta).toHaveTextContent('Accessed October 19, 2026.');
    expect(beta.querySelector('time')).toHaveAttribute('dateTime', '2026-10-19');
  });

  it('show an unknown id as text, and warn, without breaking the numbering', () => {
    const warn = quiet();
    const citations = createCitations(sources);
    render(
      <p>
        Claim.
        <Cite citations={citations} id={['no-such-source', 'beta']} />
      </p>,
    );
    expect(screen.getByText(/no-such-source/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Reference 1' })).toHaveAttribute('href', '#ref-beta');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Cite.*`id`.*"no-such-source"/));
  });

  it('do not render unsafe or malformed links, and say which field is wrong', () => {
    const warn = quiet();
    const citations = createCitations([
      { id: 'bad', title: 'Bad links', url: 'javascript:alert(1)', doi: 'not-a-doi', pmid: 'PMC123' },
      { id: 'bad', title: 'Same id again' },
    ]);
    render(<References citations={citations} />);
    expect(screen.queryAllByRole('link')).toHaveLength(0);
    expect(screen.getByText(/javascript:alert\(1\)/)).toBeInTheDocument();
    expect(screen.getByText(/doi: not-a-doi/)).toBeInTheDocument();
    expect(document.getElementById('ref-bad-2')).toHaveTextContent('Same id again');
    for (const prop of ['url', 'doi', 'pmid']) {
      expect(warn).toHaveBeenCalledWith(expect.stringMatching(new RegExp(`References.*references\\[0\\]\\.${prop}`)));
    }
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*references\[1\]\.id.*used twice/));
  });

  it('leave out entries that are not references, and warn, without crashing', () => {
    const warn = quiet();
    const citations = createCitations([null, sources[0], 'a string'] as unknown as Reference[]);
    render(<References citations={citations} />);
    expect(entries().map((li) => li.id)).toEqual(['ref-alpha']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*references\[0\].*left out/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*references\[2\].*left out/));
  });

  it("name the author's own position in warnings about an entry after one that was left out", () => {
    const warn = quiet();
    const citations = createCitations([
      null,
      { title: 'A source with no id' },
      { id: 'bad-link', title: 'A source', url: 'javascript:alert(1)' },
    ] as unknown as Reference[]);
    render(<References citations={citations} />);
    expect(entries()).toHaveLength(2);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*`references\[1\]\.id`.*missing/));
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/References.*`references\[2\]\.url`/));
    expect(warn).not.toHaveBeenCalledWith(expect.stringMatching(/`references\[0\]\.id`/));
  });

  it('keep the same numbers and ids under Strict Mode double rendering', () => {
    quiet();
    render(
      <StrictMode>
        <Article citations={createCitations(sources)} />
      </StrictMode>,
    );
    expect(screen.getAllByRole('link', { name: /^Reference \d$/ }).map((a) => a.id)).toEqual([
      'cite-gamma-1',
      'cite-alpha-1',
      'cite-gamma-2',
      'cite-alpha-2',
      'cite-beta-1',
    ]);
    expect(within(document.getElementById('ref-gamma')!).getAllByRole('link', { name: /Back to citation/ })).toHaveLength(2);
  });

  it("keep a mark's number when it re-renders on the client", () => {
    quiet();
    const citations = createCitations(sources);
    function Toggle() {
      const [count, setCount] = useState(0);
      return (
        <p>
          <button type="button" onClick={() => setCount(count + 1)}>
            Re-render {count}
          </button>
          <Cite citations={citations} id="alpha" />
        </p>
      );
    }
    render(
      <>
        <p>
          <Cite citations={citations} id="gamma" />
        </p>
        <Toggle />
        <References citations={citations} />
      </>,
    );
    const before = screen.getByRole('link', { name: 'Reference 2' }).id;
    act(() => screen.getByRole('button').click());
    act(() => screen.getByRole('button').click());
    expect(screen.getByRole('link', { name: 'Reference 2' }).id).toBe(before);
    expect(within(document.getElementById('ref-alpha')!).getAllByRole('link', { name: /Back to citation/ })).toHaveLength(1);
  });

  it('follow a fixed order when one is given', () => {
    quiet();
    render(<Article citations={createCitations(sources, { order: ['beta', 'alpha'] })} />);
    expect(entries().map((li) => li.id)).toEqual(['ref-beta', 'ref-alpha', 'ref-gamma', 'ref-delta']);
    expect(screen.getAllByRole('link', { name: 'Reference 3' })[0]).toHaveAttribute('href', '#ref-gamma');
  });

  it('warn when a mark renders after the list, and still give it the number the list shows', () => {
    const warn = quiet();
    const citations = createCitations(sources);
    render(
      <>
        <References citations={citations} />
        <p>
          Late claim.
          <Cite citations={citations} id="beta" />
        </p>
      </>,
    );
    expect(screen.getByRole('link', { name: 'Reference 2' })).toHaveAttribute('href', '#ref-beta');
    expect(entries()[1]).toHaveAttribute('id', 'ref-beta');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Cite.*"beta" is cited after <References>/));
  });

  it('speak Spanish from the locale given to createCitations, dates and all', () => {
    quiet();
    render(<Article citations={createCitations(sources, { locale: es })} />);
    expect(screen.getByRole('heading', { name: 'Referencias' })).toBeInTheDocument();
    expect(screen.getAllByRole('link', { name: 'Referencia 1' })).toHaveLength(2);
    expect(screen.getByRole('link', { name: 'Volver a la cita 2 de la referencia 1' })).toBeInTheDocument();
    expect(document.getElementById('ref-beta')).toHaveTextContent('Consultado el 19 de octubre de 2026.');
  });

  it('number the same on the server and in the browser, so hydration matches', async () => {
    quiet();
    const html = renderToString(<Article citations={createCitations(sources)} />);
    expect(html).toContain('id="cite-gamma-2"');
    const container = document.createElement('div');
    container.innerHTML = html;
    document.body.appendChild(container);
    const error = vi.spyOn(console, 'error');
    const recoverable = vi.fn();
    (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
    const root = await act(async () =>
      hydrateRoot(container, <Article citations={createCitations(sources)} />, { onRecoverableError: recoverable }),
    );
    expect(recoverable).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
    act(() => root.unmount());
    container.remove();
  });

  it('render the ids as text, and warn, without a citations object', () => {
    const warn = quiet();
    // @ts-expect-error: called from JavaScript without createCitations
    const { container } = render(<Cite id="alpha" />);
    expect(container).toHaveTextContent('[alpha]');
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Cite.*citations.*missing/));
  });

  it('render nothing for a mark without an id, and warn', () => {
    const warn = quiet();
    const { container } = render(
      <p>
        Claim.
        {/* @ts-expect-error: called from JavaScript without an id */}
        <Cite citations={createCitations(sources)} />
      </p>,
    );
    expect(container).toHaveTextContent(/^Claim\.$/);
    expect(container.querySelector('[data-medprose-cite]')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<Cite> `id`: is missing; nothing is rendered/));
  });

  it('render no list, and warn, without a citations object', () => {
    const warn = quiet();
    // @ts-expect-error: called from JavaScript without createCitations
    const { container } = render(<References />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<References> `citations`: is missing/));
  });

  it('render no list, and warn, when there are no references', () => {
    const warn = quiet();
    const { container } = render(<References citations={createCitations([])} />);
    expect(container).toBeEmptyDOMElement();
    expect(screen.queryByRole('heading')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<References> `citations`: has no references; nothing is rendered/));
  });

  it('warn when createCitations is given something other than an array, and list nothing', () => {
    const warn = quiet();
    const citations = createCitations({ id: 'alpha', title: 'Not in a list' } as unknown as Reference[]);
    const { container } = render(<References citations={citations} />);
    expect(container).toBeEmptyDOMElement();
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<References> `references`: createCitations expected an array/));
  });

  it('list a source without an id as reference-N, citable by that key, and warn', () => {
    const warn = quiet();
    const citations = createCitations([{ title: 'A source with no id' } as Reference, sources[0]!]);
    render(
      <>
        <p>
          Claim.
          <Cite citations={citations} id="reference-1" />
        </p>
        <References citations={citations} />
      </>,
    );
    expect(entries().map((li) => li.id)).toEqual(['ref-reference-1', 'ref-alpha']);
    expect(document.getElementById('ref-reference-1')).toHaveTextContent('A source with no id');
    expect(screen.getByRole('link', { name: 'Reference 1' })).toHaveAttribute('href', '#ref-reference-1');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/<References> `references\[0\]\.id`: is missing; it is listed as "reference-1"/),
    );
  });

  it('ignore an unknown id in the fixed order, and warn, keeping the rest of the order', () => {
    const warn = quiet();
    render(<Article citations={createCitations(sources, { order: ['no-such-source', 'beta'] })} />);
    expect(entries().map((li) => li.id)).toEqual(['ref-beta', 'ref-gamma', 'ref-alpha', 'ref-delta']);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/<References> `order\[0\]`: no reference has the id "no-such-source"/));
  });

  it('show the other details of a source without a title, and warn', () => {
    const warn = quiet();
    const citations = createCitations([{ id: 'untitled', authors: 'Rivera M', publisher: 'Example Press', year: 2020 } as Reference]);
    render(<References citations={citations} />);
    expect(document.getElementById('ref-untitled')).toHaveTextContent('Rivera M. Example Press. 2020.');
    expect(warn).toHaveBeenCalledWith(
      expect.stringMatching(/<References> `references\[0\]\.title`: is missing; the entry shows the other details/),
    );
  });

  it('have no axe violations', async () => {
    quiet();
    const { container } = render(<Article citations={createCitations(sources)} />);
    expect(await axe(container)).toHaveNoViolations();
  });
});
