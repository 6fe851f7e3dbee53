import { useId } from 'react';
import { DateTime } from '../../internal/DateTime';
import { devWarning } from '../../internal/devWarning';
import { headingTag, subheadingTag } from '../../internal/headingLevel';
import { ImageFrame } from '../../internal/image/ImageFrame';
import { SmartLink } from '../../internal/link';
import { renderableContent } from '../../internal/renderable';
import { safeHref } from '../../internal/safeHref';
import { samePageAs } from '../../internal/sameUrl';
import {
  Card,
  CardBody,
  cardImageSizes,
  CardList,
  CardMeta,
  CardTitle,
  Excerpt,
  RelatedHeading,
  RelatedRoot,
  Topic,
} from './RelatedPosts.styles';
import { defaultRelatedPostsLabels } from './RelatedPosts.labels';
import type { RelatedPost, RelatedPostsProps } from './RelatedPosts.types';
import { localeCode, localeLabels } from '../../locale/resolve';
import { withStylesheetScope } from '../../internal/stylesheet/withStylesheetScope';

const COMPONENT = 'RelatedPosts' as const;

/** The posts to show: the current page left out, untitled posts reported. */
function postsToShow(posts: RelatedPost[], currentHref: string | undefined) {
  const isCurrent = currentHref ? samePageAs(currentHref) : null;
  return posts
    .map((post, index) => ({ post, index }))
    .filter(({ post, index }) => {
      if (typeof post?.title !== 'string' || post.title.trim() === '') {
        if (process.env.NODE_ENV !== 'production')
          devWarning(COMPONENT, `posts[${index}].title`, 'is missing; a card needs a title, so this post is not shown.');
        return false;
      }
      return !(isCurrent && typeof post.href === 'string' && isCurrent(post.href));
    });
}

/**
 * A responsive grid of related articles in list markup. Each card's title is
 * its one link; the page being read is left out. A server component.
 */
export function RelatedPosts({
  posts,
  heading,
  headingLevel = 2,
  currentHref,
  linkComponent,
  locale,
  labels: labelOverrides,
  ...rest
}: RelatedPostsProps) {
  const headingId = useId();
  const labels = localeLabels(locale, COMPONENT, defaultRelatedPostsLabels, labelOverrides);
  const code = localeCode(locale, COMPONENT);
  if (!Array.isArray(posts) || posts.length === 0) {
    if (process.env.NODE_ENV !== 'production') devWarning(COMPONENT, 'posts', 'is empty; nothing is rendered.');
    return null;
  }
  const shown = postsToShow(posts, currentHref);
  if (shown.length === 0) {
    if (process.env.NODE_ENV !== 'production')
      devWarning(COMPONENT, 'posts', 'has no post other than the current page; nothing is rendered.');
    return null;
  }
  // No post has an image: no card gets a media area. Some do: the others get a placeholder of the same size.
  const anyImage = shown.some(({ post }) => post.image != null);
  const sectionTag = headingTag(headingLevel, 2, COMPONENT);
  const cardTag = subheadingTag(sectionTag);

  return withStylesheetScope(
    <RelatedRoot aria-labelledby={headingId} {...rest}>
      <RelatedHeading as={sectionTag} id={headingId}>
        {heading ?? labels.heading}
      </RelatedHeading>
      {/* role="list": Safari drops list semantics from a list with list-style: none. */}
      <CardList role="list">
        {shown.map(({ post, index }) => {
          const href = safeHref(post.href);
          if (href === null) {
            if (process.env.NODE_ENV !== 'production')
              devWarning(COMPONENT, `posts[${index}].href`, `"${String(post.href)}" is not a safe URL; the title is shown without a link.`);
          }
          return (
            <Card key={`${index}-${post.href}`}>
              {anyImage ? (
                <ImageFrame
                  image={post.image}
                  priority="auto"
                  fallbackRatio="16 / 9"
                  placeholderRatio="16 / 9"
                  sizes={cardImageSizes}
                  component={COMPONENT}
                  prop={`posts[${index}].image`}
                />
              ) : null}
              <CardBody>
                <CardTitle as={cardTag}>
                  {href ? (
                    <SmartLink as={linkComponent} href={href}>
                      {post.title}
                    </SmartLink>
                  ) : (
                    post.title
                  )}
                </CardTitle>
                {post.excerpt ? (
                  <Excerpt>
                    {typeof post.excerpt === 'string' ? (
                      <p>{post.excerpt}</p>
                    ) : (
                      renderableContent(post.excerpt, COMPONENT, `posts[${index}].excerpt`)
                    )}
                  </Excerpt>
                ) : null}
                {post.date !== undefined || post.topic ? (
                  <CardMeta>
                    {post.topic ? <Topic>{renderableContent(post.topic, COMPONENT, `posts[${index}].topic`)}</Topic> : null}
                    {post.date !== undefined ? (
                      <DateTime value={post.date} locale={code} component={COMPONENT} prop={`posts[${index}].date`} />
                    ) : null}
                  </CardMeta>
                ) : null}
              </CardBody>
            </Card>
          );
        })}
      </CardList>
    </RelatedRoot>,
  );
}
