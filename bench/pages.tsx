// The page the benchmark renders: the library's own sample article page
// (stories/fixtures), so the benchmark follows the fixture as it changes.
export { SampleArticlePage as MedprosePage } from '../stories/fixtures/SampleArticlePage';
