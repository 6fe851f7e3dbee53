import { useId } from 'react';
import { devWarning } from '../../internal/devWarning';
import { headingTag } from '../../internal/headingLevel';
import { localeLabels } from '../../locale/resolve';
import { Summary, TocLink, TocList, TocRoot, TocText, TocTitle } from './TableOfContents.styles';
import { defaultTableOfContentsLabels } from './TableOfContents.labels';
import type { TableOfContentsProps } from './TableOfContents.types';
import { TableOfContentsEnhancer } from './TableOfContentsEnhancer';
import { TOC_ATTRIBUTE } from './tocAttributes';
import { tocTree, type TocNode } from './tocTree';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'TableOfContents' as const;

/** Every linked id, in order: a plain string the client module can take as a prop. */
const linkedIds = (nodes: TocNode[]): string =>
  nodes
    .flatMap((node) => [node.id ?? '', linkedIds(node.children)])
    .filter(Boolean)
    .join(' ');

function Entries({ nodes }: { nodes: TocNode[] }) {
  return (
    // role="list": Safari drops list semantics from a list with list-style: none.
    <TocList role="list">
      {nodes.map((node, index) => (
        <li key={node.id ?? `item-${index}`}>
          {node.id !== null ? <TocLink href={`#${encodeURIComponent(node.id)}`}>{node.label}</TocLink> : <TocText>{node.label}</TocText>}
          {node.children.length > 0 ? <Entries nodes={node.children} /> : null}
        </li>
      ))}
    </TocList>
  );
}

/**
 * "On this page": links to the article's sections, built from props so the
 * whole list is in the server HTML and every link works before JavaScript.
 * By default a native `<details>` disclosure, open, that the reader can fold
 * away on a small screen. A small client module then marks the section in view
 * and moves focus to a section's heading when a link is followed.
 */
export function TableOfContents({
  items,
  collapsible = true,
  defaultOpen = true,
  sticky = false,
  headingLevel = 2,
  locale,
  labels: labelOverrides,
  ...rest
}: TableOfContentsProps) {
  const titleId = useId();
  const labels = localeLabels(locale, COMPONENT, defaultTableOfContentsLabels, labelOverrides);
  const nodes = tocTree(items);
  if (nodes.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'items', 'is empty; nothing is rendered.');
    return null;
  }
  const list = <Entries nodes={nodes} />;

  return withStylesheetScope(
    <TocRoot aria-labelledby={titleId} data-sticky={sticky ? '' : undefined} {...{ [TOC_ATTRIBUTE]: '' }} {...rest}>
      <TableOfContentsEnhancer targets={linkedIds(nodes)} />
      {collapsible ? (
        <details open={defaultOpen}>
          <Summary>
            <span id={titleId}>{labels.heading}</span>
          </Summary>
          {list}
        </details>
      ) : (
        <>
          <TocTitle as={headingTag(headingLevel, 2, COMPONENT)} id={titleId}>
            {labels.heading}
          </TocTitle>
          {list}
        </>
      )}
    </TocRoot>,
  );
}
