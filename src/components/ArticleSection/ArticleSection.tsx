import { devWarning } from '../../internal/devWarning';
import { idToken } from '../../internal/slug';
import { useSectionId } from '../../internal/sectionIds';
import { renderableContent } from '../../internal/renderable';
import { VisuallyHidden } from '../../internal/VisuallyHidden';
import { HeadingRow, Permalink, SectionBody, SectionHeading, SectionRoot } from './ArticleSection.styles';
import { defaultArticleSectionLabels } from './ArticleSection.labels';
import type { ArticleSectionProps } from './ArticleSection.types';
import { localeLabels } from '../../locale/resolve';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'ArticleSection' as const;

/**
 * A titled section of body prose with a readable measure, a stable anchor id
 * and a permalink. A server component.
 */
export function ArticleSection({
  heading,
  id,
  level = 2,
  permalink = true,
  locale,
  labels: labelOverrides,
  children,
  ...rest
}: ArticleSectionProps) {
  const labels = localeLabels(locale, COMPONENT, defaultArticleSectionLabels, labelOverrides);
  const headingText = typeof heading === 'string' ? heading : '';
  if (process.env.NODE_ENV !== 'production' && headingText.trim() === '')
    devWarning(COMPONENT, 'heading', 'is missing; the section is shown without a heading.');
  if (process.env.NODE_ENV !== 'production' && level !== 2 && level !== 3)
    devWarning(COMPONENT, 'level', `expected 2 or 3, got ${String(level)}; using 2.`);
  const headingLevel = level === 3 ? 3 : 2;
  const givenId = typeof id === 'string' && idToken(id) !== '' ? idToken(id) : undefined;
  const sectionId = useSectionId(headingText, givenId, COMPONENT);

  return withStylesheetScope(
    // No aria-labelledby: a named <section> becomes a landmark, and a page of
    // many landmarks is harder, not easier, to move through with a screen reader.
    <SectionRoot {...rest} id={sectionId} data-level={headingLevel}>
      {/* No title, no heading: an empty h2 is a stop with nothing to hear in a screen reader's list of headings. */}
      {headingText.trim() === '' ? null : (
        <HeadingRow>
          <SectionHeading as={`h${headingLevel}`}>{headingText}</SectionHeading>
          {permalink ? (
            <Permalink href={`#${encodeURIComponent(sectionId)}`}>
              {/* Control words, not content: kept out of search result snippets. */}
              <span data-nosnippet="">
                <span aria-hidden="true">#</span>
                <VisuallyHidden>{labels.permalink(headingText)}</VisuallyHidden>
              </span>
            </Permalink>
          ) : null}
        </HeadingRow>
      )}
      <SectionBody>{typeof children === 'string' ? <p>{children}</p> : renderableContent(children, COMPONENT, 'children')}</SectionBody>
    </SectionRoot>,
  );
}
