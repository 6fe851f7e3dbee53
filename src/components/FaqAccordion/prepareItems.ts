import type { ReactNode } from 'react';
import { devWarning } from '../../internal/devWarning';
import { renderableContent } from '../../internal/renderable';
import { createSlugger, idToken } from '../../internal/slug';
import type { FaqItem } from './FaqAccordion.types';

const COMPONENT = 'FaqAccordion';

export interface PreparedItem {
  id: string;
  question: string;
  answer: ReactNode;
}

/**
 * Gives every item a unique id (given ids first, then slugs of the questions)
 * and reports, without dropping, items with a missing question or answer.
 */
export function prepareItems(items: unknown, untitledQuestion: string): PreparedItem[] {
  if (!Array.isArray(items) || items.length === 0) return [];
  const list = items as Partial<FaqItem>[];
  const slugger = createSlugger();
  const givenIds = list.map((item) => (typeof item?.id === 'string' && idToken(item.id) !== '' ? slugger.reserve(item.id) : null));
  return list.map((item, index) => {
    const question = typeof item?.question === 'string' ? item.question.trim() : '';
    if (question === '') {
      if (process.env.NODE_ENV !== 'production')
        devWarning(COMPONENT, `items[${index}].question`, `is missing; the answer is shown under "${untitledQuestion}".`);
    }
    const answer = renderableContent(item?.answer, COMPONENT, `items[${index}].answer`);
    if (answer === undefined || answer === null || answer === '') {
      if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, `items[${index}].answer`, 'is missing.');
    }
    return {
      id: givenIds[index] ?? slugger.slug(question, 'question'),
      question: question === '' ? untitledQuestion : question,
      answer,
    };
  });
}

/** The ids open at first: `defaultOpen` ids that exist, one at most for `single`. */
export function initialOpenIds(defaultOpen: string | string[] | undefined, items: PreparedItem[], single: boolean): string[] {
  if (defaultOpen === undefined) return [];
  const wanted = Array.isArray(defaultOpen) ? defaultOpen : [defaultOpen];
  const known = new Set(items.map((item) => item.id));
  const open = wanted.filter((id) => {
    if (process.env.NODE_ENV !== 'production' && !known.has(id)) devWarning(COMPONENT, 'defaultOpen', `no item has the id "${id}".`);
    return known.has(id);
  });
  return single ? open.slice(0, 1) : open;
}
