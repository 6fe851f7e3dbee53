import { devWarning } from '../../internal/devWarning';
import type { TocItem } from './TableOfContents.types';

const COMPONENT = 'TableOfContents';

export interface TocNode {
  /** `null` when the item had no usable id: its label is shown without a link. */
  id: string | null;
  label: string;
  children: TocNode[];
}

function cleanId(id: unknown): string | null {
  if (typeof id !== 'string') return null;
  const trimmed = id.trim().replace(/^#/, '');
  return trimmed === '' ? null : trimmed;
}

/**
 * Turns the flat list into sections with their subsections. Bad items are
 * reported and kept where possible: a subsection with no section before it is
 * listed as a section, an item without an id is shown without a link.
 */
export function tocTree(items: unknown): TocNode[] {
  if (!Array.isArray(items)) return [];
  const roots: TocNode[] = [];
  const seen = new Set<string>();
  (items as Partial<TocItem>[]).forEach((item, index) => {
    const label = typeof item?.label === 'string' ? item.label.trim() : '';
    if (label === '') {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].label`, 'is missing; a link needs text, so this item is not shown.');
      return;
    }
    const id = cleanId(item.id);
    if (id === null) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].id`, `is missing; "${label}" is shown without a link.`);
    } else if (seen.has(id)) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].id`, `"${id}" is used twice; both link to the first element with that id.`);
    }
    if (id !== null) seen.add(id);

    const level = item.level ?? 2;
    if (level !== 2 && level !== 3) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].level`, `expected 2 or 3, got ${String(level)}; using ${Number(level) > 3 ? 3 : 2}.`);
    }
    const node: TocNode = { id, label, children: [] };
    const parent = roots[roots.length - 1];
    if (Number(level) >= 3) {
      if (parent) {
        parent.children.push(node);
        return;
      }
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].level`, 'is a subsection with no section before it; it is listed as a section.');
    }
    roots.push(node);
  });
  return roots;
}
