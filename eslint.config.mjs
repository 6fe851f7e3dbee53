// Lint for medprose (decision 0039): the language's own checks from typescript-eslint,
// the rules of hooks, and jsx-a11y, because accessibility is the product. Formatting is
// Prettier's job (`npm run format`), so no stylistic rule lives here.
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      'storybook-static/**',
      'coverage/**',
      'bench/.out/**',
      '.pack/**',
      'examples/*/build/**',
      'examples/*/.next/**',
      'examples/*/.astro/**',
      'examples/*/.react-router/**',
      'examples/astro/**/*.astro',
      'temp/**',
      '.scratch/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_`-prefixed names are deliberately unused (a destructured prop kept out of `...rest`).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      // A `catch {}` that ignores "the process is already gone" is deliberate; other empty blocks are not.
      'no-empty': ['error', { allowEmptyCatch: true }],
    },
  },
  {
    files: ['**/*.{ts,tsx,mts,cts,mjs,js,jsx}'],
    ...jsxA11y.flatConfigs.strict,
  },
  {
    files: ['**/*.{ts,tsx,jsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // tests/browser's `useBrowser()` registers vitest's beforeAll/afterAll, not a React hook.
    files: ['tests/browser/**'],
    rules: { 'react-hooks/rules-of-hooks': 'off' },
  },
  {
    // Tests and stories render components on purpose with bad input, and stub freely.
    files: ['tests/**', 'stories/**', 'bench/**'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
