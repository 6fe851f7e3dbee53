import type { ComponentType, ReactNode } from 'react';

/** Props medprose passes to a custom link component (an `<a>`-like component). */
export interface LinkComponentProps {
  href: string;
  className?: string;
  children?: ReactNode;
}

/** A router's link component, for example Next.js `Link`; a plain `<a>` by default. */
export type LinkComponent = ComponentType<LinkComponentProps>;

export interface SmartLinkProps extends LinkComponentProps {
  as?: LinkComponent | undefined;
}

/** Renders through the publisher's link component when given, a plain `<a>` otherwise. */
export function SmartLink({ as: Link, href, className, children }: SmartLinkProps) {
  if (Link)
    return (
      <Link href={href} className={className}>
        {children}
      </Link>
    );
  return (
    <a href={href} className={className}>
      {children}
    </a>
  );
}
