import type { HTMLAttributes, ReactNode } from 'react';
import { themeToCssVariables, type MedproseTheme } from './themes';
import { tokens } from './tokens';

export interface ThemeScopeProps extends HTMLAttributes<HTMLDivElement> {
  /** Tokens to apply to everything inside, for example `darkTheme`. */
  theme: MedproseTheme;
  children?: ReactNode;
}

/**
 * Applies a theme to its subtree by setting CSS custom properties on a `div`.
 * Server-safe: no context, no effects. Also sets the text and background colour
 * so the scope itself matches the theme.
 */
export function ThemeScope({ theme, style, children, ...rest }: ThemeScopeProps) {
  return (
    <div
      {...rest}
      style={{
        ...themeToCssVariables(theme),
        color: tokens['color-text'],
        backgroundColor: tokens['color-background'],
        ...style,
      }}
    >
      {children}
    </div>
  );
}
