// The article as medprose's ArticleData. In your site it comes from your CMS;
// here it is the examples' shared sample, with each FAQ answer's paragraphs as <p>.
import { sampleArticleData } from '../../sample-article';

export const article = sampleArticleData((text) => <p key={text}>{text}</p>);
