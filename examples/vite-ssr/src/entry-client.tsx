// medprose's stylesheet: Vite adds its <link> to the built index.html, which the
// server uses as its template, so the streamed page arrives styled.
import 'medprose/styles.css';
import { hydrateRoot } from 'react-dom/client';
import { ArticlePage } from './ArticlePage';

hydrateRoot(document.getElementById('root')!, <ArticlePage />);
