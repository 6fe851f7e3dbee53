'use client';

import * as Accordion from '@radix-ui/react-accordion';
import { useCallback, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag, subheadingTag } from '../../internal/headingLevel';
import { FaqHeaderRow, FaqHeading, FaqList, FaqRoot, ShowAllButton } from './FaqAccordion.styles';
import { defaultFaqAccordionLabels } from './FaqAccordion.labels';
import type { FaqAccordionProps } from './FaqAccordion.types';
import { localeLabels } from '../../locale/resolve';
import { ITEM_ATTRIBUTE, PANEL_ATTRIBUTE, useHashTarget, useHiddenUntilFound } from './hiddenUntilFound';
import { initialOpenIds, prepareItems } from './prepareItems';
import { useRememberOpen } from './rememberOpen';

/**
 * What the public `FaqAccordion` decides before the view renders: the heading's id (from `useId`, or the server's
 * when an island hydrates), and, when `hydrateIslands` hydrates a server-rendered FAQ, its heading's and answers'
 * HTML as the page already shows them (island.tsx).
 */
export interface FaqAccordionViewProps extends Omit<FaqAccordionProps, 'island'> {
  headingId: string;
  fromPage?: { headingHtml?: string; answers: Record<string, string> };
}

const COMPONENT = 'FaqAccordion' as const;

/** Up to this many items, each answer panel is a `region` landmark (the APG's advice; more would flood the landmark list). */
const MAX_REGION_PANELS = 6;

/*
 * Trigger and panel ids are derived from the item id rather than left to Radix:
 * Radix omits aria-controls on a closed trigger (it expects closed content to be
 * unmounted), and the Show all control needs to name every panel.
 */
const questionId = (id: string) => `${id}-question`;

/**
 * Questions longer than this many characters (about three lines at 390 px in the large size) are set smaller and
 * lighter, so a long question does not run to five or six bold lines on a phone.
 */
const LONG_QUESTION = 70;
const answerId = (id: string) => `${id}-answer`;

const noSubscription = () => () => {};
/**
 * False on the server and during hydration, true once hydrated (and on a plain
 * client render). React renders the server's value while hydrating, so the
 * markup matches, then renders again with `true`.
 */
function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

/* Static, so every item shares one element description instead of building its own. Its width and height
   attributes give it a size without CSS (a stylesheet that failed to load, a reader mode). */
const chevron = (
  <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false" data-faq-control="" data-faq-chevron="">
    <path d="M4.5 7.5 10 13l5.5-5.5" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
  </svg>
);

/**
 * A question's box: before hydration a plain span (the heading is then just a
 * heading), after it Radix's trigger with the same id, attribute and children.
 * It reads the hydration flag itself, so the render that swaps them touches
 * only these boxes, not the items or their answers.
 */
function Question({ id, text }: { id: string; text: string }) {
  const hydrated = useHydrated();
  const content = (
    <>
      <span>{text}</span>
      {chevron}
    </>
  );
  return hydrated ? (
    <Accordion.Trigger id={questionId(id)} aria-controls={answerId(id)} data-faq-trigger="">
      {content}
    </Accordion.Trigger>
  ) : (
    <span id={questionId(id)} data-faq-trigger="">
      {content}
    </span>
  );
}

/**
 * "Show all / Hide all": hidden until the FAQ has hydrated, since before that it
 * could do nothing (and without CSS it would show as a dead button). Its box is
 * kept while hidden (FaqAccordion.styles.ts), so nothing moves when it appears.
 * Its own component, like `Question`, so appearing re-renders only the button.
 */
function ShowAll({
  allOpen,
  panelIds,
  labels,
  onToggle,
}: {
  allOpen: boolean;
  panelIds: string;
  labels: { showAll: string; hideAll: string };
  onToggle: () => void;
}) {
  const hydrated = useHydrated();
  return (
    <ShowAllButton type="button" data-faq-control="" hidden={!hydrated} aria-expanded={allOpen} aria-controls={panelIds} onClick={onToggle}>
      {/* The control's words are not the page's: keep them out of search snippets. */}
      <span data-nosnippet="">{allOpen ? labels.hideAll : labels.showAll}</span>
    </ShowAllButton>
  );
}

/** `FaqAccordion`'s markup and behaviour (FaqAccordion.tsx documents both); also what an island hydrates (island.tsx). */
export function FaqAccordionView({
  headingId,
  fromPage,
  items,
  heading,
  headingLevel = 2,
  type = 'multiple',
  defaultOpen,
  expandOnPrint = true,
  showAllControl = true,
  rememberOpen = false,
  locale,
  labels: labelOverrides,
  onOpenChange,
  ...rest
}: FaqAccordionViewProps) {
  const rootRef = useRef<HTMLElement>(null);
  const single = type === 'single';
  const labels = localeLabels(locale, COMPONENT, defaultFaqAccordionLabels, labelOverrides);
  const prepared = useMemo(() => prepareItems(items, labels.untitledQuestion), [items, labels.untitledQuestion]);
  const allIds = useMemo(() => prepared.map((item) => item.id), [prepared]);
  const allPanelIds = useMemo(() => allIds.map(answerId).join(' '), [allIds]);
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
  const restoreOpen = useCallback(
    (stored: string[]) => {
      const known = stored.filter((id) => allIds.includes(id));
      const next = single ? known.slice(0, 1) : known;
      setOpenIdsState((current) => {
        if (current.length === next.length && current.every((id, index) => id === next[index])) return current;
        onOpenChange?.(next);
        return next;
      });
    },
    [allIds, single, onOpenChange],
  );

  useHiddenUntilFound(rootRef, openIds, openItem);
  // Before the hash: a remembered state replaces the initial one, then the hash opens its item as well.
  useRememberOpen(rememberOpen, rest.id ?? headingId, openIds, restoreOpen);
  useHashTarget(rootRef, openItem);

  if (prepared.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'items', 'is empty; nothing is rendered.');
    return null;
  }
  if (type !== 'single' && type !== 'multiple') {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'type', `expected "single" or "multiple", got "${String(type)}"; using "multiple".`);
  }

  const shownHeading = heading === undefined ? labels.heading : heading;
  const hasHeading = shownHeading !== null && shownHeading !== '' && shownHeading !== false;
  const sectionTag = headingTag(headingLevel, 2, COMPONENT);
  // Without a section heading, the questions take its place in the outline.
  const QuestionTag = hasHeading ? subheadingTag(sectionTag) : sectionTag;
  const allOpen = openIds.length === prepared.length;
  const showToggleAll = showAllControl && !single && prepared.length > 1;
  // From the props alone, so the server and the client agree.
  const panelsAreRegions = prepared.length <= MAX_REGION_PANELS;

  const renderedItems = prepared.map((item) => {
    const isOpen = openIds.includes(item.id);
    return (
      <Accordion.Item key={item.id} value={item.id} id={item.id} {...{ [ITEM_ATTRIBUTE]: item.id }}>
        <QuestionTag data-faq-question="" data-faq-long={item.question.length > LONG_QUESTION ? '' : undefined}>
          <Question id={item.id} text={item.question} />
        </QuestionTag>
        {/*
          Not Radix's Content: it would unmount closed answers (or, force-mounted, read computed styles per panel).
          No `hidden` from React: the server HTML shows every answer (a document without CSS or JavaScript reads
          whole), the stylesheet folds closed ones until hydration, and `useHiddenUntilFound` sets
          `hidden="until-found"` on closed panels from then on (decision 0030).
        */}
        <div
          data-state={isOpen ? 'open' : 'closed'}
          id={answerId(item.id)}
          role={panelsAreRegions ? 'region' : undefined}
          aria-labelledby={panelsAreRegions ? questionId(item.id) : undefined}
          {...{ [PANEL_ATTRIBUTE]: item.id }}
        >
          {fromPage?.answers[item.id] !== undefined ? (
            // An island hydrating: the answer as the server wrote it (read from this very element), not rebuilt.
            <div data-faq-answer="" dangerouslySetInnerHTML={{ __html: fromPage.answers[item.id]! }} />
          ) : (
            <div data-faq-answer="">{typeof item.answer === 'string' ? <p>{item.answer}</p> : item.answer}</div>
          )}
        </div>
      </Accordion.Item>
    );
  });

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
            fromPage?.headingHtml !== undefined ? (
              <FaqHeading as={sectionTag} id={headingId} dangerouslySetInnerHTML={{ __html: fromPage.headingHtml }} />
            ) : (
              <FaqHeading as={sectionTag} id={headingId}>
                {shownHeading}
              </FaqHeading>
            )
          ) : null}
          {showToggleAll ? (
            <ShowAll allOpen={allOpen} panelIds={allPanelIds} labels={labels} onToggle={() => setOpenIds(allOpen ? [] : allIds)} />
          ) : null}
        </FaqHeaderRow>
      ) : null}
      {single ? (
        <FaqList type="single" collapsible value={openIds[0] ?? ''} onValueChange={(value: string) => setOpenIds(value ? [value] : [])}>
          {renderedItems}
        </FaqList>
      ) : (
        <FaqList type="multiple" value={openIds} onValueChange={setOpenIds}>
          {renderedItems}
        </FaqList>
      )}
    </FaqRoot>
  );
}
