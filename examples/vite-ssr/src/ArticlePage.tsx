import { Article } from 'medprose';
import { sampleArticleData } from '../../sample-article';

// In your site the article comes from your CMS.
const article = sampleArticleData((text) => <p key={text}>{text}</p>);

export const title = article.title;

/** The whole page: rendered on the server, then hydrated in the browser. */
export function ArticlePage() {
  return (
    <main>
      <Article article={article} />
    </main>
  );
}
