// A Server Component: Article renders on the server only and sends no JavaScript
// for the text. FaqAccordion (and the contents' highlighting) are client
// components inside it (medprose marks them 'use client'), so only they hydrate.
import type { Metadata } from 'next';
import Link from 'next/link';
import { Article } from 'medprose';
import { sampleArticleData } from '../../sample-article';

// In your site the article comes from your CMS.
const article = sampleArticleData((text) => <p key={text}>{text}</p>);

export const metadata: Metadata = { title: article.title, description: article.summary };

export default function ArticlePage() {
  return (
    <main>
      <Article article={article} linkComponent={Link} />
    </main>
  );
}
