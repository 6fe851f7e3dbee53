import type { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { ArticlePage, title } from './ArticlePage';

export { title };

/**
 * Streams the page into `out`. Call `onShell` with the status code before the
 * first byte. No style collection: medprose's stylesheet is linked from the
 * template (see entry-client.tsx).
 */
export function render(out: Writable, { onShell, onError }: { onShell: (status: number) => void; onError: (error: unknown) => void }) {
  let failed = false;
  const stream = renderToPipeableStream(<ArticlePage />, {
    onShellReady() {
      onShell(failed ? 500 : 200);
      stream.pipe(out);
    },
    onShellError(error) {
      clearTimeout(timeout);
      onError(error);
    },
    onError(error) {
      failed = true;
      console.error(error);
    },
  });
  // Give up on a render that never finishes.
  const timeout = setTimeout(() => stream.abort(), 10_000);
  out.on('finish', () => clearTimeout(timeout));
}
