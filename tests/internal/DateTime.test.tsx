import { act } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it } from 'vitest';
import { DateTime } from '../../src/internal/DateTime';

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
const containers: HTMLElement[] = [];
function container(html = '') {
  const element = document.createElement('div');
  element.innerHTML = html;
  document.body.append(element);
  containers.push(element);
  return element;
}
afterEach(async () => {
  for (const element of containers.splice(0)) element.remove();
  await nextTask(); // let the hydration lookup of the last test expire
});

describe('DateTime', () => {
  it('writes the date in the locale, with the locale it used, on the server', () => {
    const html = renderToString(<DateTime value="2026-03-04" locale="en-GB" component="Test" prop="date" />);
    expect(html).toBe('<time dateTime="2026-03-04" data-mp-locale="en-GB">4 March 2026</time>');
  });

  it("hydrates with the server's text without formatting the date again", async () => {
    // Text no Intl formatter would write: if the client formatted, hydration would report a mismatch.
    const root = container('<time dateTime="2026-03-04" data-mp-locale="en-GB">the server said so</time>');
    const errors: unknown[] = [];
    await act(async () => {
      hydrateRoot(root, <DateTime value="2026-03-04" locale="en-GB" component="Test" prop="date" />, {
        onRecoverableError: (error) => errors.push(error),
      });
    });
    expect(errors).toEqual([]);
    expect(root.textContent).toBe('the server said so');
  });

  it('formats with Intl when the locale changes after hydration', async () => {
    const root = container('<time dateTime="2026-03-04" data-mp-locale="en-GB">the server said so</time>');
    let app!: ReturnType<typeof hydrateRoot>;
    await act(async () => {
      app = hydrateRoot(root, <DateTime value="2026-03-04" locale="en-GB" component="Test" prop="date" />);
    });
    await nextTask();
    await act(async () => {
      app.render(<DateTime value="2026-03-04" locale="es" component="Test" prop="date" />);
    });
    expect(root.querySelector('time')).toHaveTextContent('4 de marzo de 2026');
    expect(root.querySelector('time')).toHaveAttribute('data-mp-locale', 'es');
  });

  it('does not take text written for another locale or date, or text that is not unique', async () => {
    container(
      '<time dateTime="2026-03-04" data-mp-locale="en-GB">for en-GB</time>' +
        '<time dateTime="2026-03-05" data-mp-locale="es">para es</time>' +
        '<time dateTime="2026-03-05" data-mp-locale="es">otro texto</time>',
    );
    const root = container();
    await act(async () => {
      createRoot(root).render(
        <>
          <DateTime value="2026-03-04" locale="es" component="Test" prop="a" />|
          <DateTime value="2026-03-05" locale="es" component="Test" prop="b" />
        </>,
      );
    });
    expect(root.textContent).toBe('4 de marzo de 2026|5 de marzo de 2026');
  });
});
