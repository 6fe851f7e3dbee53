import { expect, it } from 'vitest';
import post from '../../examples/next-app/app/from-wordpress/post.json';
import related from '../../examples/next-app/app/from-wordpress/related.json';
import { classicPost, classicRelated } from '../../stories/fixtures/content';

// The example's stored REST response is the classic-editor fixture written out
// as JSON, so the example, the stories and the tests show the same post. After
// changing the fixture, write classicPost and classicRelated out again as
// JSON.stringify(value, null, 2) into post.json and related.json.
it('the next-app WordPress route stores the current classic-editor fixture', () => {
  expect(post).toEqual(JSON.parse(JSON.stringify(classicPost)));
  expect(related).toEqual(JSON.parse(JSON.stringify(classicRelated)));
});
