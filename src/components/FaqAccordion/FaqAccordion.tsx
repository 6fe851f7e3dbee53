'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { useCallback, useId, useMemo, useRef, useState } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag, subheadingTag } from '../../internal/headingLevel';
import {
  Answer,
  Chevron,
  FaqHeaderRow,
  FaqHeading,
  FaqItemRoot,
  FaqList,
  FaqRoot,
  Panel,
  QuestionHeading,
  ShowAllButton,
  Trigger,
} from './FaqAccordion.styles';
import { defaultFaqAccordionLabels } from './FaqAccordion.labels';
import type { FaqAccordionProps } from './FaqAccordion.types';
import { localeLabels } from '../../locale/resolve';
import { ITEM_ATTRIBUTE, PANEL_ATTRIBUTE, useHashTarget, useHiddenUntilFound } from './hiddenUntilFound';
import { initialOpenIds, prepareItems } from './prepareItems';

const COMPONENT = 'FaqAccordion' as const;

/*
 * Trigger and panel ids are derived from the item id rather than left to Radix:
 * Radix omits aria-controls on a closed trigger (it expects closed content to be
 * unmounted), and the Show all control needs to name every panel.
 */
const questionId = (id: string) => `${id}-question`;
const answerId = (id: string) => `${id}-answer`;

function ChevronIcon() {
  return (
    <Chevron viewBox="0 0 20 20" aria-hidden="true" focusable="false" data-faq-control="">
      <path d="M4.5 7.5 10 13l5.5-5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
    </Chevron>
  );
}

/**
 * Questions and answers on Radix Accordion. Every answer is in the server HTML;
 * after hydration closed answers are `hidden="until-found"`, a `#hash` opens
 * the item it names, and "Show all / Hide all" toggles every answer.
 */
export function FaqAccordion({
  items,
  heading,
  headingLevel = 2,
  type = 'multiple',
  defaultOpen,
  expandOnPrint = true,
  showAllControl = true,
  locale,
  labels: labelOverrides,
  onOpenChange,
  ...rest
}: FaqAccordionProps) {
  const headingId = useId();
  const rootRef = useRef<HTMLElement>(null);
  const single = type === 'single';
  const labels = localeLabels(locale, COMPONENT, defaultFaqAccordionLabels, labelOverrides);
  const prepared = useMemo(() => prepareItems(items, labels.untitledQuestion), [items, labels.untitledQuestion]);
  const [openIds, setOpenIdsState] = useState<string[]>(() => initialOpenIds(defaultOpen, prepared, single));

  const setOpenIds = useCallback(
    (next: string[]) => {
      setOpenIdsState(next);
      onOpenChange?.(next);
    },
    [onOpenChange],
  );
  const openItem = useCallback(
    (id: string) => {
      setOpenIdsState((current) => {
        if (current.includes(id)) return current;
        const next = single ? [id] : [...current, id];
        onOpenChange?.(next);
        return next;
      });
    },
    [single, onOpenChange],
  );

  useHiddenUntilFound(rootRef, openIds, openItem);
  useHashTarget(rootRef, openItem);

  if (prepared.length === 0) {
    devWarning(COMPONENT, 'items', 'is empty; nothing is rendered.');
    return null;
  }
  if (type !== 'single' && type !== 'multiple') {
    devWarning(COMPONENT, 'type', `expected "single" or "multiple", got "${String(type)}"; using "multiple".`);
  }

  const shownHeading = heading === undefined ? labels.heading : heading;
  const hasHeading = shownHeading !== null && shownHeading !== '' && shownHeading !== false;
  const sectionTag = headingTag(headingLevel, 2, COMPONENT);
  // Without a section heading, the questions take its place in the outline.
  const questionTag = hasHeading ? subheadingTag(sectionTag) : sectionTag;
  const allOpen = openIds.length === prepared.length;
  const showToggleAll = showAllControl && !single && prepared.length > 1;

  const list = single ? (
    <FaqList type="single" collapsible value={openIds[0] ?? ''} onValueChange={(value: string) => setOpenIds(value ? [value] : [])}>
      {renderItems()}
    </FaqList>
  ) : (
    <FaqList type="multiple" value={openIds} onValueChange={setOpenIds}>
      {renderItems()}
    </FaqList>
  );

  function renderItems() {
    return prepared.map((item) => {
      const isOpen = openIds.includes(item.id);
      return (
        <FaqItemRoot key={item.id} value={item.id} id={item.id} {...{ [ITEM_ATTRIBUTE]: item.id }}>
          <Accordion.Header asChild>
            <QuestionHeading as={questionTag}>
              <Trigger id={questionId(item.id)} aria-controls={answerId(item.id)}>
                <span>{item.question}</span>
                <ChevronIcon />
              </Trigger>
            </QuestionHeading>
          </Accordion.Header>
          {/* forceMount keeps every answer in the HTML; forceMount drops `hidden`, so it is set here. */}
          <Panel
            forceMount
            hidden={!isOpen}
            id={answerId(item.id)}
            aria-labelledby={questionId(item.id)}
            {...{ [PANEL_ATTRIBUTE]: item.id }}
          >
            <Answer>{typeof item.answer === 'string' ? <p>{item.answer}</p> : item.answer}</Answer>
          </Panel>
        </FaqItemRoot>
      );
    });
  }

  return (
    <FaqRoot
      ref={rootRef}
      aria-labelledby={hasHeading ? headingId : undefined}
      data-expand-on-print={expandOnPrint ? '' : undefined}
      {...rest}
    >
      {hasHeading || showToggleAll ? (
        <FaqHeaderRow>
          {hasHeading ? (
            <FaqHeading as={sectionTag} id={headingId}>
              {shownHeading}
            </FaqHeading>
          ) : null}
          {showToggleAll ? (
            <ShowAllButton
              type="button"
              data-faq-control=""
              aria-expanded={allOpen}
              aria-controls={prepared.map((item) => answerId(item.id)).join(' ')}
              onClick={() => setOpenIds(allOpen ? [] : prepared.map((item) => item.id))}
            >
              {allOpen ? labels.hideAll : labels.showAll}
            </ShowAllButton>
          ) : null}
        </FaqHeaderRow>
      ) : null}
      {list}
    </FaqRoot>
  );
}
