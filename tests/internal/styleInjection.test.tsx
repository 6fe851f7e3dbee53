import { render } from '@testing-library/react';
import { styled } from 'styled-components';
import { expect, it } from 'vitest';

const Box = styled.div.withConfig({ componentId: 'mp-Test-Box' })`
  color: rgb(1, 2, 3);
`;

// The unit project sets SC_DISABLE_SPEEDY=false (vitest.config.ts): without it every rule is a text
// node that makes jsdom reparse the whole sheet, and a full article page takes seconds to render.
it('styles reach jsdom through CSSOM insertRule, not a text node per rule', () => {
  const { container } = render(<Box>x</Box>);
  const style = document.querySelector('style[data-styled]') as HTMLStyleElement;
  expect(style.textContent).toBe('');
  expect([...style.sheet!.cssRules].some((rule) => rule.cssText.includes('rgb(1, 2, 3)'))).toBe(true);
  expect(getComputedStyle(container.firstElementChild!).color).toBe('rgb(1, 2, 3)');
});
