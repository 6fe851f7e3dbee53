/**
 * The article both examples render: the sample article from the Storybook
 * fixtures, imported rather than copied, so the examples, the stories and the
 * tests show the same page. In your site this object comes from your CMS.
 *
 * This file is the examples' only link to the fixture: if the fixture changes
 * shape, this is where the examples adapt.
 */
export { ketamineArticle as article, type SampleArticle as Article } from '../stories/fixtures/ketamineArticle';
