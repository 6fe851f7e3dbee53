import { devWarning } from '../../internal/devWarning';
import { createSlugger } from '../../internal/slug';
import type { LocaleInput } from '../../locale/types';
import type { Reference } from './References.types';

/** One source as the reference list shows it. */
export interface ListedReference {
  reference: Reference;
  /** The key `<Cite id>` uses; made unique when two references share an id. */
  key: string;
  number: number;
  /** Where the reference is in the list given to `createCitations` (warnings name that position). */
  index: number;
  /** How many citation marks in the text point to it: back-links `#cite-{key}-1` … */
  citedTimes: number;
}

/** One mark inside a `<Cite>`. */
export type CitedMark = { known: true; key: string; number: number; occurrence: number; late: boolean } | { known: false; key: string };

export interface CreateCitationsOptions {
  /**
   * Fix the numbers in advance, by id: `order: ['who-2024', 'nice-2018']` makes
   * them 1 and 2 whatever renders first. Use it when parts of the page may
   * render out of order (see the README). Sources left out are numbered after,
   * in order of first citation.
   */
  order?: string[];
  /** The locale `<Cite>` and `<References>` use when they are given none. */
  locale?: LocaleInput;
}

/**
 * The numbering shared by a page's `<Cite>` marks and its `<References>` list.
 * Make one per page render, pass it to both, and render `<References>` after
 * the text. It is plain data and methods: no React context, so it works in
 * Server Components.
 */
export interface Citations {
  readonly references: readonly Reference[];
  readonly locale: LocaleInput | undefined;
  /** The number a source has now, if it has one. */
  numberOf(id: string): number | undefined;
  /**
   * Used by `<Cite>`: numbers the sources a mark cites, on its first render.
   * `mark` identifies the `<Cite>` (its `useId`), so rendering it again (Strict
   * Mode, a client re-render) returns the same numbers and occurrences.
   */
  cite(mark: string, ids: readonly string[]): CitedMark[];
  /**
   * Used by `<References>`: every source in number order. Sources no mark has
   * cited yet are numbered after the cited ones (and reported); later marks
   * still get those numbers.
   */
  list(): ListedReference[];
}

const COMPONENT = 'References';

/** Makes the numbering for one page: `const citations = createCitations(references)`. */
export function createCitations(references: readonly Reference[], options: CreateCitationsOptions = {}): Citations {
  if (process.env.NODE_ENV !== 'production' && !Array.isArray(references))
    devWarning(COMPONENT, 'references', 'createCitations expected an array of references.');
  // One pass, with the author's positions (warnings name those): an entry that is not an object has nothing to
  // show, so it is left out and reported; a repeated id is kept as "id-2" (and reported), never dropped.
  const list: Reference[] = [];
  const slugger = createSlugger();
  const byKey = new Map<string, Reference>();
  const keys: string[] = [];
  const indexByKey = new Map<string, number>();
  (Array.isArray(references) ? references : []).forEach((given: unknown, index) => {
    if (typeof given !== 'object' || given === null) {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `references[${index}]`, `expected a reference object, got ${String(given)}; it is left out.`);
      return;
    }
    const reference = given as Reference;
    list.push(reference);
    const id = typeof reference?.id === 'string' ? reference.id.trim() : '';
    const base = id === '' ? `reference-${index + 1}` : id;
    if (process.env.NODE_ENV !== 'production' && id === '')
      devWarning(COMPONENT, `references[${index}].id`, `is missing; it is listed as "${base}".`);
    const key = slugger.reserve(base);
    if (process.env.NODE_ENV !== 'production' && key !== base)
      devWarning(COMPONENT, `references[${index}].id`, `"${base}" is used twice; the second is listed as "${key}".`);
    byKey.set(key, reference);
    indexByKey.set(key, index);
    keys.push(key);
  });

  const numbers = new Map<string, number>();
  const citedTimes = new Map<string, number>();
  const marks = new Map<string, CitedMark[]>();
  let listed = false;
  const assign = (key: string) => {
    if (!numbers.has(key)) numbers.set(key, numbers.size + 1);
    return numbers.get(key)!;
  };

  for (const [index, id] of (options.order ?? []).entries()) {
    if (byKey.has(id)) assign(id);
    else if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, `order[${index}]`, `no reference has the id "${id}".`);
  }

  return {
    references: list,
    locale: options.locale,
    numberOf: (id) => numbers.get(id),
    cite(mark, ids) {
      const done = marks.get(mark);
      if (done) return done;
      const result = ids.map((id): CitedMark => {
        if (!byKey.has(id)) return { known: false, key: id };
        const occurrence = (citedTimes.get(id) ?? 0) + 1;
        citedTimes.set(id, occurrence);
        return { known: true, key: id, number: assign(id), occurrence, late: listed };
      });
      marks.set(mark, result);
      return result;
    },
    list() {
      // A source marked `uncited` is listed without a mark on purpose: no warning for it.
      const uncited = keys.filter((key) => !citedTimes.has(key) && byKey.get(key)!.uncited !== true);
      if (uncited.length > 0 && !listed) {
        if (process.env.NODE_ENV !== 'production')
          devWarning(
            COMPONENT,
            'citations',
            `${uncited.length} reference(s) not cited before <References> rendered (${uncited.join(', ')}); they are listed after the cited ones.`,
          );
      }
      listed = true;
      for (const key of keys) assign(key);
      return keys
        .map((key) => ({
          reference: byKey.get(key)!,
          key,
          number: numbers.get(key)!,
          citedTimes: citedTimes.get(key) ?? 0,
          index: indexByKey.get(key)!,
        }))
        .sort((a, b) => a.number - b.number);
    },
  };
}

/** The id of a source's entry in the list: `ref-{key}`. */
export const referenceAnchor = (key: string) => `ref-${key}`;

/** The id of the n-th citation mark of a source in the text: `cite-{key}-{n}`. */
export const citationAnchor = (key: string, occurrence: number) => `cite-${key}-${occurrence}`;

/** `#id` for an href, encoded so any id works as a fragment. */
export const fragment = (id: string) => `#${encodeURIComponent(id)}`;
