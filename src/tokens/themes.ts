import type { CSSProperties } from 'react';
import { cssVarName, defaultTokenValues, type TokenName } from './tokens';

/** A theme sets any subset of tokens; what it leaves out keeps its default. */
export type MedproseTheme = Partial<Record<TokenName, string>>;

/** The default look, spelled out (components already fall back to it). */
export const lightTheme: MedproseTheme = { ...defaultTokenValues };

/** A dark theme; every text/background pair meets WCAG AA contrast. */
export const darkTheme: MedproseTheme = {
  'color-text': '#e9edf2',
  'color-text-muted': '#b5bfcb',
  'color-background': '#12161b',
  'color-surface': '#1c232b',
  'color-border': '#3b4652',
  'color-border-strong': '#8794a3',
  'color-link': '#8cc2ff',
  'color-link-visited': '#c8a8f0',
  'color-accent': '#5cc8c0',
  'color-accent-contrast': '#0b1215',
  'color-focus': '#ffbf47',
  'color-focus-contrast': '#12161b',
  'color-urgent': '#ff9a8f',
  'color-urgent-surface': '#2b1714',
  'color-urgent-contrast': '#12161b',
  // Inverted on a dark page too: a near-black body would barely differ from the page.
  'color-emergency-surface': '#f1f4f7',
  'color-emergency-text': '#12161b',
  'color-info': '#8cc2ff',
  'color-info-surface': '#15222f',
  'color-info-contrast': '#0b1215',
  'color-warning': '#f5c66b',
  'color-warning-surface': '#2a2211',
  'color-placeholder-from': '#1d2b31',
  'color-placeholder-to': '#232636',
  'color-placeholder-ink': '#7f939d',
};

/**
 * Turns a theme into CSS custom properties for a `style` prop, so a theme can
 * be applied to any element, on the server, with no provider or context.
 */
export function themeToCssVariables(theme: MedproseTheme): CSSProperties {
  const style: Record<string, string> = {};
  for (const [name, value] of Object.entries(theme)) {
    if (value !== undefined && name in defaultTokenValues) {
      style[cssVarName(name as TokenName)] = value;
    }
  }
  return style as CSSProperties;
}

/** The same theme as a CSS declaration block, for a stylesheet: `.dark { ... }`. */
export function themeToCss(theme: MedproseTheme): string {
  return Object.entries(themeToCssVariables(theme))
    .map(([name, value]) => `${name}: ${String(value)};`)
    .join('\n');
}
