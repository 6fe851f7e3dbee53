// The article page: React Router renders the whole document on the server and
// hydrates it in the browser, so <Article> needs nothing beyond the stylesheet
// linked in root.tsx. In your site, a loader would fetch the article from your CMS.
import { Article } from 'medprose';
import { sampleArticleData } from '../../../sample-article';

const article = sampleArticleData((text) => <p key={text}>{text}</p>);

export const meta = () => [{ title: article.title }, { name: 'description', content: article.summary }];

export default function ArticleRoute() {
  return (
    <main>
      <Article article={article} />
    </main>
  );
}
