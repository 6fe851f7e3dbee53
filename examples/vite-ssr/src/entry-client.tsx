import { hydrateRoot } from 'react-dom/client';
import { ArticlePage } from './ArticlePage';

// styled-components has already moved the server's <style> tags into <head>
// when it loaded, so React hydrates exactly the markup it rendered.
hydrateRoot(document.getElementById('root')!, <ArticlePage />);
