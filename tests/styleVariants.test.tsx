// Variants chosen by selector instead of an interpolated function (decision 0024):
// each variant still gets its own style.
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ArticleSection, MedicalDisclaimer, tokens } from '../src';

const declared = (element: Element, property: string) => getComputedStyle(element).getPropertyValue(property);

describe('style variants by selector', () => {
  it('a subsection heading (h3) is smaller than a section heading (h2)', () => {
    const { container } = render(
      <>
        <ArticleSection heading="Section">
          <p>Body</p>
        </ArticleSection>
        <ArticleSection heading="Subsection" level={3}>
          <p>Body</p>
        </ArticleSection>
      </>,
    );
    expect(declared(container.querySelector('h2')!, 'font-size')).toBe(tokens['font-size-2xl']);
    expect(declared(container.querySelector('h3')!, 'font-size')).toBe(tokens['font-size-xl']);
  });

  it('the urgent disclaimer has the urgent border colour, the general one the plain border', () => {
    const { container } = render(
      <>
        <MedicalDisclaimer variant="urgent" />
        <MedicalDisclaimer />
      </>,
    );
    const [urgent, general] = container.querySelectorAll('[role="note"]');
    // jsdom does not resolve `border-color: var(…)`, so find the rule that sets it and ask which box it matches.
    const rules = [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]) as CSSStyleRule[];
    const urgentRules = rules.filter((rule) => rule.style?.cssText.includes('color-urgent') && /border/.test(rule.style.cssText));
    expect(urgentRules.length).toBeGreaterThan(0);
    expect(urgentRules.some((rule) => urgent!.matches(rule.selectorText))).toBe(true);
    expect(urgentRules.some((rule) => general!.matches(rule.selectorText))).toBe(false);
  });
});
