import { hydrateRoot } from 'react-dom/client';
import { pages, type PageName } from './pages';

declare global {
  interface Window {
    __MEDPROSE_PAGE__: PageName;
    __MEDPROSE_HYDRATED__?: boolean;
  }
}

const root = document.getElementById('root')!;
hydrateRoot(root, pages[window.__MEDPROSE_PAGE__](), {
  onRecoverableError: (error) => console.error('recoverable error:', error),
});
// Effects run after commit; a frame later the page is hydrated and settled.
requestAnimationFrame(() => requestAnimationFrame(() => (window.__MEDPROSE_HYDRATED__ = true)));
