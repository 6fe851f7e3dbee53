import { Article } from 'medprose';
import { sampleArticleData } from '../../sample-article';

// In your site the article comes from your CMS.
const article = sampleArticleData((text) => <p key={text}>{text}</p>);

/**
 * The whole document, rendered by React on the server and hydrated in the
 * browser. medprose's stylesheet is a plain <link>: the page arrives styled,
 * with no style collection on the server, and the browser caches the file.
 */
export function Page() {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{article.title}</title>
        <link rel="stylesheet" href="/medprose.css" />
      </head>
      <body style={{ margin: 0 }}>
        <main>
          <Article article={article} />
        </main>
      </body>
    </html>
  );
}
