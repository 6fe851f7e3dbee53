// @vitest-environment jsdom
import { render } from '@testing-library/react';
import fs from 'node:fs';
import { renderToString } from 'react-dom/server';
import { styled } from 'styled-components';
import { afterEach, describe, expect, it } from 'vitest';
import { ArticleHero, Callout } from '../../src';
import { pageHasStylesheet, resetPageStylesheet } from '../../src/internal/stylesheet/pageStylesheet';
import { STYLESHEET_PROPERTY, STYLESHEET_VERSION } from '../../src/internal/stylesheet/version';

/** Every rule styled-components has inserted into the document, as text. */
const injectedCss = () =>
  [...document.querySelectorAll('style[data-styled]')]
    .flatMap((style) => {
      const sheet = (style as HTMLStyleElement).sheet;
      return sheet && sheet.cssRules.length > 0 ? [...sheet.cssRules].map((rule) => rule.cssText) : [style.textContent ?? ''];
    })
    .join('\n');

/** The generated (hashed) class of a medprose part on the element. */
const generatedClass = (element: Element) =>
  [...element.classList].find((name) => !name.startsWith('mp-') && !name.startsWith('publisher-'))!;

/** A stylesheet declaring `--mp-stylesheet` at the root, as styles.css's first rule does (or none). */
function declareStylesheet(version: string | null) {
  document.getElementById('styles-css')?.remove();
  if (version !== null) {
    const style = document.createElement('style');
    style.id = 'styles-css';
    style.textContent = `:where(:root){${STYLESHEET_PROPERTY}:${JSON.stringify(version)};--mp-color-text:#1b1f24}.mp-x{color:red}`;
    document.head.append(style);
  }
  resetPageStylesheet();
}

afterEach(() => declareStylesheet(null));

describe('StylesheetScope: medprose/styles.css on the page means no rules injected again', () => {
  it("declares the package's version", () => {
    const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
    expect(STYLESHEET_VERSION).toBe(pkg.version);
  });

  it('reads the page: this release of the stylesheet, another release, none', () => {
    expect(pageHasStylesheet()).toBe(false);
    declareStylesheet('0.0.0-another');
    expect(pageHasStylesheet()).toBe(false);
    declareStylesheet(STYLESHEET_VERSION);
    expect(pageHasStylesheet()).toBe(true);
  });

  it('with the stylesheet, the components inject none of their rules; a publisher override is injected as usual', () => {
    declareStylesheet(STYLESHEET_VERSION);
    const Branded = styled(Callout).withConfig({ componentId: 'publisher-Branded' })`
      outline: 7px solid rgb(1, 2, 3);
    `;
    const { container } = render(
      <>
        <ArticleHero title="With the stylesheet" />
        <Branded heading="Note">Text</Branded>
      </>,
    );
    const title = container.querySelector('h1')!;
    const css = injectedCss();
    expect(css).not.toContain(`.${generatedClass(title)}`);
    expect(css).toMatch(/outline:\s*7px solid rgb\(1, 2, 3\)/);
  });

  it('without it, or with another release of it, the components inject their rules as before', () => {
    for (const version of [null, '0.0.0-another']) {
      declareStylesheet(version);
      const { container, unmount } = render(<ArticleHero title={`Stylesheet ${version}`} />);
      expect(injectedCss()).toContain(`.${generatedClass(container.querySelector('h1')!)}`);
      unmount();
    }
  });

  it('on a server the HTML is the same with or without the scope: it renders no element', () => {
    // The node side of withStylesheetScope is exercised by every server-rendering test; here, the browser side
    // renders the same markup as the server's.
    const html = renderToString(<ArticleHero title="Same markup" summary="Either way." />);
    declareStylesheet(STYLESHEET_VERSION);
    const { container } = render(<ArticleHero title="Same markup" summary="Either way." />);
    expect(container.innerHTML).toBe(html);
  });
});
