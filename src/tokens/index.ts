export { tokens, cssVarName, defaultTokenValues, TOKEN_PREFIX, type TokenName } from './tokens';
export { lightTheme, darkTheme, themeToCssVariables, themeToCss, type MedproseTheme } from './themes';
export { ThemeScope, type ThemeScopeProps } from './ThemeScope';
