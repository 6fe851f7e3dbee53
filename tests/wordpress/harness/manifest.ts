/** What seed.php wrote about each post, from WordPress itself (see tests/wordpress/harness/seed.php). */
export interface WordPressManifestPost {
  id: number;
  slug: string;
  /** get_the_title(): may hold entities. */
  title: string;
  /** get_permalink() */
  link: string;
  author: string;
  /** get_the_date() in the site's format ("March 18, 2024") and get_the_date('c') ("2024-03-18T21:30:00-04:00"). */
  date: { shown: string; iso: string };
  modified: { shown: string; iso: string };
  manualExcerpt: boolean;
  protected: boolean;
  categories: string[];
  tags: string[];
  featuredImage: {
    id: number;
    width: number;
    height: number;
    /** wp_get_attachment_image_srcset( id, 'full' ): only sizes of the original's shape. */
    srcset: string;
    sizes: Record<string, { width: number; height: number }>;
  } | null;
  /** Ids of the posts a related-posts plugin lists beside it. */
  related: number[];
  /** Embeds in the post: the URL the author pasted and the caption. */
  embeds: { url: string; caption: string }[];
}

export interface WordPressManifest {
  posts: Record<
    'classic' | 'blocks' | 'evening' | 'autoExcerpt' | 'references' | 'protected' | 'hostile' | 'lazyload',
    WordPressManifestPost
  >;
  site: { url: string; name: string; timezone: string; dateFormat: string; wordpress: string; php: string; database: string };
}

export type PostName = keyof WordPressManifest['posts'];
