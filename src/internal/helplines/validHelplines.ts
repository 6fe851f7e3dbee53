import { devWarning } from '../devWarning';
import type { Helpline } from '../../helplines/types';
import { dialable } from './dialable';

/**
 * Keeps helplines with a label; warns (never silently) about the rest, and
 * about numbers with no digits (the list shows those as text).
 */
export function validHelplines(value: unknown, component: string, prop: string): Helpline[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    if (process.env.NODE_ENV !== 'production') devWarning(component, prop, 'should be an array of helplines; none are shown.');
    return [];
  }
  return value.filter((line: Helpline | null | undefined, index): line is Helpline => {
    const ok = typeof line?.label === 'string' && line.label.trim() !== '';
    if (!ok) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(component, `${prop}[${index}].label`, 'is missing; this helpline is not shown.');
      return false;
    }
    // The guard comes first, so production bundles drop the loop with the warning.
    if (process.env.NODE_ENV !== 'production') {
      for (const key of ['tel', 'sms'] as const) {
        if (line[key] !== undefined && dialable(line[key]) === null) {
          devWarning(component, `${prop}[${index}].${key}`, `"${String(line[key])}" has no digits; it is shown as text.`);
        }
      }
    }
    return true;
  });
}
