import { Article } from '../../src';
import {
  articleFromHtml,
  articleFromMarkdown,
  articleFromWordPress,
  type ContentNote,
  type ContentOptions,
  type ContentResult,
  type WordPressOptions,
  type WordPressPost,
} from '../../src/content';
import { tokens } from '../../src/tokens';

export interface ConvertedPostProps {
  /** A post as `/wp-json/wp/v2/posts?_embed` returns it. */
  post: WordPressPost;
  /** What the page passes to `articleFromWordPress` (related posts, embeds allowed, overrides). */
  options?: WordPressOptions;
}

const kindOrder: ContentNote['kind'][] = ['removed', 'rewritten', 'unrecognised'];

/** "12 notes: 9 removed, 2 rewritten, 1 unrecognised". */
function tally(notes: ContentNote[]): string {
  if (notes.length === 0) return 'No notes: the content converted with nothing removed, rewritten or unrecognised.';
  const parts = kindOrder
    .map((kind) => [kind, notes.filter((note) => note.kind === kind).length] as const)
    .filter(([, count]) => count > 0)
    .map(([kind, count]) => `${count} ${kind}`);
  return `${notes.length} ${notes.length === 1 ? 'note' : 'notes'}: ${parts.join(', ')}.`;
}

/** The converter's notes as an editor would read them: kind, element, what happened, how often. */
export function ContentNotes({ notes }: { notes: ContentNote[] }) {
  return (
    <aside
      aria-labelledby="converter-notes"
      style={{
        flex: '1 1 18rem',
        alignSelf: 'flex-start',
        boxSizing: 'border-box',
        maxInlineSize: '100%',
        padding: tokens['space-4'],
        border: `1px solid ${tokens['color-border-strong']}`,
        borderRadius: '0.5rem',
        backgroundColor: tokens['color-surface'],
        fontFamily: tokens['font-body'],
        fontSize: tokens['font-size-sm'],
        lineHeight: 1.5,
        overflowWrap: 'anywhere',
      }}
    >
      <h2 id="converter-notes" style={{ fontSize: tokens['font-size-lg'], marginBlock: `0 ${tokens['space-2']}` }}>
        Converter notes
      </h2>
      <p style={{ marginBlock: `0 ${tokens['space-3']}` }}>{tally(notes)}</p>
      {notes.length > 0 && (
        <ol style={{ margin: 0, paddingInlineStart: tokens['space-5'] }}>
          {notes.map((note, index) => (
            <li key={index} style={{ marginBlockEnd: tokens['space-2'] }}>
              <strong>{note.kind}</strong>
              {note.element ? (
                <>
                  {' '}
                  <code>{note.element}</code>
                </>
              ) : null}
              {note.count && note.count > 1 ? ` (${note.count} times)` : ''}: {note.message}
            </li>
          ))}
        </ol>
      )}
    </aside>
  );
}

/** The converted article rendered by `Article`, with the converter's notes beside it (below it on a narrow screen). */
function ConvertedPage({ article, notes }: ContentResult) {
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: tokens['space-6'], alignItems: 'flex-start' }}>
      <div style={{ flex: '999 1 36rem', minInlineSize: 0 }}>
        <Article article={article} />
      </div>
      <ContentNotes notes={notes} />
    </div>
  );
}

/** A WordPress post converted by `articleFromWordPress`, with the notes beside it. */
export function ConvertedPost({ post, options }: ConvertedPostProps) {
  return <ConvertedPage {...articleFromWordPress(post, options)} />;
}

export interface ConvertedSourceProps {
  /** Which converter reads `source`: `articleFromHtml` or `articleFromMarkdown`. */
  format: 'html' | 'markdown';
  /** Article-body HTML from any CMS, or CommonMark + GFM. */
  source: string;
  /** What the page passes to the converter (embeds allowed, overrides such as the title). */
  options?: ContentOptions;
}

/** Article HTML or Markdown converted by `articleFromHtml` or `articleFromMarkdown`, with the notes beside it. */
export function ConvertedSource({ format, source, options }: ConvertedSourceProps) {
  return <ConvertedPage {...(format === 'html' ? articleFromHtml(source, options) : articleFromMarkdown(source, options))} />;
}
