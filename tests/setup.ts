import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, expect } from 'vitest';
import * as axeMatchers from 'vitest-axe/matchers';
import { resetDevWarnings } from '../src/internal/devWarning';

expect.extend(axeMatchers);

declare module 'vitest' {
  interface Assertion<T = any> {
    toHaveNoViolations(): T;
  }
  interface AsymmetricMatchersContaining {
    toHaveNoViolations(): unknown;
  }
}

// Testing Library registers its cleanup only with globals on.
afterEach(() => {
  cleanup();
  resetDevWarnings();
  // Server-rendering tests run in the node environment, with no window.
  if (typeof window !== 'undefined') window.location.hash = '';
});
