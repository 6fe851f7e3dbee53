/**
 * Design tokens: the one home of every colour, size and spacing value.
 *
 * Each token is a CSS custom property with the light value as fallback, so
 * every component renders correctly with no ThemeProvider and no global CSS.
 * Themes override the properties on any ancestor (see `themes.ts`).
 */

/** Default (light) values, keyed by token name. */
export const defaultTokenValues = {
  'color-text': '#1b1f24',
  'color-text-muted': '#4a5361',
  'color-background': '#ffffff',
  'color-surface': '#f4f6f8',
  'color-border': '#c9d0d8',
  'color-border-strong': '#6b7684',
  'color-link': '#0b57a4',
  'color-link-visited': '#6b3fa0',
  'color-accent': '#0f6e6e',
  'color-accent-contrast': '#ffffff',
  'color-focus': '#1a5fd0',
  'color-focus-contrast': '#ffffff',
  'color-urgent': '#a4221a',
  'color-urgent-surface': '#fdf1ef',
  'color-urgent-contrast': '#ffffff',
  // The emergency care card's body (black on a light page, light on a dark one) and its text.
  'color-emergency-surface': '#0b0c0c',
  'color-emergency-text': '#ffffff',
  'color-info': '#005eb8',
  'color-info-surface': '#eef5fc',
  'color-info-contrast': '#ffffff',
  'color-warning': '#7a4b00',
  'color-warning-surface': '#fff4dc',
  'color-placeholder-from': '#e3eef0',
  'color-placeholder-to': '#eef0f6',
  'color-placeholder-ink': '#7c8f99',
  'font-body': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  'font-heading': 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue", Arial, sans-serif',
  'font-size-sm': '0.875rem',
  'font-size-md': '1.0625rem',
  'font-size-lg': '1.25rem',
  'font-size-xl': 'clamp(1.375rem, 1.2rem + 0.8vw, 1.625rem)',
  'font-size-2xl': 'clamp(1.625rem, 1.35rem + 1.2vw, 2.125rem)',
  'font-size-display': 'clamp(2rem, 1.55rem + 2.2vw, 3rem)',
  'line-height-body': '1.65',
  'line-height-heading': '1.2',
  measure: '68ch',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-5': '1.5rem',
  'space-6': '2rem',
  'space-7': '3rem',
  'radius-sm': '4px',
  'radius-md': '8px',
  'radius-lg': '14px',
  'focus-width': '3px',
  'duration-fast': '160ms',
} as const;

export type TokenName = keyof typeof defaultTokenValues;

/** Prefix of every custom property medprose reads: `--mp-color-text`, ... */
export const TOKEN_PREFIX = '--mp-';

/** The custom property name of a token: `cssVarName('color-text')` is `--mp-color-text`. */
export function cssVarName(name: TokenName): `--mp-${TokenName}` {
  return `${TOKEN_PREFIX}${name}` as `--mp-${TokenName}`;
}

/** A `var()` reference with the default as fallback, for use in styles. */
function tokenRef(name: TokenName): string {
  return `var(${cssVarName(name)}, ${defaultTokenValues[name]})`;
}

/**
 * `tokens['color-text']` is `var(--mp-color-text, #1b1f24)`.
 * Use these in styled-components templates; never write a raw value in a component.
 */
export const tokens = Object.fromEntries((Object.keys(defaultTokenValues) as TokenName[]).map((name) => [name, tokenRef(name)])) as {
  readonly [K in TokenName]: string;
};
