import type { Decorator, Preview } from '@storybook/react-vite';
import { darkTheme, lightTheme, ThemeScope } from '../src/tokens';

// Set by vitest.config.ts: the story tests run once per theme. Undefined in Storybook itself.
declare const __MEDPROSE_STORY_THEME__: 'light' | 'dark' | undefined;
const initialTheme = typeof __MEDPROSE_STORY_THEME__ === 'string' ? __MEDPROSE_STORY_THEME__ : 'light';

/** Wraps every story in the chosen theme and writing direction (toolbar). */
const withThemeAndDirection: Decorator = (Story, context) => {
  const theme = context.globals.theme === 'dark' ? darkTheme : lightTheme;
  const dir = context.globals.direction === 'rtl' ? 'rtl' : 'ltr';
  return (
    <ThemeScope theme={theme} dir={dir} style={{ padding: '1.5rem', minBlockSize: '100%' }}>
      <Story />
    </ThemeScope>
  );
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndDirection],
  globalTypes: {
    theme: {
      description: 'Colour theme',
      toolbar: { title: 'Theme', icon: 'mirror', items: ['light', 'dark'], dynamicTitle: true },
    },
    direction: {
      description: 'Writing direction',
      toolbar: { title: 'Direction', icon: 'transfer', items: ['ltr', 'rtl'], dynamicTitle: true },
    },
  },
  initialGlobals: { theme: initialTheme, direction: 'ltr' },
  parameters: {
    layout: 'fullscreen',
    controls: { expanded: true, matchers: { date: /(published|updated|date)$/i } },
    // Every story is checked by axe; a violation fails the story test.
    a11y: {
      test: 'error',
      options: {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      },
    },
    // The first entry is what http://localhost:6006/ opens (Storybook shows the index's first entry when the URL names
    // none): the sample article, as the README promises. Its own docs page follows it (names are sorted too).
    options: {
      storySort: {
        order: [
          'Pages',
          ['Article page', ['Ketamine for trauma', '*'], '*'],
          'Introduction',
          'Content',
          'Components',
          'Theming',
          'Structured data',
        ],
        includeNames: true,
      },
    },
  },
};

export default preview;
