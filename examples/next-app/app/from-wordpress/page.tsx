// A WordPress post through medprose/content: a Server Component converts the
// post (as /wp-json/wp/v2/posts/4187?_embed returned it, stored in post.json so
// the example needs no network) and Article renders it. The converter runs on
// the server only; the browser gets HTML and the FAQ's small client component.
//
// In your site, fetch instead of importing:
//   const post = await fetch(`${WP}/wp-json/wp/v2/posts?slug=${slug}&_embed`).then((r) => r.json()).then((list) => list[0]);
import type { Metadata } from 'next';
import Link from 'next/link';
import { Article } from 'medprose';
import { articleFromWordPress, type WordPressPost } from 'medprose/content';
import post from './post.json';
import related from './related.json';

function convert() {
  const { article, notes } = articleFromWordPress(post as WordPressPost, {
    related: related as WordPressPost[],
    linkComponent: Link,
  });
  // The notes tell an editor what was removed or not recognised: log them, or show them in a preview.
  if (process.env.NODE_ENV !== 'production') for (const note of notes) console.info(`[medprose/content] ${note.kind}: ${note.message}`);
  return article;
}

export function generateMetadata(): Metadata {
  const article = convert();
  return { title: article.title, ...(typeof article.summary === 'string' ? { description: article.summary } : {}) };
}

export default function FromWordPressPage() {
  return (
    <main>
      <Article article={convert()} linkComponent={Link} />
    </main>
  );
}
