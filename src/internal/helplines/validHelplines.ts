import { devWarning } from '../devWarning';
import type { Helpline } from '../../helplines/types';

/** Keeps helplines with a label; warns (never silently) about the rest. */
export function validHelplines(value: unknown, component: string, prop: string): Helpline[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) {
    devWarning(component, prop, 'should be an array of helplines; none are shown.');
    return [];
  }
  return value.filter((line: Helpline | null | undefined, index): line is Helpline => {
    const ok = typeof line?.label === 'string' && line.label.trim() !== '';
    if (!ok) devWarning(component, `${prop}[${index}].label`, 'is missing; this helpline is not shown.');
    return ok;
  });
}
