import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { darkTheme, defaultTokenValues, lightTheme, ThemeScope, themeToCss, themeToCssVariables, tokens } from '../src';

/** WCAG 2.x relative luminance and contrast ratio of two #rrggbb colours. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

const textPairs: [string, string, number][] = [
  ['color-text', 'color-background', 4.5],
  ['color-text', 'color-surface', 4.5],
  ['color-text-muted', 'color-background', 4.5],
  ['color-text-muted', 'color-surface', 4.5],
  ['color-link', 'color-background', 4.5],
  ['color-link-visited', 'color-background', 4.5],
  ['color-accent', 'color-background', 4.5],
  ['color-urgent', 'color-urgent-surface', 4.5],
  ['color-text', 'color-urgent-surface', 4.5],
  // Callout: heading bands, tinted surfaces and their borders.
  ['color-urgent-contrast', 'color-urgent', 4.5],
  // The emergency card's inverted body: its text, and the body against the page around it.
  ['color-emergency-text', 'color-emergency-surface', 4.5],
  ['color-emergency-surface', 'color-background', 3],
  ['color-info-contrast', 'color-info', 4.5],
  ['color-text', 'color-info-surface', 4.5],
  ['color-text-muted', 'color-info-surface', 4.5],
  ['color-warning', 'color-warning-surface', 4.5],
  ['color-text', 'color-warning-surface', 4.5],
  ['color-text-muted', 'color-warning-surface', 4.5],
  ['color-info', 'color-background', 3],
  ['color-warning', 'color-background', 3],
  ['color-urgent', 'color-background', 3],
  ['color-link', 'color-info-surface', 4.5],
  ['color-link', 'color-warning-surface', 4.5],
  ['color-link', 'color-urgent-surface', 4.5],
  ['color-link-visited', 'color-info-surface', 4.5],
  ['color-link-visited', 'color-warning-surface', 4.5],
  ['color-link-visited', 'color-urgent-surface', 4.5],
  ['color-focus', 'color-background', 3],
  ['color-border-strong', 'color-background', 3],
];

describe('themes', () => {
  for (const [name, theme] of [
    ['light', lightTheme],
    ['dark', darkTheme],
  ] as const) {
    it.each(textPairs)(`${name}: %s on %s meets %s:1`, (fg, bg, min) => {
      const value = (token: string) => (theme as Record<string, string>)[token] ?? (defaultTokenValues as Record<string, string>)[token]!;
      expect(contrast(value(fg), value(bg))).toBeGreaterThanOrEqual(min);
    });
  }

  it('every token reads a custom property with its default as fallback', () => {
    expect(tokens['color-text']).toBe('var(--mp-color-text, #1b1f24)');
    for (const [name, value] of Object.entries(defaultTokenValues)) {
      expect(tokens[name as keyof typeof tokens]).toBe(`var(--mp-${name}, ${value})`);
    }
  });

  it('turns a theme into custom properties, ignoring unknown names', () => {
    expect(themeToCssVariables({ 'color-text': '#000', ...({ bogus: 'x' } as object) })).toEqual({ '--mp-color-text': '#000' });
    expect(themeToCss({ 'color-text': '#000', 'space-1': '2px' })).toBe('--mp-color-text: #000;\n--mp-space-1: 2px;');
  });

  it('ThemeScope applies the theme to its subtree on the server and the client', () => {
    render(
      <ThemeScope theme={darkTheme} data-testid="scope">
        <p>Inside</p>
      </ThemeScope>,
    );
    const scope = screen.getByTestId('scope');
    expect(scope.style.getPropertyValue('--mp-color-background')).toBe(darkTheme['color-background']);
    expect(scope).toContainElement(screen.getByText('Inside'));
  });
});
