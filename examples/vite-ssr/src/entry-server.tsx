import type { Writable } from 'node:stream';
import { renderToPipeableStream } from 'react-dom/server';
import { ServerStyleSheet } from 'styled-components';
import { ArticlePage, title } from './ArticlePage';

export { title };

/**
 * Streams the page into `out`. Call `onShell` with the status code before the
 * first byte. styled-components puts each chunk's new CSS in a <style> just
 * before the chunk, so nothing arrives unstyled.
 */
export function render(out: Writable, { onShell, onError }: { onShell: (status: number) => void; onError: (error: unknown) => void }) {
  const sheet = new ServerStyleSheet();
  let failed = false;
  const stream = renderToPipeableStream(sheet.collectStyles(<ArticlePage />), {
    onShellReady() {
      onShell(failed ? 500 : 200);
      sheet.interleaveWithNodeStream(stream).pipe(out);
    },
    onShellError(error) {
      clearTimeout(timeout);
      sheet.seal();
      onError(error);
    },
    onError(error) {
      failed = true;
      console.error(error);
    },
  });
  // Give up on a render that never finishes.
  const timeout = setTimeout(() => stream.abort(), 10_000);
  out.on('finish', () => {
    clearTimeout(timeout);
    sheet.seal();
  });
}
